#include "clean/report_part.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

TEST(ReportPart, AddendaContinueTheirReport) {
  const ReportPart first = report_part("سياسي / معالي وزير الخارجية يلتقي نظيره الروسي             إضافة أولى ");
  EXPECT_TRUE(first.is_part);
  EXPECT_EQ(first.base, "سياسي / معالي وزير الخارجية يلتقي نظيره الروسي");
  const ReportPart second = report_part("نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء        إضافة ثانية");
  EXPECT_TRUE(second.is_part);
  EXPECT_EQ(second.base, "نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء");
  EXPECT_TRUE(report_part("الملك يستقبل السفراء إضافة اولى").is_part);
  EXPECT_TRUE(report_part("الملك يستقبل السفراء إضافة وأخيرة").is_part);
  // One part only ("the first and last"), after a slash.
  const ReportPart only = report_part("بساتين العنب تتكئ على ضفاف وادي نجران  / إضافة أولى واخيرة");
  EXPECT_TRUE(only.is_part);
  EXPECT_EQ(only.base, "بساتين العنب تتكئ على ضفاف وادي نجران");
}

TEST(ReportPart, OtherTitlesAreWhole) {
  const ReportPart whole = report_part("نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء  ");
  EXPECT_FALSE(whole.is_part);
  EXPECT_EQ(whole.base, "نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء");
  // An addition that is no part marker.
  EXPECT_FALSE(report_part("تويتر تتيح للمستخدمين إضافة تواريخ ميلادهم").is_part);
  EXPECT_FALSE(report_part("إضافة فئات عمرية جديدة في مشروع حافز").is_part);
  EXPECT_FALSE(report_part("المهنا: ويب خبير سيكون خير لإضافة أولى").is_part);
  EXPECT_FALSE(report_part("أولى").is_part);
  EXPECT_FALSE(report_part("").is_part);
}

}  // namespace
}  // namespace marsad
