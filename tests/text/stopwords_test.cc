#include "text/stopwords.h"

#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "text/clitics.h"
#include "text/normalize.h"

namespace marsad::text {
namespace {

TEST(StopwordsTest, ArabicFunctionWords) {
  for (const char* w : {"في", "من", "على", "إلى", "أن", "هذه", "الذي", "التي", "وقال", "فقد"}) {
    EXPECT_TRUE(is_stopword("ar", normalize_for_matching(w))) << w;
  }
  for (const char* w : {"وزير", "مغرب", "رباط", "تعاون", "امن", "روتايو"}) {
    EXPECT_FALSE(is_stopword("ar", normalize_for_matching(w))) << w;
  }
}

TEST(StopwordsTest, FrenchAndEnglish) {
  for (const char* w : {"le", "de", "l", "qu", "à", "été", "dans"}) EXPECT_TRUE(is_stopword("fr", w)) << w;
  for (const char* w : {"ministre", "rabat", "sécurité"}) EXPECT_FALSE(is_stopword("fr", w)) << w;
  for (const char* w : {"the", "of", "you", "for", "this"}) EXPECT_TRUE(is_stopword("en", w)) << w;
  for (const char* w : {"minister", "subscribe"}) EXPECT_FALSE(is_stopword("en", w)) << w;
}

TEST(StopwordsTest, LanguageWithoutAListHasNoStopwords) {
  EXPECT_EQ(stopword_list("zz"), nullptr);
  EXPECT_FALSE(is_stopword("zz", "the"));
  EXPECT_FALSE(is_stopword("en", ""));
}

TEST(StopwordsTest, ListsAreLargeEnough) {
  ASSERT_NE(stopword_list("ar"), nullptr);
  EXPECT_GE(stopword_list("ar")->size(), 150u);
  EXPECT_GE(stopword_list("fr")->size(), 100u);
  EXPECT_GE(stopword_list("en")->size(), 100u);
}

// The Arabic list is written in matching form, and no entry is changed by the
// clitic stripping the analyzer applies before the lookup (else it could never match).
TEST(StopwordsTest, ArabicFileIsInMatchingForm) {
  std::ifstream in(std::string(MARSAD_SOURCE_DIR) + "/data/stopwords/ar.txt");
  ASSERT_TRUE(in) << "data/stopwords/ar.txt is missing";
  std::string line;
  int words = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    ++words;
    EXPECT_EQ(normalize_for_matching(line), line) << line;
    EXPECT_EQ(strip_arabic_proclitics(line), line) << line;
  }
  EXPECT_GE(words, 150);
}

}  // namespace
}  // namespace marsad::text
