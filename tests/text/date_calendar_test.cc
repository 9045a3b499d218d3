#include "text/date_calendar.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

TEST(DateCalendar, IsoTextFollowsPrecision) {
  EXPECT_EQ(to_iso(CivilDate{2025, 4, 14}), "2025-04-14");
  EXPECT_EQ(to_iso(CivilDate{2025, 4, 0}), "2025-04");
  EXPECT_EQ(to_iso(CivilDate{2025, 0, 0}), "2025");
  EXPECT_EQ(to_iso(CivilDate{626, 1, 2}), "0626-01-02");
}

TEST(DateCalendar, ParsesIsoDatesWithOrWithoutTime) {
  EXPECT_EQ(parse_iso_date("2025-04-14"), (CivilDate{2025, 4, 14}));
  EXPECT_EQ(parse_iso_date("2025-04-14 10:30:00"), (CivilDate{2025, 4, 14}));
  EXPECT_EQ(parse_iso_date("2025-04-14T10:30:00Z"), (CivilDate{2025, 4, 14}));
  EXPECT_EQ(parse_iso_date(" 2015-07-21 02:51:32\n"), (CivilDate{2015, 7, 21}));
  EXPECT_EQ(parse_iso_date("2025-04"), (CivilDate{2025, 4, 0}));
  EXPECT_EQ(parse_iso_date("2025"), (CivilDate{2025, 0, 0}));
}

TEST(DateCalendar, RejectsWhatIsNotAnIsoDate) {
  for (const char* bad : {"", "14/04/2025", "2025-4-14", "2025-04-14x", "2025-02-30", "2025-13-01",
                          "2025-00-10", "0000-01-01", "2025-04-14T", "2025-04-14 later", "abcd-01-01"}) {
    SCOPED_TRACE(bad);
    EXPECT_FALSE(parse_iso_date(bad).has_value());
  }
}

TEST(DateCalendar, ValidityKnowsMonthLengthsAndLeapYears) {
  EXPECT_TRUE(is_valid(CivilDate{2024, 2, 29}));
  EXPECT_FALSE(is_valid(CivilDate{2025, 2, 29}));
  EXPECT_FALSE(is_valid(CivilDate{1900, 2, 29}));
  EXPECT_TRUE(is_valid(CivilDate{2000, 2, 29}));
  EXPECT_FALSE(is_valid(CivilDate{2025, 4, 31}));
  EXPECT_FALSE(is_valid(CivilDate{2025, 0, 5}));  // a day without a month
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2025, 12), 31);
}

TEST(DateCalendar, DayArithmeticAndWeekdays) {
  EXPECT_EQ(add_days(CivilDate{2025, 4, 15}, -1), (CivilDate{2025, 4, 14}));
  EXPECT_EQ(add_days(CivilDate{2025, 3, 1}, -1), (CivilDate{2025, 2, 28}));
  EXPECT_EQ(add_days(CivilDate{2024, 12, 31}, 1), (CivilDate{2025, 1, 1}));
  EXPECT_EQ(add_months(CivilDate{2025, 1, 20}, -1), (CivilDate{2024, 12, 0}));
  EXPECT_EQ(add_months(CivilDate{2025, 12, 0}, 1), (CivilDate{2026, 1, 0}));
  EXPECT_EQ(weekday(CivilDate{2025, 4, 14}), 1);  // Monday, the Rabat meeting
  EXPECT_EQ(weekday(CivilDate{2015, 7, 17}), 5);  // Friday, Eid al-Fitr 1436
  EXPECT_EQ(days_since_epoch(CivilDate{1970, 1, 2}), 1);
}

TEST(DateCalendar, HijriUmmAlQuraKnownDays) {
  // 1 Ramadan 1436 = 18 June 2015; 1 Shawwal 1436 (Eid al-Fitr) = 17 July 2015.
  EXPECT_EQ(hijri_to_civil(HijriDate{1436, 9, 1}), (CivilDate{2015, 6, 18}));
  EXPECT_EQ(hijri_to_civil(HijriDate{1436, 10, 1}), (CivilDate{2015, 7, 17}));
  EXPECT_EQ(civil_to_hijri(CivilDate{2015, 7, 21}), (HijriDate{1436, 10, 5}));
  // Ramadan 1436 had 29 days.
  EXPECT_FALSE(hijri_to_civil(HijriDate{1436, 9, 30}).has_value());
  EXPECT_FALSE(hijri_to_civil(HijriDate{1436, 13, 1}).has_value());
}

TEST(DateCalendar, HijriRoundTripsOverYears) {
  CivilDate d{2010, 1, 1};
  for (int i = 0; i < 6000; i += 7) {
    const CivilDate day = add_days(d, i);
    const std::optional<HijriDate> h = civil_to_hijri(day);
    ASSERT_TRUE(h.has_value());
    EXPECT_EQ(hijri_to_civil(*h), day);
  }
}

}  // namespace
}  // namespace marsad
