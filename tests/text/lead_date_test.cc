#include "text/lead_date.h"

#include <gtest/gtest.h>

#include "text/date_parser.h"

namespace marsad {
namespace {

TEST(HappeningDays, RelativeDaysResolveAgainstPublicationAndPlansAreLeftOut) {
  const CivilDate published{2025, 4, 15};  // a Tuesday
  const auto days = happening_days(
      "استقبل الوزير أمس الإثنين نظيره، على أن يلتقيا مجددا يوم 30 أبريل الجاري، بعد لقاء 2 أبريل", published);
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[0], (CivilDate{2025, 4, 14}));
  EXPECT_EQ(days[1], (CivilDate{2025, 4, 2}));
}

TEST(PlannedDays, WhatAPreviewAnnouncesWithinTheHorizon) {
  const CivilDate published{2025, 4, 15};
  const std::string_view lead =
      "استقبل الوزير أمس الإثنين نظيره، على أن يلتقيا مجددا يوم 30 أبريل الجاري، ثم في 20 يونيو المقبل، وغدا";
  const auto days = planned_days(lead, published, 31);
  // Tomorrow is within the happening window (a page stamped at midnight), June beyond the horizon.
  ASSERT_EQ(days.size(), 1u);
  EXPECT_EQ(days[0], (CivilDate{2025, 4, 30}));
  EXPECT_TRUE(planned_days(lead, published, 1).empty());
}

TEST(HappeningDays, AWeekIsNoDay) {
  // The fund is today's news; "the floods of last week" only recall what it follows.
  EXPECT_TRUE(happening_days("لتعويض المتضررين من الفيضانات التي ضربت الولاية الأسبوع الماضي", CivilDate{2025, 10, 27})
                  .empty());
}

TEST(LeadHappeningDay, WithAPublicationDayTheFirstHappeningDayWins) {
  const LeadDay d = lead_happening_day("أعلنت الوزارة اليوم الأربعاء أن ... وكانت قد أعلنت أمس", CivilDate{2015, 8, 12});
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(*d.date, (CivilDate{2015, 8, 12}));
  EXPECT_EQ(d.weekday, 3);
  EXPECT_FALSE(lead_happening_day("خبر بلا تاريخ", CivilDate{2015, 8, 12}).date.has_value());
}

TEST(LeadHappeningDay, WithoutAPublicationDayOnlyAWrittenWeekdayIsKnown) {
  EXPECT_EQ(lead_happening_day("أكد الوزير، اليوم الثلاثاء بالرباط، أن التعاون قوي", std::nullopt).weekday, 2);
  EXPECT_EQ(lead_happening_day("استقبل الوزير نظيره أمس الإثنين في الرباط", std::nullopt).weekday, 1);
  EXPECT_EQ(lead_happening_day("استقبل المدير العام، الخميس بالرباط، ضيفه", std::nullopt).weekday, 4);
  // "أمس" alone names no weekday; "الأحد المقبل" is a plan.
  EXPECT_EQ(lead_happening_day("وصل الوفد أمس إلى العاصمة", std::nullopt).weekday, -1);
  EXPECT_EQ(lead_happening_day("يصل الوفد الأحد المقبل إلى العاصمة", std::nullopt).weekday, -1);
  EXPECT_FALSE(lead_happening_day("اليوم الثلاثاء", std::nullopt).date.has_value());
}

TEST(LeadHappeningDay, WrittenTellsAWrittenDayFromOneCountedFromPublication) {
  const CivilDate published{2015, 8, 12};
  EXPECT_TRUE(lead_happening_day("أعلنت الوزارة اليوم الأربعاء أن", published).written);
  EXPECT_TRUE(lead_happening_day("أعلنت الوزارة في 11 أغسطس أن", published).written);
  EXPECT_TRUE(lead_happening_day("أعلنت الوزارة في 11 أغسطس 2015 أن", published).written);
  const LeadDay yesterday = lead_happening_day("أعلنت الوزارة أمس أن", published);
  ASSERT_TRUE(yesterday.date.has_value());
  EXPECT_FALSE(yesterday.written);
  EXPECT_FALSE(lead_happening_day("خبر بلا تاريخ", published).written);
  EXPECT_TRUE(lead_happening_day("استقبل الوزير نظيره أمس الإثنين", std::nullopt).written);
  EXPECT_FALSE(lead_happening_day("وصل الوفد أمس إلى العاصمة", std::nullopt).written);
}

}  // namespace
}  // namespace marsad
