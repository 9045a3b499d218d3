#include "dedup/fingerprint.h"

#include <gtest/gtest.h>
#include <xxhash.h>

namespace marsad {
namespace {

TEST(ExactFingerprint, IsXxh3OfTheWordsJoinedByOneSpace) {
  const std::string joined = "وزير الداخلية الفرنسي في الرباط";
  EXPECT_EQ(exact_fingerprint({"وزير", "الداخلية", "الفرنسي", "في", "الرباط"}),
            XXH3_64bits(joined.data(), joined.size()));
}

TEST(ExactFingerprint, EmptyListHashesAsTheEmptyString) {
  EXPECT_EQ(exact_fingerprint(std::vector<std::string>{}), XXH3_64bits("", 0));
}

TEST(ExactFingerprint, DependsOnOrderAndOnWordBoundaries) {
  EXPECT_NE(exact_fingerprint({"a", "b"}), exact_fingerprint({"b", "a"}));
  EXPECT_NE(exact_fingerprint({"ab", "c"}), exact_fingerprint({"a", "bc"}));
  EXPECT_EQ(exact_fingerprint({"a", "b"}), exact_fingerprint({"a", "b"}));
}

TEST(ExactFingerprint, ViewsFingerprintLikeTheStringsTheyShow) {
  const std::vector<std::string> words = {"وزير", "الداخلية", "rabat", ""};
  const std::vector<std::string_view> views(words.begin(), words.end());
  EXPECT_EQ(exact_fingerprint(views), exact_fingerprint(words));
  EXPECT_EQ(exact_fingerprint(std::vector<std::string_view>{}), exact_fingerprint(std::vector<std::string>{}));
}

}  // namespace
}  // namespace marsad
