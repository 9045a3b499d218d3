#include "ingest/utf8_repair.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

const std::string kFFFD = "\xEF\xBF\xBD";

TEST(Utf8RepairTest, ValidTextIsUnchanged) {
  const std::string text = "abc \xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A \xE2\x82\xAC \xF0\x9F\x98\x80";
  EXPECT_TRUE(is_valid_utf8(text));
  const Utf8Repair repair = repair_utf8(text);
  EXPECT_EQ(repair.text, text);
  EXPECT_TRUE(repair.replaced_at.empty());
}

TEST(Utf8RepairTest, TruncatedSequenceIsOneReplacement) {
  const Utf8Repair repair = repair_utf8("a\xE2\x82" "b");
  EXPECT_EQ(repair.text, "a" + kFFFD + "b");
  EXPECT_EQ(repair.replaced_at, std::vector<size_t>{1});
}

TEST(Utf8RepairTest, EachInvalidByteIsItsOwnReplacement) {
  EXPECT_FALSE(is_valid_utf8("\xFF\xFF"));
  EXPECT_EQ(repair_utf8("\xFF\xFF").text, kFFFD + kFFFD);
  // Overlong "/" : C0 can never start a sequence, AF is a lone continuation byte.
  EXPECT_EQ(repair_utf8("\xC0\xAF").text, kFFFD + kFFFD);
}

TEST(Utf8RepairTest, SurrogatesAndBeyondU10FFFFAreIllFormed) {
  // ED A0 80 would encode U+D800: ED accepts only 80..9F after it.
  const Utf8Repair surrogate = repair_utf8("\xED\xA0\x80");
  EXPECT_EQ(surrogate.text, kFFFD + kFFFD + kFFFD);
  EXPECT_EQ(surrogate.replaced_at, (std::vector<size_t>{0, 3, 6}));
  // F4 90 80 80 would be U+110000.
  EXPECT_EQ(repair_utf8("\xF4\x90\x80\x80").text, kFFFD + kFFFD + kFFFD + kFFFD);
}

TEST(Utf8RepairTest, CutAtTheEndIsOneReplacement) {
  EXPECT_EQ(repair_utf8("ok\xF0\x9F\x98").text, "ok" + kFFFD);
}

}  // namespace
}  // namespace marsad
