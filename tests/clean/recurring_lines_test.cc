#include "clean/recurring_lines.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

TEST(RecurringLines, ALineOnThreePagesOfOneOutletRecurs) {
  RecurringLineModel model(3);
  model.observe("site-a", "الرئيسية\nخبر أول عن الاقتصاد\nشارك الخبر");
  model.observe("site-a", "الرئيسية\nخبر ثان عن الرياضة");
  EXPECT_FALSE(model.is_recurring("site-a", "الرئيسية"));
  model.observe("site-a", "الرئيسية\nخبر ثالث عن الطقس");
  EXPECT_TRUE(model.is_recurring("site-a", "الرئيسية"));
  EXPECT_TRUE(model.is_recurring("site-a", "  الرئيسية "));
  EXPECT_FALSE(model.is_recurring("site-a", "خبر ثالث عن الطقس"));
}

TEST(RecurringLines, OutletsAreCountedApart) {
  RecurringLineModel model(3);
  model.observe("a", "إغلاق");
  model.observe("b", "إغلاق");
  model.observe("c", "إغلاق");
  EXPECT_FALSE(model.is_recurring("a", "إغلاق"));
}

TEST(RecurringLines, RepeatsInsideOnePageCountOnce) {
  RecurringLineModel model(2);
  model.observe("a", "إغلاق\nإغلاق\nإغلاق");
  EXPECT_EQ(model.pages_with("a", "إغلاق"), 1u);
}

TEST(RecurringLines, NumbersAreMaskedSoDatelinesMatch) {
  RecurringLineModel model(3);
  model.observe("spa", "الرياض 24 شوال 1436 هـ");
  model.observe("spa", "الرياض 25 شوال 1436 هـ");
  model.observe("spa", "الرياض 26 شوال 1436 هـ");
  EXPECT_TRUE(model.is_recurring("spa", "الرياض 27 شوال 1436 هـ"));
}

TEST(RecurringLines, LongLinesAreNeverCounted) {
  RecurringLineModel model(2);
  const std::string paragraph(RecurringLineModel::kMaxLineBytes + 10, 'x');
  model.observe("a", paragraph);
  model.observe("a", paragraph);
  EXPECT_FALSE(model.is_recurring("a", paragraph));
}

TEST(RecurringLines, ForgetsSingletonsWhenFull) {
  RecurringLineModel model(2, 4);
  model.observe("a", "one\ntwo\nthree");
  model.observe("a", "one\nfour");
  model.observe("a", "five");  // full: the lines seen once are forgotten first
  EXPECT_EQ(model.pages_with("a", "one"), 2u);
  EXPECT_EQ(model.pages_with("a", "two"), 0u);
  EXPECT_EQ(model.pages_with("a", "five"), 1u);
}

}  // namespace
}  // namespace marsad
