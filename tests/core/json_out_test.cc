#include "core/json_out.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <random>
#include <vector>

namespace marsad {
namespace {

std::string as_json(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

TEST(JsonOut, EscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(as_json("a\"b\\c\nd\te\x01"), "\"a\\\"b\\\\c\\nd\\te\\u0001\"");
}

TEST(JsonOut, KeepsValidUtf8AsIs) {
  EXPECT_EQ(as_json("مرصد é"), "\"مرصد é\"");
}

TEST(JsonOut, ReplacesInvalidUtf8SoOutputParses) {
  const std::string bad = std::string("ab\xC3") + "\xFF" + "\xED\xA0\x80" + "z";
  const std::string out = as_json(bad);
  const auto parsed = nlohmann::json::parse(out);
  EXPECT_EQ(parsed.get<std::string>(), "ab\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz");
}

TEST(JsonOut, CutOrOverlongSequencesInsideArabicRunsAreReplaced) {
  // A 2-byte lead at the end, an overlong C0 80, a lone continuation byte.
  const std::string bad = std::string("مر\xD9") + " \xC0\x80 \x80ص";
  EXPECT_EQ(nlohmann::json::parse(as_json(bad)).get<std::string>(),
            "مر\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBDص");
}

TEST(JsonOut, RoundTripsThroughARealParser) {
  const std::string s = "الرئيسية \"quoted\" \\ /\r\n\x7f";
  EXPECT_EQ(nlohmann::json::parse(as_json(s)).get<std::string>(), s);
}

// The escaping rule character by character, as the header states it: the
// reference for the 16- and 32-byte blocks the implementation passes over at once.
std::string reference_json(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    uint32_t cp = n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (size_t k = 1; k < n; ++k) {
      if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
        n = 0;
        break;
      }
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    if (n > 1 && ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
                  cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
      n = 0;
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else if (n > 1) {
      out.append(s.substr(i, n));
      i += n;
    } else {
      if (c == '"') out += "\\\"";
      else if (c == '\\') out += "\\\\";
      else if (c == '\n') out += "\\n";
      else if (c == '\t') out += "\\t";
      else if (c == '\r') out += "\\r";
      else if (c < 0x20) out += "\\u00" + std::string(1, "0123456789abcdef"[c >> 4]) + "0123456789abcdef"[c & 15];
      else out += static_cast<char>(c);
      ++i;
    }
  }
  return out + "\"";
}

TEST(JsonOut, LongMixedTextMatchesTheCharacterByCharacterRule) {
  // Pieces that meet the 16- and 32-byte block tests at every offset: Arabic and ASCII,
  // escapes, 3- and 4-byte characters, and broken or overlong sequences.
  const std::vector<std::string> pieces = {
      "م", "ر", "ص", "د", " ", "a", "Z", "7", "\"", "\\", "\n", "\t", "\x01", "\x7f", "é",
      "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xC0\x80", "\xC1\xBF", "\xD9", "\x80", "\xFF",
      "\xED\xA0\x80", "\xE2\x80", "\xF4\x90\x80\x80"};
  std::mt19937 random(7);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const int length = static_cast<int>(random() % 100);
    // Mostly Arabic letters and spaces, as in the corpus, with rare other pieces.
    for (int k = 0; k < length; ++k) {
      const size_t pick = random() % 10 < 8 ? random() % 5 : random() % pieces.size();
      s += pieces[pick];
    }
    ASSERT_EQ(as_json(s), reference_json(s)) << "input of " << s.size() << " bytes, round " << round;
  }
}

}  // namespace
}  // namespace marsad
