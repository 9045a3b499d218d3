#include "core/json_out.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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

}  // namespace
}  // namespace marsad
