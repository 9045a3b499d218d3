#include "text/utf8.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace marsad::text {
namespace {

std::vector<char32_t> decode_all(std::string_view s) {
  std::vector<char32_t> out;
  size_t i = 0;
  while (i < s.size()) out.push_back(next_code_point(s, i));
  return out;
}

TEST(Utf8Test, DecodesEveryLength) {
  EXPECT_EQ(decode_all("a\u00e9\u0627\u20ac\U0001F600"),
            (std::vector<char32_t>{U'a', 0xE9, 0x0627, 0x20AC, 0x1F600}));
}

TEST(Utf8Test, PreviousCodePointReadsBackwards) {
  const std::string s = "a\u00e9\u0628\U0001F600";  // 1, 2, 2 and 4 bytes
  size_t end = s.size();
  EXPECT_EQ(previous_code_point(s, end), U'\U0001F600');
  EXPECT_EQ(end, 5u);
  EXPECT_EQ(previous_code_point(s, end), U'\u0628');
  EXPECT_EQ(end, 3u);
  EXPECT_EQ(previous_code_point(s, end), U'\u00e9');
  EXPECT_EQ(end, 1u);
  EXPECT_EQ(previous_code_point(s, end), U'a');
  EXPECT_EQ(end, 0u);
}

TEST(Utf8Test, AdvancesByTheSequenceLength) {
  const std::string s = "\u0645\U0001F600x";
  size_t i = 0;
  EXPECT_EQ(next_code_point(s, i), U'\u0645');
  EXPECT_EQ(i, 2u);
  EXPECT_EQ(next_code_point(s, i), U'\U0001F600');
  EXPECT_EQ(i, 6u);
  EXPECT_EQ(next_code_point(s, i), U'x');
  EXPECT_EQ(i, 7u);
}

struct InvalidCase {
  const char* name;
  std::string bytes;
  std::vector<char32_t> decoded;
};

TEST(Utf8Test, InvalidBytesYieldReplacementAndAdvanceOneByte) {
  const std::vector<InvalidCase> cases = {
      {"lone continuation", "a\x80" "b", {U'a', 0xFFFD, U'b'}},
      {"truncated 2-byte at end", "a\xD9", {U'a', 0xFFFD}},
      {"truncated 3-byte then ASCII", "\xE2\x82" "b", {0xFFFD, 0xFFFD, U'b'}},
      {"overlong slash", "\xC0\xAF", {0xFFFD, 0xFFFD}},
      {"surrogate", "\xED\xA0\x80", {0xFFFD, 0xFFFD, 0xFFFD}},
      {"beyond U+10FFFF", "\xF4\x90\x80\x80", {0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD}},
      {"latin-1 e-acute in Arabic", "\u0645\xE9\u0646", {0x0645, 0xFFFD, 0x0646}},
      {"0xFF", "\xFF", {0xFFFD}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(decode_all(c.bytes), c.decoded) << c.name;
    EXPECT_FALSE(is_valid_utf8(c.bytes)) << c.name;
  }
}

TEST(Utf8Test, ValidText) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ascii"));
  EXPECT_TRUE(is_valid_utf8("وزير الداخلية الفرنسي 😀 é"));
  EXPECT_TRUE(is_valid_utf8("\xEF\xBF\xBD"));  // a literal U+FFFD is valid
}

TEST(Utf8Test, SanitizeReplacesEachInvalidByte) {
  EXPECT_EQ(sanitize_utf8("ok"), "ok");
  EXPECT_EQ(sanitize_utf8("a\x80\x80z"), "a\uFFFD\uFFFDz");
  EXPECT_EQ(sanitize_utf8("\u0645\xE9\u0646"), "\u0645\uFFFD\u0646");
  EXPECT_TRUE(is_valid_utf8(sanitize_utf8("\xF4\x90\x80\x80\xC0")));
}

TEST(Utf8Test, AppendEncodesAndRoundTrips) {
  std::string s;
  for (char32_t cp : {U'A', char32_t{0x6C1}, char32_t{0xFDF2}, char32_t{0x1F1F2}}) append_utf8(s, cp);
  EXPECT_EQ(decode_all(s), (std::vector<char32_t>{U'A', 0x6C1, 0xFDF2, 0x1F1F2}));
  std::string bad;
  append_utf8(bad, 0xD800);
  append_utf8(bad, 0x110000);
  EXPECT_EQ(bad, "\uFFFD\uFFFD");
}

}  // namespace
}  // namespace marsad::text
