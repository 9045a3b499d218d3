#include "text/analyzer.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/normalize.h"

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

TEST(AnalyzerTest, EmptyText) {
  Analyzer ar("ar");
  EXPECT_TRUE(ar.terms("").empty());
  EXPECT_TRUE(ar.words("  ، ").empty());
}

}  // namespace
}  // namespace marsad::text
