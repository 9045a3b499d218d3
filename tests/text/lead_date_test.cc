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

}  // namespace
}  // namespace marsad
