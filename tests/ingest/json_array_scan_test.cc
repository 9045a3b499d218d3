#include "ingest/json_array_scan.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace marsad {
namespace {

struct Scanned {
  std::vector<std::string> elements;
  JsonArrayEnd end = JsonArrayEnd::kNotEnded;
  std::string cut;  // the element the input stops in, with kCutInElement
};

Scanned scan_all(std::string_view text) {
  Scanned out;
  JsonArrayScan scan(text);
  JsonArrayElement element;
  while (scan.next(&element)) {
    out.elements.emplace_back(text.substr(element.begin, element.end - element.begin));
    EXPECT_EQ(scan.count(), out.elements.size());
  }
  out.end = scan.end();
  if (out.end == JsonArrayEnd::kCutInElement) {
    out.cut = std::string(text.substr(scan.cut_element().begin, scan.cut_element().end - scan.cut_element().begin));
  }
  EXPECT_FALSE(scan.next(&element)) << "a scan that ended stays ended";
  return out;
}

using Elements = std::vector<std::string>;

TEST(JsonArrayScanTest, ElementsAreFoundWithoutTheWhitespaceAroundThem) {
  const Scanned s = scan_all(" \n[ {\"a\": 1} ,\n\t[2, 3]\r\n, \"four\" ,5,true ]  trailing");
  EXPECT_EQ(s.elements, (Elements{"{\"a\": 1}", "[2, 3]", "\"four\"", "5", "true"}));
  EXPECT_EQ(s.end, JsonArrayEnd::kClosed);
}

TEST(JsonArrayScanTest, EmptyArrayHasNoElements) {
  EXPECT_EQ(scan_all("[]").elements, Elements{});
  EXPECT_EQ(scan_all("[ \n ]").end, JsonArrayEnd::kClosed);
}

TEST(JsonArrayScanTest, BracketsAndCommasInsideStringsAreText) {
  const Scanned s = scan_all(R"([{"t": "a ] b , c } {"}, {"t": "[x", "u": "}}"}, "]"])");
  EXPECT_EQ(s.elements, (Elements{R"({"t": "a ] b , c } {"})", R"({"t": "[x", "u": "}}"})", R"("]")"}));
  EXPECT_EQ(s.end, JsonArrayEnd::kClosed);
}

TEST(JsonArrayScanTest, EscapedQuotesAndBackslashesDoNotEndAString) {
  const Scanned s = scan_all(R"([{"t": "say \"hi\", ]"}, {"t": "ends in a backslash \\"}, {"t": "\\\"]"}])");
  EXPECT_EQ(s.elements, (Elements{R"({"t": "say \"hi\", ]"})", R"({"t": "ends in a backslash \\"})",
                                  R"({"t": "\\\"]"})"}));
  EXPECT_EQ(s.end, JsonArrayEnd::kClosed);
}

TEST(JsonArrayScanTest, InputEndingInsideAStringIsCutInThatElement) {
  const Scanned s = scan_all(R"([{"a": 1}, {"b": 2},  {"t": "the text stops her)");
  EXPECT_EQ(s.elements, (Elements{R"({"a": 1})", R"({"b": 2})"}));
  EXPECT_EQ(s.end, JsonArrayEnd::kCutInElement);
  EXPECT_EQ(s.cut, R"({"t": "the text stops her)");
}

TEST(JsonArrayScanTest, InputEndingAfterABackslashInAStringIsCut) {
  const Scanned s = scan_all(R"([{"a": 1}, "ab\)");
  EXPECT_EQ(s.elements, Elements{R"({"a": 1})"});
  EXPECT_EQ(s.end, JsonArrayEnd::kCutInElement);
  EXPECT_EQ(s.cut, R"("ab\)");
}

TEST(JsonArrayScanTest, InputEndingWithABracketOpenIsCutInThatElement) {
  const Scanned s = scan_all(R"([{"a": 1}, {"t": {"x": [1, 2]}, "u": 3)");
  EXPECT_EQ(s.elements, Elements{R"({"a": 1})"});
  EXPECT_EQ(s.end, JsonArrayEnd::kCutInElement);
  EXPECT_EQ(s.cut, R"({"t": {"x": [1, 2]}, "u": 3)");
}

