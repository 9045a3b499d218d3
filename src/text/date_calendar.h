// Calendar dates for marsad: a Gregorian date that may be known only to the
// month or the year, ISO text for it, day arithmetic, and the Hijri calendar.
//
//   CivilDate d{2025, 4, 14};
//   to_iso(d);                          // "2025-04-14"
//   to_iso(CivilDate{2025, 4, 0});      // "2025-04"
//   parse_iso_date("2025-04-14 10:30:00");          // {2025, 4, 14}
//   hijri_to_civil(HijriDate{1436, 9, 1});          // {2015, 6, 18} (Umm al-Qura)
//
// Day arithmetic uses <chrono>'s civil calendar; the Hijri calendar is ICU's
// `islamic-umalqura` (the Saudi official calendar; ICU falls back to the
// tabular Islamic calendar outside the years Umm al-Qura tables cover).
// Everything here is thread-safe (ICU calendars are per thread).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace marsad {

// A Gregorian calendar date. month == 0 means only the year is known, day == 0
// means only the year and month are known (the precision of what was written).
struct CivilDate {
  int year = 0, month = 0, day = 0;
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// A date in the Hijri (Islamic, Umm al-Qura) calendar; same precision rules.
struct HijriDate {
  int year = 0, month = 0, day = 0;
  friend bool operator==(const HijriDate&, const HijriDate&) = default;
};

// "2025-04-14", "2025-04" or "2025" depending on the precision of `date`.
std::string to_iso(const CivilDate& date);

// Parses "YYYY-MM-DD", optionally followed by a time after ' ' or 'T'
// ("2025-04-14 10:30:00", "2025-04-14T10:30:00Z"), and also "YYYY-MM" and
// "YYYY". Leading/trailing spaces are ignored. nullopt when the text is not
// such a date or names no real day (2025-02-30).
std::optional<CivilDate> parse_iso_date(std::string_view text);

// True when year is in 1..9999, month in 0..12, day in 0..days_in_month, and
// a day is given only together with a month.
bool is_valid(const CivilDate& date);

// Number of days in `month` (1..12) of the Gregorian `year`.
int days_in_month(int year, int month);

// `date` (day precision) moved by `days` (negative: earlier).
CivilDate add_days(const CivilDate& date, int days);

// `date` (month precision or finer) moved by `months`; returns month precision.
CivilDate add_months(const CivilDate& date, int months);

// Day of the week of `date` (day precision): 0 = Sunday ... 6 = Saturday.
int weekday(const CivilDate& date);

// Days from 1970-01-01 to `date` (day precision); differences of two dates.
long days_since_epoch(const CivilDate& date);

// The Gregorian day of a Hijri day (day precision). nullopt when the Hijri
// date does not exist (month out of 1..12, day beyond the month's 29 or 30).
std::optional<CivilDate> hijri_to_civil(const HijriDate& date);

// The Hijri day of a Gregorian day (day precision).
std::optional<HijriDate> civil_to_hijri(const CivilDate& date);

}  // namespace marsad
