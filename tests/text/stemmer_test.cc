#include "text/stemmer.h"

#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace marsad::text {
namespace {

TEST(StemmerTest, FrenchInflectionsShareAStem) {
  Stemmer fr("fr");
  ASSERT_TRUE(fr.available());
  EXPECT_EQ(fr.stem("ministres"), fr.stem("ministre"));
  EXPECT_EQ(fr.stem("coopération"), fr.stem("coopérations"));
  EXPECT_NE(fr.stem("ministre"), fr.stem("sécurité"));
}

TEST(StemmerTest, EnglishInflectionsShareAStem) {
  Stemmer en("en");
  ASSERT_TRUE(en.available());
  EXPECT_EQ(en.stem("meetings"), en.stem("meeting"));
  EXPECT_EQ(en.stem("ministers"), en.stem("minister"));
  EXPECT_NE(en.stem("minister"), en.stem("security"));
}

TEST(StemmerTest, ArabicInflectionsShareAStem) {
  Stemmer ar("ar");
  ASSERT_TRUE(ar.available());
  const auto stem = [&](const char* w) { return ar.stem(normalize_for_matching(w)); };
  EXPECT_EQ(stem("وزير"), stem("وزيران"));
  EXPECT_EQ(stem("مباحثات"), stem("مباحثاتهم"));
  EXPECT_NE(stem("وزير"), stem("تعاون"));
  EXPECT_NE(stem("أمن"), stem("رباط"));
}

TEST(StemmerTest, EveryLibstemmerLanguageIsAvailable) {
  for (const char* lang : {"ar", "ca", "da", "de", "el", "en", "es", "eu", "fi", "fr", "ga", "hi",
                           "hu", "hy", "id", "it", "lt", "ne", "nl", "no", "pt", "ro", "ru", "sr",
                           "sv", "ta", "tr", "yi", "nb"}) {
    EXPECT_TRUE(Stemmer(lang).available()) << lang;
  }
  EXPECT_EQ(Stemmer::algorithm_for("fr"), "french");
  EXPECT_EQ(Stemmer::algorithm_for("ar"), "arabic");
}

TEST(StemmerTest, UnknownLanguageLeavesWordsAlone) {
  Stemmer none("xx");
  EXPECT_FALSE(none.available());
  EXPECT_EQ(none.stem("ministres"), "ministres");
  EXPECT_FALSE(Stemmer("un").available());
}

TEST(StemmerTest, MovesOwnership) {
  Stemmer a("fr");
  Stemmer b(std::move(a));
  EXPECT_FALSE(a.available());  // NOLINT(bugprone-use-after-move): moved-from state is specified
  EXPECT_TRUE(b.available());
  Stemmer c("en");
  c = std::move(b);
  EXPECT_EQ(c.stem("ministres"), c.stem("ministre"));
}

}  // namespace
}  // namespace marsad::text