TEST(JsonArrayScanTest, InputEndingBetweenElementsIsCutShort) {
  const Scanned after_comma = scan_all("[{\"a\": 1}, {\"b\": 2},\n  ");
  EXPECT_EQ(after_comma.elements, (Elements{R"({"a": 1})", R"({"b": 2})"}));
  EXPECT_EQ(after_comma.end, JsonArrayEnd::kCutShort);

  const Scanned after_element = scan_all(R"([{"a": 1}, {"b": 2})");
  EXPECT_EQ(after_element.elements, (Elements{R"({"a": 1})", R"({"b": 2})"}));
  EXPECT_EQ(after_element.end, JsonArrayEnd::kCutShort);

  const Scanned only_bracket = scan_all("[");
  EXPECT_EQ(only_bracket.elements, Elements{});
  EXPECT_EQ(only_bracket.end, JsonArrayEnd::kCutShort);
}

TEST(JsonArrayScanTest, MissingValuesBetweenSeparatorsAreEmptyElements) {
  const Scanned s = scan_all("[1,,2, ]");
  EXPECT_EQ(s.elements, (Elements{"1", "", "2", ""}));
  EXPECT_EQ(s.end, JsonArrayEnd::kClosed);
}

TEST(JsonArrayScanTest, ClosingBracketOfTheWrongKindClosesWhatItsKindOpened) {
  // The ']' after 2 is missing: '}' closes the object and the '[' left open in it.
  const Scanned s = scan_all(R"([{"a": [1, 2}, {"b": 3}])");
  EXPECT_EQ(s.elements, (Elements{R"({"a": [1, 2})", R"({"b": 3})"}));
  EXPECT_EQ(s.end, JsonArrayEnd::kClosed);
}

TEST(JsonArrayScanTest, ArrayBracketEndsAnElementWhoseBraceIsMissing) {
  const Scanned s = scan_all(R"([{"a": 1}, {"b": 2, "c": {"d": 3}] )");
  EXPECT_EQ(s.elements, (Elements{R"({"a": 1})", R"({"b": 2, "c": {"d": 3})"}));
  EXPECT_EQ(s.end, JsonArrayEnd::kClosed);
}

TEST(JsonArrayScanTest, StrayClosingBraceStaysInItsElement) {
  const Scanned s = scan_all(R"([{"a": 1}}, {"b": 2}])");
  EXPECT_EQ(s.elements, (Elements{R"({"a": 1}})", R"({"b": 2})"}));
  EXPECT_EQ(s.end, JsonArrayEnd::kClosed);
}

TEST(JsonArrayScanTest, MissingCommaBetweenTwoObjectsSeparatesThem) {
  const Scanned s = scan_all("[{\"a\": 1}\n {\"b\": 2} \"c\", {\"d\": 4}]");
  EXPECT_EQ(s.elements, (Elements{R"({"a": 1})", R"({"b": 2})", R"("c")", R"({"d": 4})"}));
  EXPECT_EQ(s.end, JsonArrayEnd::kClosed);
}

TEST(JsonArrayScanTest, TextThatIsNotAnArrayHasNoElements) {
  for (std::string_view text : {"{\"a\": [1]}", "", "  ", "x["}) {
    const Scanned s = scan_all(text);
    EXPECT_TRUE(s.elements.empty()) << text;
    EXPECT_EQ(s.end, JsonArrayEnd::kNotAnArray) << text;
  }
}

TEST(JsonArrayScanTest, CountNumbersTheElementsReturned) {
  JsonArrayScan scan("[10, 20, 30]");
  JsonArrayElement element;
  EXPECT_EQ(scan.count(), 0u);
  ASSERT_TRUE(scan.next(&element));
  ASSERT_TRUE(scan.next(&element));
  EXPECT_EQ(scan.count(), 2u);
  EXPECT_EQ(element.begin, 5u);
  EXPECT_EQ(element.end, 7u);
}

}  // namespace
}  // namespace marsad
