#include "entity/ner_text.h"

#include <gtest/gtest.h>

namespace marsad::ner {
namespace {

TEST(NerText, NormalizesAlefYaTaMarbutaDiacriticsAndTatweel) {
  EXPECT_EQ(normalize_arabic_word("أحمد"), "احمد");
  EXPECT_EQ(normalize_arabic_word("إسلام"), "اسلام");
  EXPECT_EQ(normalize_arabic_word("آمال"), "امال");
  EXPECT_EQ(normalize_arabic_word("مصطفى"), "مصطفي");
  EXPECT_EQ(normalize_arabic_word("مدرسة"), "مدرسه");
  EXPECT_EQ(normalize_arabic_word("مُحَمَّد"), "محمد");
  EXPECT_EQ(normalize_arabic_word("مـــحمد"), "محمد");
  EXPECT_EQ(normalize_arabic_word("٢٠٢٥"), "2025");
  EXPECT_EQ(normalize_arabic_word("BBC"), "bbc");
}

TEST(NerText, StripsArticleWithItsProclitics) {
  EXPECT_EQ(strip_article_clitics("والرييس"), "رييس");
  EXPECT_EQ(strip_article_clitics(normalize_arabic_word("والرئيس")), "رئيس");
  EXPECT_EQ(strip_article_clitics(normalize_arabic_word("للرئيس")), "رئيس");
  EXPECT_EQ(strip_article_clitics(normalize_arabic_word("بالرباط")), "رباط");
  EXPECT_EQ(strip_article_clitics(normalize_arabic_word("فالمدينة")), "مدينه");
  EXPECT_EQ(strip_article_clitics(normalize_arabic_word("الرباط")), "رباط");
  // No article: a leading و is kept, it may belong to the word.
  EXPECT_EQ(strip_article_clitics(normalize_arabic_word("وزارة")), "وزاره");
  // Too short a remainder: not an article.
  EXPECT_EQ(strip_article_clitics("الي"), "الي");
}

TEST(NerText, StripsOneProcliticOrTheArticleKeepingThreeLetters) {
  EXPECT_EQ(strip_all_proclitics("ولبنان"), "لبنان");
  EXPECT_EQ(strip_all_proclitics("بباريس"), "باريس");
  EXPECT_EQ(strip_all_proclitics(normalize_arabic_word("وبالقاهرة")), "قاهره");
  EXPECT_EQ(strip_all_proclitics("وزير"), "زير");  // aggressive by design
  EXPECT_EQ(strip_all_proclitics("بلد"), "بلد");    // would leave two letters
}

TEST(NerText, TokenizerSplitsPunctuationAndKeepsByteOffsets) {
  const std::string text = "قال: «ماكرون» زار الرباط، في 3.5 ساعة.";
  const std::vector<NerToken> tokens = tokenize_for_ner(text);
  std::vector<std::string> words;
  for (const NerToken& t : tokens) {
    EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
    words.emplace_back(t.text);
  }
  const std::vector<std::string> expected = {"قال", ":", "«", "ماكرون", "»", "زار", "الرباط",
                                             "،", "في", "3.5", "ساعة", "."};
  EXPECT_EQ(words, expected);
  EXPECT_TRUE(is_sentence_end_token("."));
  EXPECT_TRUE(is_sentence_end_token("؟"));
  EXPECT_FALSE(is_sentence_end_token("،"));
}

}  // namespace
}  // namespace marsad::ner
