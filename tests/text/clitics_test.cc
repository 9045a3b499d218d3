#include "text/clitics.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace marsad::text {
namespace {

struct Case {
  const char* input;  // as written; normalized before stripping
  const char* expected;
};

TEST(CliticsTest, StripsArticleAndTheCliticsBeforeIt) {
  const std::vector<Case> cases = {
      {"المغرب", "مغرب"},        {"والمغرب", "مغرب"},      {"فالمغرب", "مغرب"},
      {"بالرباط", "رباط"},       {"وبالرباط", "رباط"},     {"فبالرباط", "رباط"},
      {"كالعادة", "عاده"},       {"وكالعادة", "عاده"},     {"للتعاون", "تعاون"},
      {"وللتعاون", "تعاون"},     {"فللتعاون", "تعاون"},    {"الأمن", "امن"},
      {"والإرهاب", "ارهاب"},    {"الحج", "حج"},
  };
  for (const Case& c : cases) {
    const std::string word = normalize_for_matching(c.input);
    EXPECT_EQ(strip_arabic_proclitics(word), normalize_for_matching(c.expected)) << c.input;
  }
}

TEST(CliticsTest, ShortAndRootWordsAreUntouched) {
  for (const char* w : {"ولد", "بلد", "كل", "لا", "في", "و", "ال", "الا", "والد", "بالغ",
                        "وزير", "فرنسا", "باريس", "لبنان", "كتاب", "وقال", "لله"}) {
    const std::string word = normalize_for_matching(w);
    EXPECT_EQ(strip_arabic_proclitics(word), word) << w;
  }
}

TEST(CliticsTest, FunctionWordsKeepTheirArticle) {
  const std::vector<Case> cases = {
      {"الله", "الله"}, {"والله", "الله"}, {"بالله", "الله"}, {"التي", "التي"}, {"والتي", "التي"},
      {"الذين", "الذين"}, {"إلى", "إلى"}, {"وإلى", "إلى"}, {"إليه", "إليه"}, {"للذين", "للذين"}, {"الآن", "الآن"},
  };
  for (const Case& c : cases) {
    const std::string word = normalize_for_matching(c.input);
    EXPECT_EQ(strip_arabic_proclitics(word), normalize_for_matching(c.expected)) << c.input;
  }
}

TEST(CliticsTest, ReturnsAViewIntoTheInput) {
  const std::string word = normalize_for_matching("والمغرب");
  const std::string_view core = strip_arabic_proclitics(word);
  EXPECT_EQ(core.data() + core.size(), word.data() + word.size());
}

TEST(CliticsTest, NonArabicWordsAreUntouched) {
  EXPECT_EQ(strip_arabic_proclitics("alger"), "alger");
  EXPECT_EQ(strip_arabic_proclitics(""), "");
}

}  // namespace
}  // namespace marsad::text
