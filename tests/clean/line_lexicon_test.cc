#include "clean/line_lexicon.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

TEST(LineLexicon, CoversTheLongestPhraseAtEachPosition) {
  LineLexicon lexicon;
  ASSERT_TRUE(LineLexicon::parse("[chrome]\nاترك تعليقا\nتعليقا\nread more\n", "test", &lexicon).ok());
  EXPECT_EQ(lexicon.covered(LineLexicon::Kind::kChrome, matching_words("اترك تعليقاً")), 2u);
  EXPECT_EQ(lexicon.covered(LineLexicon::Kind::kChrome, matching_words("Read More »")), 2u);
  EXPECT_EQ(lexicon.covered(LineLexicon::Kind::kChrome, matching_words("قرأ الوزير البيان")), 0u);
  EXPECT_EQ(lexicon.covered(LineLexicon::Kind::kSignOff, matching_words("اترك تعليقاً")), 0u);
}

TEST(LineLexicon, MatchesAcrossOrthographicVariants) {
  LineLexicon lexicon;
  ASSERT_TRUE(LineLexicon::parse("[chrome]\nإغلاق\n", "test", &lexicon).ok());
  EXPECT_EQ(lexicon.covered(LineLexicon::Kind::kChrome, matching_words("اغلاق")), 1u);
  EXPECT_TRUE(lexicon.contains_word(LineLexicon::Kind::kChrome, matching_words("إغلاق")[0]));
}

TEST(LineLexicon, PhraseBeforeASectionIsAnErrorNamingTheLine) {
  LineLexicon lexicon;
  const Status s = LineLexicon::parse("# words\nالرئيسية\n", "lex.txt", &lexicon);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.where(), "lex.txt:2");
}

TEST(LineLexicon, UnknownSectionIsAnError) {
  LineLexicon lexicon;
  EXPECT_FALSE(LineLexicon::parse("[menus]\nhome\n", "lex.txt", &lexicon).ok());
}

TEST(LineLexicon, ShippedLexiconKnowsChromeInThreeLanguages) {
  const auto& lexicon = LineLexicon::shared();
  for (const char* line : {"زر الذهاب إلى الأعلى", "Leave a comment", "Lire aussi"}) {
    const auto words = matching_words(line);
    EXPECT_EQ(lexicon.covered(LineLexicon::Kind::kChrome, words), words.size()) << line;
  }
}

TEST(MatchingWords, SplitsAtPunctuationAndKeepsApostrophes) {
  EXPECT_EQ(matching_words("Don't forget: subscribe!"),
            (std::vector<std::string>{"don't", "forget", "subscribe"}));
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

TEST(LineLexicon, LeadingPhrase) {
  LineLexicon lexicon;
  ASSERT_TRUE(LineLexicon::parse("[chrome]\nlire\nlire aussi\n", "test", &lexicon).ok());
  EXPECT_EQ(lexicon.leading(LineLexicon::Kind::kChrome, matching_words("Lire aussi : la suite")), 2u);
  EXPECT_EQ(lexicon.leading(LineLexicon::Kind::kChrome, matching_words("On peut lire aussi")), 0u);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

TEST(LineLexicon, CoveredByKindCountsEachKindAsCoveredDoes) {
  LineLexicon lexicon;
  ASSERT_TRUE(LineLexicon::parse("[chrome]\nread more\nmore news\n[sign-off]\nreuters\n"
                                 "[outlet]\nmore\nnews agency\n[contact]\ncall us\n",
                                 "test", &lexicon)
                  .ok());
  const auto words = matching_words("Read more news from the Reuters news agency, call us");
  const auto all = lexicon.covered_by_kind(words);
  // chrome: "read more" (2; "more news" overlaps it); sign-off: "reuters";
  // outlet: "more", "news agency"; contact: "call us".
  EXPECT_EQ(all[static_cast<size_t>(LineLexicon::Kind::kChrome)], 2u);
  EXPECT_EQ(all[static_cast<size_t>(LineLexicon::Kind::kSignOff)], 1u);
  EXPECT_EQ(all[static_cast<size_t>(LineLexicon::Kind::kOutlet)], 3u);
  EXPECT_EQ(all[static_cast<size_t>(LineLexicon::Kind::kContact)], 2u);
  for (size_t kind = 0; kind < LineLexicon::kKinds; ++kind)
    EXPECT_EQ(lexicon.covered(static_cast<LineLexicon::Kind>(kind), words), all[kind]) << kind;
  EXPECT_EQ(lexicon.covered_by_kind({}), (std::array<size_t, LineLexicon::kKinds>{}));
}

}  // namespace
}  // namespace marsad
