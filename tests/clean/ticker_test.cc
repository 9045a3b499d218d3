#include "clean/ticker.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

const char* kHeadlines[] = {
    "ارتفاع أسعار النفط في الأسواق العالمية",  "افتتاح معرض الكتاب في دورته الجديدة",
    "المنتخب يتأهل إلى الدور النهائي",          "أمطار غزيرة تضرب المناطق الشمالية",
    "البنك المركزي يبقي على سعر الفائدة",       "وزير الصحة يزور المستشفى الجامعي",
    "انطلاق موسم الحصاد في السهول الوسطى",      "تراجع معدل البطالة خلال الربع الأخير",
};

std::string join(const std::string& separator) {
  std::string line;
  for (const char* h : kHeadlines) {
    if (!line.empty()) line += separator;
    line += h;
  }
  return line;
}

TEST(Ticker, HeadlinesSeparatedBySpaceRunsAreATicker) {
  EXPECT_TRUE(is_headline_ticker(join("    ")));
}

TEST(Ticker, HeadlinesSeparatedByBulletsAreATicker) {
  EXPECT_TRUE(is_headline_ticker(join(" • ")));
  EXPECT_TRUE(is_headline_ticker(join(" | ")));
}

TEST(Ticker, AParagraphIsNotATicker) {
  std::string paragraph;
  for (int i = 0; i < 6; ++i)
    paragraph += "وأكد الوزير خلال اللقاء، الذي جرى بحضور عدد من المسؤولين، أن التعاون بين البلدين "
                 "يشهد تطورا ملحوظا في مختلف المجالات، ولا سيما في مجال الأمن. ";
  EXPECT_FALSE(is_headline_ticker(paragraph));
}

TEST(Ticker, ShortLinesAreNeverTickers) {
  EXPECT_FALSE(is_headline_ticker("الرئيسية    أخبار    رياضة"));
}

// Regression: unpunctuated paragraphs of SaudiNewsNet were taken for tickers.
TEST(Ticker, LongParagraphWithoutPunctuationIsNoTicker) {
  std::string line;
  for (int i = 0; i < 3; ++i) line += join(" ") + " ";
  EXPECT_FALSE(is_headline_ticker(line));
}

}  // namespace
}  // namespace marsad
