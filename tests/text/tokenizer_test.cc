#include "text/tokenizer.h"

#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace marsad::text {
namespace {

std::vector<std::string> texts(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(t.text);
  return out;
}

std::vector<std::string> number_texts(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) {
    if (t.is_number) out.emplace_back(t.text);
  }
  return out;
}

TEST(TokenizerTest, ArabicWithPunctuationAndNumbers) {
  const std::string s = "أجرى الوزير «روتايو»، يوم 14 أبريل ٢٠٢٥، مباحثات في الرباط.";
  const auto tokens = tokenize_words(s);
  EXPECT_EQ(texts(tokens), (std::vector<std::string>{"أجرى", "الوزير", "روتايو", "يوم", "14",
                                                     "أبريل", "٢٠٢٥", "مباحثات", "في", "الرباط"}));
  EXPECT_EQ(number_texts(tokens), (std::vector<std::string>{"14", "٢٠٢٥"}));
}

TEST(TokenizerTest, OffsetsAreUtf8Bytes) {
  const std::string s = "😀 «المغرب» é 2025";
  for (const Token& t : tokenize_words(s)) {
    EXPECT_EQ(s.substr(t.begin, t.end - t.begin), t.text);
  }
  const auto tokens = tokenize_words(s);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].begin, 7u);  // emoji (4 bytes) + space + « (2 bytes)
  EXPECT_EQ(tokens[0].end, 7u + 12u);
}

TEST(TokenizerTest, DiacriticsAndTatweelStayInsideTheWord) {
  EXPECT_EQ(texts(tokenize_words("كَتَبَ الـــمـغـرب")),
            (std::vector<std::string>{"كَتَبَ", "الـــمـغـرب"}));
}

TEST(TokenizerTest, FrenchElisionsAreSplit) {
  EXPECT_EQ(texts(tokenize_words("Le ministre de l'Intérieur s’est rendu jusqu'à Rabat, qu'il "
                                 "visite aujourd'hui.")),
            (std::vector<std::string>{"Le", "ministre", "de", "l", "Intérieur", "s", "est", "rendu",
                                      "jusqu", "à", "Rabat", "qu", "il", "visite",
                                      "aujourd'hui"}));
}

TEST(TokenizerTest, ElisionSplitOffsets) {
  const std::string s = "d’Intérieur";
  const auto tokens = tokenize_words(s);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].text, "d");
  EXPECT_EQ(tokens[1].text, "Intérieur");
  EXPECT_EQ(tokens[1].begin, 4u);  // d + 3-byte apostrophe
  EXPECT_EQ(tokens[1].end, s.size());
}

TEST(TokenizerTest, EnglishContractionsStayWhole) {
  EXPECT_EQ(texts(tokenize_words("Don't forget to subscribe!")),
            (std::vector<std::string>{"Don't", "forget", "to", "subscribe"}));
}

TEST(TokenizerTest, EmojiSymbolsAndPunctuationAreDropped) {
  EXPECT_EQ(texts(tokenize_words("👍 شكرا!!! ... $ © — ⬆️ ok")),
            (std::vector<std::string>{"شكرا", "ok"}));
}

TEST(TokenizerTest, NumbersWithSeparators) {
  const auto tokens = tokenize_words("1.5 14,000 05-04-2025");
  EXPECT_EQ(number_texts(tokens),
            (std::vector<std::string>{"1.5", "14,000", "05", "04", "2025"}));
}

TEST(TokenizerTest, InvalidBytesAreNotWords) {
  const std::string s = "ab\xff" "cd \xd9";
  const auto tokens = tokenize_words(s);
  for (const Token& t : tokens) EXPECT_EQ(t.text.find('\xff'), std::string_view::npos);
  EXPECT_EQ(texts(tokens), (std::vector<std::string>{"ab", "cd"}));
}

TEST(TokenizerTest, EmptyAndBlankText) {
  EXPECT_TRUE(tokenize_words("").empty());
  EXPECT_TRUE(tokenize_words(" ، . ").empty());
}

TEST(TokenizerTest, WorksInSeveralThreads) {
  const std::string s = normalize_for_matching("وزير الداخلية الفرنسي برونو روتايو في الرباط");
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) results[t] = texts(tokenize_words(s));
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& r : results) EXPECT_EQ(r.size(), 7u);
}

}  // namespace
}  // namespace marsad::text
