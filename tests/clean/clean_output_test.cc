#include "clean/clean_output.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/json_out.h"

namespace marsad {
namespace {

CleanDoc doc_with_paragraphs(std::vector<std::string> paragraphs) {
  CleanDoc doc;
  doc.raw.id = "d1";
  Segment s;
  s.title = "t";
  s.lang = "ar";
  s.paragraphs = std::move(paragraphs);
  doc.segments.push_back(std::move(s));
  return doc;
}

TEST(CleanOutputTest, TextIsTheParagraphsJoinedByLineBreaks) {
  // Written paragraph by paragraph: the same JSON as Segment::text() escaped whole,
  // with quotes, backslashes, controls, invalid bytes and empty paragraphs anywhere.
  const std::vector<std::vector<std::string>> cases = {
      {},
      {""},
      {"", ""},
      {"one"},
      {"\xD9\x83\xD8\xAA\xD8\xA8 \"quoted\"", "back\\slash", "tab\there"},
      {"", "after an empty one", "", "x"},
      {"ends in a cut sequence \xE2\x82", "\x80starts with a trail", "\x01\x1F"},
      {"a", ""},
  };
  for (const auto& paragraphs : cases) {
    const CleanDoc doc = doc_with_paragraphs(paragraphs);
    std::string line;
    append_clean_json_line(line, doc);
    std::string expected_text;
    append_json_string(expected_text, doc.segments[0].text());
    EXPECT_NE(line.find(",\"text\":" + expected_text + ",\"lang\""), std::string::npos) << line;
    const auto parsed = nlohmann::json::parse(line);
    EXPECT_EQ(parsed["segments"][0]["title"], "t");
  }
}

}  // namespace
}  // namespace marsad
