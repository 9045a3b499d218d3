#include "text/analyzer.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/clitics.h"
#include "text/normalize.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"

namespace marsad::text {
namespace {

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(AnalyzerTest, ArabicTermsDropStopwordsStripCliticsAndStem) {
  Analyzer ar("ar");
  const auto terms = ar.terms("وقال الوزير إن التعاون الأمني بين المغرب وفرنسا في الرباط ممتاز");
  // Function words are gone.
  for (const char* w : {"وقال", "ان", "بين", "في"}) EXPECT_FALSE(contains(terms, w)) << w;
  // والمغرب and المغرب give one term; so do للتعاون and التعاون.
  EXPECT_EQ(ar.terms("والمغرب"), ar.terms("المغرب"));
  EXPECT_EQ(ar.terms("للتعاون"), ar.terms("التعاون"));
  EXPECT_EQ(ar.terms("وبالرباط"), ar.terms("الرباط"));
  // Orthographic variants meet.
  EXPECT_EQ(ar.terms("الأمنيّة"), ar.terms("الامنيه"));
  EXPECT_EQ(terms.size(), 7u);
}

TEST(AnalyzerTest, NumbersAreKeptAsTheyAre) {
  Analyzer ar("ar");
  EXPECT_EQ(ar.terms("يوم ١٤ أبريل ٢٠٢٥"), ar.terms("14 أبريل 2025"));
  const auto terms = ar.terms("14 أبريل 2025");
  EXPECT_TRUE(contains(terms, "14"));
  EXPECT_TRUE(contains(terms, "2025"));
}

TEST(AnalyzerTest, FrenchStemsButNotNames) {
  Analyzer fr("fr");
  const auto terms = fr.terms("Les ministres de l'Intérieur ont rencontré Retailleau à Rabat.");
  Stemmer stemmer("fr");
  EXPECT_TRUE(contains(terms, stemmer.stem("ministres")));
  EXPECT_TRUE(contains(terms, "retailleau"));  // a name: matching form, not stemmed
  EXPECT_TRUE(contains(terms, "rabat"));
  for (const char* w : {"les", "de", "l", "ont", "à"}) EXPECT_FALSE(contains(terms, w)) << w;
  EXPECT_EQ(fr.terms("ministres"), fr.terms("ministre"));
}

TEST(AnalyzerTest, LatinWordsInArabicTextAreKept) {
  Analyzer ar("ar");
  const auto terms = ar.terms("أكد الوزير Bruno Retailleau");
  EXPECT_TRUE(contains(terms, "bruno"));
  EXPECT_TRUE(contains(terms, "retailleau"));
}

TEST(AnalyzerTest, ArabicWordsInFrenchTextTakeTheArabicChain) {
  Analyzer fr("fr");
  Analyzer ar("ar");
  EXPECT_EQ(fr.terms("والمغرب في"), ar.terms("المغرب"));
}

TEST(AnalyzerTest, OptionsTurnStepsOff) {
  Analyzer plain("fr", AnalyzerOptions{.stem = false, .drop_stopwords = false});
  EXPECT_EQ(plain.terms("Les ministres"), (std::vector<std::string>{"les", "ministres"}));
  Analyzer no_stem("fr", AnalyzerOptions{.stem = false, .drop_stopwords = true});
  EXPECT_EQ(no_stem.terms("Les ministres"), (std::vector<std::string>{"ministres"}));
}

TEST(AnalyzerTest, WordsAreMatchingFormWithoutClitics) {
  Analyzer ar("ar");
  EXPECT_EQ(ar.words("وقال وزيرُ الداخليّة في الرباط، يوم ١٤ أبريل: «Retailleau»"),
            (std::vector<std::string>{"وقال", "وزير", "داخليه", "في", "رباط", "يوم", "14",
                                      "ابريل", "retailleau"}));
}

TEST(AnalyzerTest, LooksLikeName) {
  EXPECT_TRUE(looks_like_name("Retailleau"));
  EXPECT_TRUE(looks_like_name("Éric"));
  EXPECT_FALSE(looks_like_name("ministre"));
  EXPECT_FALSE(looks_like_name("روتايو"));
  EXPECT_FALSE(looks_like_name("2025"));
  EXPECT_FALSE(looks_like_name(""));
}

// Text of the kinds the analyzer meets: Arabic with proclitics and diacritics,
// Latin names and words, numbers in both digit sets, stopwords, punctuation.
const std::vector<std::string> kVariedTexts = {
    "وقال الوزير إن التعاون الأمني بين المغرب وفرنسا في الرباط ممتاز",
    "والمغرب بالمغرب للمغرب المغرب فالمغرب وبالرباط الرباط",
    "أكد وزيرُ الداخليّة Bruno Retailleau يوم ١٤ أبريل ٢٠٢٥ في باريس، و14 مايو 2025",
    "Les ministres de l'Intérieur ont rencontré Retailleau à Rabat le 3 mars.",
    "The Minister met reporters in Riyadh; 1.5 million riyals, 14,000 visitors",
    "من في على إلى عن هذا هذه الذي التي كان كانت وقد لقد",
    "المملكة العربية السعودية: «رؤية 2030» — والاقتصاد السعودي والاقتصادية",
    "",
    "  ، . ! ",
};

TEST(AnalyzerTest, ForEachTermGivesTheTermsInOrder) {
  for (const char* lang : {"ar", "fr", "en", "un"}) {
    Analyzer streaming(lang), whole(lang);
    for (const auto& text : kVariedTexts) {
      std::vector<std::string> seen;
      streaming.for_each_term(text, [&](std::string_view term) { seen.emplace_back(term); });
      EXPECT_EQ(seen, whole.terms(text)) << lang << ": " << text;
    }
  }
}

TEST(AnalyzerTest, ArabicTermIsTheStemOfTheWordWithoutProclitics) {
  // The chain spelled out step by step, with no cache: what terms() must give for
  // every Arabic word, however many tokens share a stem and in whatever order they come.
  Stemmer stemmer("ar");
  const WordSet* stopwords = stopword_list("ar");
  ASSERT_NE(stopwords, nullptr);
  Analyzer ar("ar");
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& text : kVariedTexts) {
      const std::string normalized = normalize_for_matching(text);
      std::vector<std::string> expected;
      bool all_arabic = true;
      for (const Token& token : tokenize_words(normalized)) {
        if (token.is_number || static_cast<unsigned char>(token.text[0]) < 0x80) {
          all_arabic = false;
          break;
        }
        const std::string_view word = strip_arabic_proclitics(token.text);
        if (stopwords->find(word) == stopwords->end()) expected.push_back(stemmer.stem(word));
      }
      if (all_arabic) {
        EXPECT_EQ(ar.terms(text), expected) << text;
      }
    }
  }
}

TEST(AnalyzerTest, EmptyText) {
  Analyzer ar("ar");
  EXPECT_TRUE(ar.terms("").empty());
  EXPECT_TRUE(ar.words("  ، ").empty());
}

}  // namespace
}  // namespace marsad::text
