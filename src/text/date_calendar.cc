#include "text/date_calendar.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

namespace marsad {
namespace {

namespace chr = std::chrono;

chr::sys_days to_sys_days(const CivilDate& d) {
  return chr::sys_days{chr::year{d.year} / chr::month{static_cast<unsigned>(d.month)} /
                       chr::day{static_cast<unsigned>(d.day)}};
}

CivilDate from_sys_days(chr::sys_days days) {
  const chr::year_month_day ymd{days};
  return CivilDate{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// Reads exactly `n` ASCII digits at `pos`; -1 when they are not all digits.
int read_digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int value = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

// One ICU calendar per thread: creating it costs far more than using it, and
// an icu::Calendar must not be shared between threads.
struct IcuCalendars {
  std::unique_ptr<icu::Calendar> hijri;

  IcuCalendars() {
    UErrorCode status = U_ZERO_ERROR;
    hijri.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                              icu::Locale("ar_SA@calendar=islamic-umalqura"), status));
    if (U_FAILURE(status)) {
      hijri.reset();
      return;
    }
    hijri->setLenient(false);  // so that 30 Ramadan of a 29-day Ramadan is an error
  }
};

IcuCalendars& calendars() {
  thread_local IcuCalendars instance;
  return instance;
}

}  // namespace

std::string to_iso(const CivilDate& date) {
  char buf[16];
  if (date.month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", date.year);
  } else if (date.day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", date.year, date.month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  }
  return buf;
}

std::optional<CivilDate> parse_iso_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ||
                           text.back() == '\n')) {
    text.remove_suffix(1);
  }
  CivilDate date;
  date.year = read_digits(text, 0, 4);
  if (date.year < 0) return std::nullopt;
  size_t pos = 4;
  if (pos < text.size()) {
    if (text[pos] != '-') return std::nullopt;
    date.month = read_digits(text, pos + 1, 2);
    if (date.month < 0) return std::nullopt;
    pos += 3;
    if (pos < text.size()) {
      if (text[pos] != '-') return std::nullopt;
      date.day = read_digits(text, pos + 1, 2);
      if (date.day < 0) return std::nullopt;
      pos += 3;
      // A time may follow; the date is all this function reads of it.
      if (pos < text.size() && !((text[pos] == ' ' || text[pos] == 'T') && pos + 1 < text.size() &&
                                 text[pos + 1] >= '0' && text[pos + 1] <= '9')) {
        return std::nullopt;
      }
    }
  }
  if (date.year == 0 || !is_valid(date)) return std::nullopt;
  return date;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && chr::year{year}.is_leap()) return 29;
  return kDays[month - 1];
}

bool is_valid(const CivilDate& date) {
  if (date.year < 1 || date.year > 9999) return false;
  if (date.month < 0 || date.month > 12) return false;
  if (date.month == 0) return date.day == 0;
  return date.day >= 0 && date.day <= days_in_month(date.year, date.month);
}

CivilDate add_days(const CivilDate& date, int days) {
  return from_sys_days(to_sys_days(date) + chr::days{days});
}

CivilDate add_months(const CivilDate& date, int months) {
  const chr::year_month ym =
      chr::year{date.year} / chr::month{static_cast<unsigned>(date.month)} + chr::months{months};
  return CivilDate{static_cast<int>(ym.year()), static_cast<int>(static_cast<unsigned>(ym.month())), 0};
}

int weekday(const CivilDate& date) {
  return static_cast<int>(chr::weekday{to_sys_days(date)}.c_encoding());
}

long days_since_epoch(const CivilDate& date) {
  return static_cast<long>(to_sys_days(date).time_since_epoch().count());
}

std::optional<CivilDate> hijri_to_civil(const HijriDate& date) {
  if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1 || date.day > 30) {
    return std::nullopt;
  }
  IcuCalendars& cal = calendars();
  if (!cal.hijri) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  cal.hijri->clear();
  cal.hijri->set(date.year, date.month - 1, date.day);
  const UDate millis = cal.hijri->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  // UDate counts milliseconds from 1970-01-01 00:00 GMT, like sys_days.
  const auto days = static_cast<int>(std::floor(millis / U_MILLIS_PER_DAY));
  return from_sys_days(chr::sys_days{chr::days{days}});
}

std::optional<HijriDate> civil_to_hijri(const CivilDate& date) {
  if (!is_valid(date) || date.day == 0) return std::nullopt;
  IcuCalendars& cal = calendars();
  if (!cal.hijri) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  cal.hijri->setTime(static_cast<UDate>(days_since_epoch(date)) * U_MILLIS_PER_DAY, status);
  HijriDate out;
  out.year = cal.hijri->get(UCAL_YEAR, status);
  out.month = cal.hijri->get(UCAL_MONTH, status) + 1;
  out.day = cal.hijri->get(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

}  // namespace marsad
