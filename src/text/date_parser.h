// Dates in news text: finding and resolving date expressions in Arabic,
// French and English, and recognizing publication datelines.
//
//   auto published = parse_iso_date(doc.published);            // e.g. 2025-04-05
//   for (const DateMention& m : find_dates(text, published)) {
//     use(to_iso(m.date), m.text(text), m.kind);  // "2025-04-14", "يوم 14 أبريل الجاري"...
//   }
//   if (auto d = parse_dateline("نشر في العلم يوم 05 - 04 - 2025")) {
//     d->outlet;   // "العلم"
//     d->date;     // {2025, 4, 5}
//   }
//
// What is recognized:
//   - Gregorian dates with month names in all the Arabic traditions
//     (يناير / كانون الثاني / جانفي, ماي / يوليوز / غشت / شتنبر / نونبر / دجنبر...),
//     French and English: "14 أبريل 2025", "الاثنين 14 أبريل", "أبريل 2025",
//     "نيسان/أبريل 2025", "4 (أبريل) 2025", "مايو (أيار) الماضي",
//     "14 avril 2025", "1er avril", "April 14, 2025", "14 April 2025".
//     Clitics و/ب/ل/ف before a month are looked through ("وفي", "بأبريل").
//   - Numeric dates "14/04/2025", "14-4-2025", "05 - 04 - 2025", "14.04.2025",
//     "2025-04-14", "2025/04/14" (day first unless the first number is above 12);
//     with a year in 1300..1500 the date is Hijri ("4/10/1436", "1436/10/30 هـ").
//   - Hijri dates "15 شوال 1436 هـ", "رمضان 1436", "1436هـ", converted with ICU's
//     Umm al-Qura calendar (text/date_calendar.h). A Hijri year alone needs its
//     marker هـ: a bare "1436" is not a year.
//   - Years standing alone: "عام 2030", "سنة 2026", "في 2030", "2014م", or a bare
//     1900..2100 number that is not part of a longer number ("2.2030", "2030%"),
//     not after another number or "رقم", and not before a number, a unit or an
//     indefinite counted noun ("2030 شخصا", "1959 فرعا" are counts).
//   - A weekday, "يوم" + weekday, or "الموافق" before a date is part of it:
//     "يوم الأحد 22 مارس", "الأحد الموافق 10/10/1436".
//   - With `published` known, expressions relative to it (rules in find_dates).
// Digits may be ASCII, Arabic-Indic (٠-٩) or Persian (۰-۹).
//
// Why a hand-written scanner over tokens rather than regular expressions: the
// grammar has many optional parts (weekday, clitics, bracketed alternate
// month, calendar marker, relative modifier) whose combinations would make one
// unreadable regex, and each part needs a check a regex cannot make (is the
// day real in that month, is this month name capitalized, what came before).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/date_calendar.h"

namespace marsad {

// One date expression found in a text.
struct DateMention {
  // How the date was written.
  enum class Kind {
    kAbsolute,  // a Gregorian date with its year written ("14 أبريل 2025", "2030")
    kRelative,  // resolved against the publication date ("أمس", "14 أبريل الجاري", "14 avril")
    kHijri,     // written in the Hijri calendar (with or without its year)
    kDateline,  // an absolute date on a line that is only a dateline (see parse_dateline)
  };

  size_t begin = 0, end = 0;  // byte offsets of the expression in the text
  CivilDate date;             // month/day 0 when the expression names only a year/month
  Kind kind = Kind::kAbsolute;

  // The expression as written; `text` is the string find_dates was given.
  std::string_view text(std::string_view text) const { return text.substr(begin, end - begin); }
};

// Finds the date expressions of `text`, left to right, without overlaps (at
// each place the longest expression wins). Expressions never span lines.
//
// `published` (day precision) resolves relative expressions; without it they
// are not reported. The rules, for news written about the past:
//   - اليوم/today: published; أمس/hier: the day before; أمس الأول/أول أمس:
//     two days before; غدا/demain: the day after; بعد غد: two days after.
//   - A bare weekday ("الاثنين", "يوم الاثنين", "lundi", "Monday") is the most
//     recent such day on or before publication; with الماضي/dernier/last the
//     most recent strictly before; with المقبل/القادم/prochain/next the first
//     strictly after. "اليوم الاثنين", "اليوم (الاثنين)": the most recent Monday
//     on or before publication (the weekday is trusted over the clock, since a
//     page is often stamped the day after it was written); "أمس الإثنين": the
//     most recent Monday on or before the day before publication.
//   - الأسبوع الماضي/المقبل: seven days before/after publication (a day of that
//     week); الشهر الماضي/الجاري/المقبل and العام الماضي/الجاري/المقبل: that month
//     or year, at month or year precision.
//   - A day and month without a year ("14 أبريل", "14 avril"): the year that puts
//     it nearest to publication, among the years where it falls on the weekday
//     written before it, if any ("الاثنين 14 أبريل"); "14 أبريل الجاري"/"الحالي": the year of
//     publication; "14 مايو الماضي": the latest such day before publication,
//     "المقبل": the first after. A month with a modifier and no day ("مايو
//     الماضي") works the same at month precision. "14 من الشهر الجاري" is day 14
//     of the month of publication (الماضي/المقبل: of the month before/after).
//   - A Hijri day and month without a year ("15 رمضان"): the Hijri year that
//     puts it nearest to publication.
// Hijri dates with month precision give the Gregorian month holding the Hijri
// month's 15th day; with year precision, the Gregorian year holding 1 Rajab
// (the middle of the Hijri year).
std::vector<DateMention> find_dates(std::string_view text, std::optional<CivilDate> published);

// A publication dateline.
struct Dateline {
  std::string outlet;  // the outlet named in the line ("العلم"), empty if none
  CivilDate date;      // always day precision
};

// Recognizes a line that is nothing but a publication dateline, such as
//   "نشر في العلم يوم 05 - 04 - 2025", "نشر في : 14 أبريل 2025",
//   "تاريخ النشر: 14/04/2025 - 10:30", "Publié le 14/04/2025 à 10h30",
//   "Published on April 14, 2025", "2025/04/14 - 10:30",
//   "الثلاثاء - 5 شوال 1436 هـ - 21 يوليو 2015 م".
// The line must hold an absolute date with a day (Gregorian or Hijri; the first
// Gregorian one is returned when both are there), and besides it only dateline
// words (نشر, تاريخ, بتاريخ, publié, le, on...), weekdays, times, separators and,
// after an opener such as "نشر في" / "publié dans" / "source:", an outlet name.
// Anything else (a sentence that contains a date) gives nullopt. Cheap on lines
// that cannot be datelines (over 200 bytes, or without a digit): it is meant
// to be called on every short line of every page.
std::optional<Dateline> parse_dateline(std::string_view line);

}  // namespace marsad
