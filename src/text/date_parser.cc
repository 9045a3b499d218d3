#include "text/date_parser.h"

#include <cstdlib>

#include "text/date_lexicon.h"

namespace marsad {
namespace {

using date_detail::DateToken;
using date_detail::DateTokens;
using date_detail::Word;
using Kind = DateMention::Kind;

enum class Calendar { kGregorian, kHijri };

// A date expression over tokens [first, last] of a line.
struct Candidate {
  size_t first = 0, last = 0;
  CivilDate date;
  Kind kind = Kind::kAbsolute;
};

// A month name, possibly bracketed and with an alternate name of the same
// month: "أبريل", "(أبريل)", "نيسان/أبريل", "مايو (أيار)". `end` is one past it.
struct MonthGroup {
  Calendar calendar = Calendar::kGregorian;
  int month = 0;
  size_t end = 0;
  bool latin = false;
};

bool is_modifier(Word w) { return w == Word::kPast || w == Word::kNext || w == Word::kCurrent; }

// A date of `calendar` (day or month 0 when unknown) as a Gregorian date of the
// same precision; see find_dates for how Hijri months and years map.
std::optional<CivilDate> to_civil(Calendar calendar, int year, int month, int day) {
  if (calendar == Calendar::kGregorian) {
    const CivilDate date{year, month, day};
    if (!is_valid(date)) return std::nullopt;
    return date;
  }
  if (day > 0) return hijri_to_civil(HijriDate{year, month, day});
  std::optional<CivilDate> date = hijri_to_civil(HijriDate{year, month > 0 ? month : 7, month > 0 ? 15 : 1});
  if (!date) return std::nullopt;
  date->day = 0;
  if (month == 0) date->month = 0;
  return date;
}

CivilDate weekday_on_or_before(const CivilDate& ref, int wanted) {
  return add_days(ref, -((weekday(ref) - wanted + 7) % 7));
}

CivilDate weekday_on_or_after(const CivilDate& ref, int wanted) {
  return add_days(ref, (wanted - weekday(ref) + 7) % 7);
}

// Reads the date expressions of one tokenized line.
class LineScanner {
 public:
  LineScanner(const DateTokens& tokens, std::optional<CivilDate> published)
      : t_(tokens), published_(published && published->day > 0 ? published : std::nullopt) {}

  // Every expression of the line, left to right, longest first at each place.
  std::vector<Candidate> scan() const {
    std::vector<Candidate> found;
    size_t i = 0;
    while (i < t_.size()) {
      if (std::optional<Candidate> c = match_at(i)) {
        found.push_back(*c);
        i = c->last + 1;
      } else {
        ++i;
      }
    }
    return found;
  }

 private:
  // ---- token access -------------------------------------------------------
  bool is_number(size_t i) const { return i < t_.size() && t_[i].type == DateToken::Type::kNumber; }
  bool is_punct(size_t i, char32_t c) const {
    return i < t_.size() && t_[i].type == DateToken::Type::kPunct && t_[i].value == static_cast<int>(c);
  }
  bool is_punct_in(size_t i, std::u32string_view set) const {
    return i < t_.size() && t_[i].type == DateToken::Type::kPunct &&
           set.find(static_cast<char32_t>(t_[i].value)) != std::u32string_view::npos;
  }
  Word word(size_t i) const { return i < t_.size() ? t_[i].lexeme.word : Word::kNone; }
  int value(size_t i) const { return i < t_.size() ? t_[i].value : 0; }
  int lexeme_value(size_t i) const { return t_[i].lexeme.value; }
  int digits(size_t i) const { return t_[i].digits; }
  // True when token i touches the token before it (no space between).
  bool glued(size_t i) const { return i < t_.size() && !t_[i].space_before; }
  // One past the (possibly multi-word) date word starting at i.
  size_t after_word(size_t i) const { return i + (t_[i].lexeme_tokens > 0 ? t_[i].lexeme_tokens : 1); }
  bool is_month(size_t i) const {
    return word(i) == Word::kGregorianMonth || word(i) == Word::kHijriMonth;
  }

  // Number i is not the tail of a longer number ("3.2025", "12/2025", "+2025").
  // A 4-digit number after "2013-" or "2013/" is allowed (a range of years).
  bool clean_left(size_t i) const {
    if (i == 0 || !glued(i) || t_[i - 1].type != DateToken::Type::kPunct) return true;
    if (is_punct_in(i - 1, U"+$€£")) return false;
    if (!is_punct_in(i - 1, U"/-.,:\u066B\u066C") || !is_number(i - 2) || !glued(i - 1)) return true;
    return is_punct_in(i - 1, U"-/") && digits(i - 2) == 4 && digits(i) == 4;
  }
  // Number i is not the head of a longer number ("2025.5", "2025/12") or a
  // percentage; "2013-2014" is allowed.
  bool clean_right(size_t i) const {
    if (!glued(i + 1) || t_[i + 1].type != DateToken::Type::kPunct) return true;
    if (is_punct_in(i + 1, U"%\u066A")) return false;
    if (!is_punct_in(i + 1, U"/-.,:\u066B\u066C") || !is_number(i + 2) || !glued(i + 2)) return true;
    return is_punct_in(i + 1, U"-/") && digits(i) == 4 && digits(i + 2) == 4;
  }
  bool is_day_number(size_t i) const {
    return is_number(i) && digits(i) <= 2 && value(i) >= 1 && value(i) <= 31;
  }

  // ---- pieces -------------------------------------------------------------
  std::optional<MonthGroup> month_group(size_t j) const {
    MonthGroup g;
    size_t name = j;
    if (is_punct(j, U'(') && is_month(j + 1) && is_punct(after_word(j + 1), U')')) {
      name = j + 1;
      g.end = after_word(j + 1) + 1;
    } else if (is_month(j)) {
      g.end = after_word(j);
    } else {
      return std::nullopt;
    }
    g.calendar = word(name) == Word::kHijriMonth ? Calendar::kHijri : Calendar::kGregorian;
    g.month = lexeme_value(name);
    g.latin = t_[name].latin;
    // An alternate name of the same month: "نيسان/أبريل", "مايو (أيار)".
    const size_t k = g.end;
    auto same_month = [&](size_t m) { return word(m) == word(name) && lexeme_value(m) == g.month; };
    if (is_punct(k, U'/') && same_month(k + 1)) {
      g.end = after_word(k + 1);
    } else if (is_punct(k, U'(') && same_month(k + 1) && is_punct(after_word(k + 1), U')')) {
      g.end = after_word(k + 1) + 1;
    }
    return g;
  }

  // A year written after a month (or a day and month) of `calendar` at token k,
  // with its calendar marker if any; sets `last` to its last token.
  bool year_after_month(size_t k, Calendar calendar, int& year, size_t& last) const {
    if (!is_number(k) || !clean_right(k)) return false;
    year = value(k);
    if (calendar == Calendar::kGregorian) {
      if (digits(k) != 4 || year < 1000 || year > 2200) return false;
      if (word(k + 1) == Word::kHijriMarker) return false;
    } else if (digits(k) < 3 || digits(k) > 4 || year < 1 || year > 1700) {
      return false;
    }
    last = k;
    if (word(k + 1) == Word::kGregorianMarker && calendar == Calendar::kGregorian) last = k + 1;
    if (word(k + 1) == Word::kHijriMarker) last = k + 1;
    return true;
  }

  // A day and month with no year, placed by `modifier` (kNone: the nearest
  // year, among those where it falls on `weekday` when one was written).
  std::optional<CivilDate> place_day(Calendar calendar, int month, int day, Word modifier,
                                     int written_weekday) const {
    if (!published_) return std::nullopt;
    const CivilDate p = *published_;
    int ref_year = p.year, ref_month = p.month, ref_day = p.day;
    if (calendar == Calendar::kHijri) {
      const std::optional<HijriDate> h = civil_to_hijri(p);
      if (!h) return std::nullopt;
      ref_year = h->year, ref_month = h->month, ref_day = h->day;
    }
    const int order = month != ref_month ? (month < ref_month ? -1 : 1)
                                         : (day == ref_day ? 0 : (day < ref_day ? -1 : 1));
    if (modifier == Word::kPast) return to_civil(calendar, order < 0 ? ref_year : ref_year - 1, month, day);
    if (modifier == Word::kNext) return to_civil(calendar, order > 0 ? ref_year : ref_year + 1, month, day);
    if (modifier == Word::kCurrent) return to_civil(calendar, ref_year, month, day);
    std::optional<CivilDate> best;
    long best_distance = 0;
    bool best_on_weekday = false;
    for (int year = ref_year - 1; year <= ref_year + 1; ++year) {
      const std::optional<CivilDate> d = to_civil(calendar, year, month, day);
      if (!d) continue;
      const long distance = std::labs(days_since_epoch(*d) - days_since_epoch(p));
      const bool on_weekday = written_weekday >= 0 && weekday(*d) == written_weekday;
      if (!best || (on_weekday && !best_on_weekday) ||
          (on_weekday == best_on_weekday && distance < best_distance)) {
        best = d, best_distance = distance, best_on_weekday = on_weekday;
      }
    }
    return best;
  }

  // A month with no year, placed by `modifier` (month precision).
  std::optional<CivilDate> place_month(Calendar calendar, int month, Word modifier) const {
    if (!published_) return std::nullopt;
    int ref_year = published_->year, ref_month = published_->month;
    if (calendar == Calendar::kHijri) {
      const std::optional<HijriDate> h = civil_to_hijri(*published_);
      if (!h) return std::nullopt;
      ref_year = h->year, ref_month = h->month;
    }
    int year = ref_year;
    if (modifier == Word::kPast && month >= ref_month) year = ref_year - 1;
    if (modifier == Word::kNext && month <= ref_month) year = ref_year + 1;
    return to_civil(calendar, year, month, 0);
  }

  // ---- patterns -----------------------------------------------------------
  // "14/04/2025", "05 - 04 - 2025", "2025-04-14", "4/10/1436", "1436/10/30 هـ".
  std::optional<Candidate> match_numeric(size_t start) const {
    int wd;
    const size_t i = skip_weekday(start, wd);
    if (!is_number(i) || !clean_left(i)) return std::nullopt;
    if (!is_punct_in(i + 1, U"/-.") || !is_number(i + 2) || !is_number(i + 4)) return std::nullopt;
    if (!is_punct(i + 3, static_cast<char32_t>(value(i + 1)))) return std::nullopt;
    int year, month, day;
    if (digits(i) == 4 && digits(i + 2) <= 2 && digits(i + 4) <= 2) {
      year = value(i), month = value(i + 2), day = value(i + 4);
    } else if (digits(i) <= 2 && digits(i + 2) <= 2 && digits(i + 4) == 4) {
      year = value(i + 4);
      const bool month_first = value(i) <= 12 && value(i + 2) > 12;  // 04/14/2025
      month = month_first ? value(i) : value(i + 2);
      day = month_first ? value(i + 2) : value(i);
    } else {
      return std::nullopt;
    }
    if (!clean_right(i + 4) || month < 1 || month > 12 || day < 1) return std::nullopt;
    Candidate c;
    c.first = start;
    c.last = i + 4;
    Calendar calendar;
    if (year >= 1900 && year <= 2100) {
      calendar = Calendar::kGregorian;
      if (word(c.last + 1) == Word::kGregorianMarker) ++c.last;
    } else if (year >= 1300 && year <= 1500) {
      calendar = Calendar::kHijri;
      if (word(c.last + 1) == Word::kHijriMarker) ++c.last;
    } else {
      return std::nullopt;
    }
    const std::optional<CivilDate> date = to_civil(calendar, year, month, day);
    if (!date) return std::nullopt;
    c.date = *date;
    c.kind = calendar == Calendar::kHijri ? Kind::kHijri : Kind::kAbsolute;
    return c;
  }

  // An optional weekday before a date: "الاثنين 14 أبريل", "يوم الأحد 22
  // مارس", "الأحد الموافق 10/10/1436", "Monday, April 14". Returns where the
  // date itself starts, and the weekday in `wd` (-1 when there is none).
  size_t skip_weekday(size_t i, int& wd) const {
    wd = -1;
    size_t j = i;
    if (word(j) == Word::kDayWord && word(after_word(j)) == Word::kWeekday) j = after_word(j);
    if (word(j) != Word::kWeekday) return i;
    wd = lexeme_value(j);
    j = after_word(j);
    if (is_punct_in(j, U",\u060C-\u2013")) ++j;
    if (word(j) == Word::kDatelineConnector && !t_[j].latin) j = after_word(j);  // الموافق, بتاريخ
    return j;
  }

  // A bare number followed by an indefinite accusative noun is a count
  // ("1959 فرعا", "2000 عاما"), not a year.
  bool before_counted_noun(size_t k) const {
    if (k >= t_.size() || t_[k].type != DateToken::Type::kWord || t_[k].latin || word(k) != Word::kNone) {
      return false;
    }
    const std::string_view w = t_.norm(k);
    static constexpr std::string_view kAlef = "\u0627", kAl = "\u0627\u0644";
    return w.size() >= 6 && w.substr(w.size() - kAlef.size()) == kAlef && w.substr(0, kAl.size()) != kAl;
  }

  // "14 أبريل 2025", "الاثنين 14 أبريل", "4 (أبريل) 2025", "1er avril",
  // "15 شوال 1436 هـ", "14 أبريل الجاري", "14 من الشهر الجاري".
  std::optional<Candidate> match_day_month(size_t i) const {
    int wd;
    const size_t j = skip_weekday(i, wd);
    if (!is_day_number(j) || (glued(j) && is_punct_in(j - 1, U".,\u066B"))) return std::nullopt;
    const int day = value(j);
    size_t k = j + 1;
    if (word(k) == Word::kOrdinalSuffix && glued(k)) ++k;
    if (word(k) == Word::kOf) k = after_word(k);
    Candidate c;
    c.first = i;
    if (word(k) == Word::kMonthUnit) {  // "14 من الشهر الجاري"
      const size_t m = after_word(k);
      if (!published_ || !is_modifier(word(m))) return std::nullopt;
      const int shift = word(m) == Word::kPast ? -1 : (word(m) == Word::kNext ? 1 : 0);
      const CivilDate month = add_months(*published_, shift);
      const std::optional<CivilDate> date = to_civil(Calendar::kGregorian, month.year, month.month, day);
      if (!date) return std::nullopt;
      c.last = after_word(m) - 1;
      c.date = *date;
      c.kind = Kind::kRelative;
      return c;
    }
    const std::optional<MonthGroup> g = month_group(k);
    if (!g) return std::nullopt;
    size_t year_at = g->end;
    if (g->latin && is_punct(year_at, U',')) ++year_at;  // "14 April, 2025"
    int year = 0;
    size_t last = 0;
    std::optional<CivilDate> date;
    if (year_after_month(year_at, g->calendar, year, last)) {
      date = to_civil(g->calendar, year, g->month, day);
      c.kind = g->calendar == Calendar::kHijri ? Kind::kHijri : Kind::kAbsolute;
      c.last = last;
    } else {
      // "صفر" is also "zero" (a score "2 صفر"): without a year it is not read.
      if (g->calendar == Calendar::kHijri && g->month == 2) return std::nullopt;
      const Word modifier = word(g->end);
      date = place_day(g->calendar, g->month, day, is_modifier(modifier) ? modifier : Word::kNone, wd);
      c.kind = g->calendar == Calendar::kHijri ? Kind::kHijri : Kind::kRelative;
      c.last = is_modifier(modifier) ? after_word(g->end) - 1 : g->end - 1;
    }
    if (!date) return std::nullopt;
    c.date = *date;
    return c;
  }

  // "أبريل 2025", "شهر رمضان 1436", "مايو (أيار) الماضي", "April 14, 2025",
  // "Monday, April 14".
  std::optional<Candidate> match_month_first(size_t i) const {
    int wd;
    const size_t weekday_end = skip_weekday(i, wd);
    const bool has_weekday = weekday_end != i;
    size_t j = weekday_end;
    if (!has_weekday && word(j) == Word::kMonthWord) j = after_word(j);
    const std::optional<MonthGroup> g = month_group(j);
    if (!g) return std::nullopt;
    Candidate c;
    c.first = i;
    const size_t k = g->end;
    int year = 0;
    size_t last = 0;
    std::optional<CivilDate> date;
    if (g->latin && is_day_number(k)) {  // English order: "April 14, 2025"
      const int day = value(k);
      size_t e = k;
      if (word(e + 1) == Word::kOrdinalSuffix && glued(e + 1)) ++e;
      const size_t year_at = is_punct(e + 1, U',') ? e + 2 : e + 1;
      if (year_after_month(year_at, g->calendar, year, last)) {
        date = to_civil(g->calendar, year, g->month, day);
        c.kind = Kind::kAbsolute;
        c.last = last;
      } else {
        date = place_day(g->calendar, g->month, day, Word::kNone, wd);
        c.kind = Kind::kRelative;
        c.last = e;
      }
    } else if (has_weekday) {
      return std::nullopt;  // a weekday goes only with a full day
    } else if (year_after_month(k, g->calendar, year, last)) {
      date = to_civil(g->calendar, year, g->month, 0);
      c.kind = g->calendar == Calendar::kHijri ? Kind::kHijri : Kind::kAbsolute;
      c.last = last;
    } else if (is_modifier(word(k))) {
      date = place_month(g->calendar, g->month, word(k));
      c.kind = g->calendar == Calendar::kHijri ? Kind::kHijri : Kind::kRelative;
      c.last = after_word(k) - 1;
    }
    if (!date) return std::nullopt;
    c.date = *date;
    return c;
  }

  // "2030", "عام 2030", "في 2030", "2014م", "1436هـ", "عام 1436 هـ".
  std::optional<Candidate> match_year(size_t i) const {
    size_t j = i;
    bool marked = false;
    const bool year_word = word(i) == Word::kYearUnit || word(i) == Word::kYearWord;
    if (year_word || word(i) == Word::kIn) {
      j = after_word(i);
      marked = true;
    }
    if (!is_number(j) || !clean_left(j) || !clean_right(j)) return std::nullopt;
    const int year = value(j);
    Candidate c;
    c.first = year_word ? i : j;
    c.last = j;
    if (word(j + 1) == Word::kHijriMarker) {
      if (digits(j) < 3 || year > 1700) return std::nullopt;
      c.last = j + 1;
      c.kind = Kind::kHijri;
      const std::optional<CivilDate> date = to_civil(Calendar::kHijri, year, 0, 0);
      if (!date) return std::nullopt;
      c.date = *date;
      return c;
    }
    if (digits(j) != 4 || year < 1900 || year > 2100) return std::nullopt;
    if (word(j + 1) == Word::kGregorianMarker) {
      c.last = j + 1;
      marked = true;
    }
    if (word(j + 1) == Word::kQuantityWord || is_number(j + 1)) return std::nullopt;
    if (!marked && j > 0 && (word(j - 1) == Word::kNumberLabel || is_number(j - 1))) return std::nullopt;
    if (!marked && before_counted_noun(j + 1)) return std::nullopt;
    c.kind = Kind::kAbsolute;
    c.date = CivilDate{year, 0, 0};
    return c;
  }

  // اليوم, أمس, غدا, weekdays, "الأسبوع الماضي", "last week", "l'an dernier"...
  std::optional<Candidate> match_relative(size_t i) const {
    if (!published_) return std::nullopt;
    const CivilDate p = *published_;
    size_t j = i;
    Word w = word(i);
    if (w == Word::kDayWord) {  // "يوم الاثنين", "يوم أمس"
      j = after_word(i);
      w = word(j);
      if (w != Word::kWeekday && w != Word::kYesterday && w != Word::kDayBeforeYesterday) {
        return std::nullopt;
      }
    }
    Candidate c;
    c.first = i;
    c.kind = Kind::kRelative;
    const size_t k = after_word(j);
    // A weekday right after today/yesterday/tomorrow, bare or bracketed:
    // "اليوم الثلاثاء", "اليوم (الاثنين)", "أمس الإثنين".
    auto weekday_after = [&](size_t at, size_t& last) -> int {
      if (word(at) == Word::kWeekday) {
        last = after_word(at) - 1;
        return lexeme_value(at);
      }
      if (is_punct(at, U'(') && word(at + 1) == Word::kWeekday && is_punct(after_word(at + 1), U')')) {
        last = after_word(at + 1);
        return lexeme_value(at + 1);
      }
      return -1;
    };
    c.last = k - 1;
    switch (w) {
      case Word::kToday: {
        if (j == i && i > 0 && word(i - 1) == Word::kDemonstrative) return std::nullopt;  // "ذلك اليوم"
        if (word(k) == Word::kTodayAsNoun) return std::nullopt;  // "اليوم الوطني"
        const int wd = weekday_after(k, c.last);
        c.date = wd >= 0 ? weekday_on_or_before(p, wd) : p;
        return c;
      }
      case Word::kYesterday:
      case Word::kDayBeforeYesterday: {
        const CivilDate ref = add_days(p, w == Word::kYesterday ? -1 : -2);
        const int wd = weekday_after(k, c.last);
        c.date = wd >= 0 ? weekday_on_or_before(ref, wd) : ref;
        return c;
      }
      case Word::kTomorrow:
      case Word::kDayAfterTomorrow: {
        const CivilDate ref = add_days(p, w == Word::kTomorrow ? 1 : 2);
        const int wd = weekday_after(k, c.last);
        c.date = wd >= 0 ? weekday_on_or_after(ref, wd) : ref;
        return c;
      }
      case Word::kWeekday: {
        const int wd = lexeme_value(j);
        if (word(k) == Word::kPast) {
          c.date = weekday_on_or_before(add_days(p, -1), wd);
          c.last = after_word(k) - 1;
        } else if (word(k) == Word::kNext) {
          c.date = weekday_on_or_after(add_days(p, 1), wd);
          c.last = after_word(k) - 1;
        } else {
          c.date = weekday_on_or_before(p, wd);
        }
        return c;
      }
      case Word::kPast:
      case Word::kNext:
      case Word::kThis:  // modifier first: "last week", "next Monday", "هذا العام"
        if (word(k) == Word::kWeekday) {
          const int wd = lexeme_value(k);
          c.date = w == Word::kPast   ? weekday_on_or_before(add_days(p, -1), wd)
                   : w == Word::kNext ? weekday_on_or_after(add_days(p, 1), wd)
                                      : weekday_on_or_before(p, wd);
          c.last = after_word(k) - 1;
          return c;
        }
        if (!resolve_unit(word(k), w, c.date)) return std::nullopt;
        c.last = after_word(k) - 1;
        return c;
      case Word::kWeekUnit:
      case Word::kMonthUnit:
      case Word::kYearUnit: {  // unit first: "الأسبوع الماضي", "l'an dernier"
        if (!is_modifier(word(k))) return std::nullopt;
        // "النائب العام الحالي" is "the current attorney general": العام after
        // a definite noun is an adjective, not "the year".
        if (w == Word::kYearUnit && i > 0 && t_[i].lexeme_tokens == 1 && t_.norm(i) == "\u0627\u0644\u0639\u0627\u0645" &&
            t_[i - 1].type == DateToken::Type::kWord && word(i - 1) == Word::kNone &&
            t_.norm(i - 1).substr(0, 4) == "\u0627\u0644") {
          return std::nullopt;
        }
        if (!resolve_unit(w, word(k), c.date)) return std::nullopt;
        c.last = after_word(k) - 1;
        return c;
      }
      default:
        return std::nullopt;
    }
  }

  // The week, month or year `unit` moved by `modifier` from publication.
  bool resolve_unit(Word unit, Word modifier, CivilDate& out) const {
    const int shift = modifier == Word::kPast ? -1 : (modifier == Word::kNext ? 1 : 0);
    const CivilDate p = *published_;
    switch (unit) {
      case Word::kWeekUnit: out = add_days(p, 7 * shift); return true;
      case Word::kMonthUnit: out = add_months(p, shift); return true;
      case Word::kYearUnit: out = CivilDate{p.year + shift, 0, 0}; return true;
      default: return false;
    }
  }

  std::optional<Candidate> match_at(size_t i) const {
    const DateToken& tok = t_[i];
    if (tok.type == DateToken::Type::kPunct && !is_punct(i, U'(')) return std::nullopt;
    if (tok.type == DateToken::Type::kWord && tok.lexeme.word == Word::kNone) return std::nullopt;
    std::optional<Candidate> best;
    auto consider = [&](std::optional<Candidate> c) {
      if (c && (!best || c->last > best->last)) best = c;
    };
    consider(match_numeric(i));
    consider(match_day_month(i));
    consider(match_month_first(i));
    consider(match_year(i));
    consider(match_relative(i));
    return best;
  }

  const DateTokens& t_;
  std::optional<CivilDate> published_;
};

// ---- datelines --------------------------------------------------------------

bool has_digit(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= '0' && c <= '9') return true;
    if (i + 1 < s.size()) {
      const auto d = static_cast<unsigned char>(s[i + 1]);
      if ((c == 0xD9 && d >= 0xA0 && d <= 0xA9) || (c == 0xDB && d >= 0xB0 && d <= 0xB9)) return true;
    }
  }
  return false;
}

constexpr size_t kMaxDatelineBytes = 200;
constexpr size_t kMaxOutletTokens = 6;

// One past a time of day starting at token i ("10:30", "10:30:00", "10h30",
// "10h"), or i when there is none.
size_t skip_time(const DateTokens& t, size_t i) {
  auto number = [&](size_t k, int max_digits, int max_value) {
    return k < t.size() && t[k].type == DateToken::Type::kNumber && t[k].digits <= max_digits &&
           t[k].value <= max_value;
  };
  auto punct = [&](size_t k, char32_t c) {
    return k < t.size() && t[k].type == DateToken::Type::kPunct && t[k].value == static_cast<int>(c);
  };
  if (!number(i, 2, 24)) return i;
  size_t k = i + 1;
  if (punct(k, U':') && number(k + 1, 2, 59) && t[k + 1].digits == 2) {
    k += 2;
    if (punct(k, U':') && number(k + 1, 2, 59) && t[k + 1].digits == 2) k += 2;
    return k;
  }
  if (k < t.size() && t[k].type == DateToken::Type::kWord && t.norm(k) == "h") {
    ++k;
    if (number(k, 2, 59) && t[k].digits == 2 && !t[k].space_before) ++k;
    return k;
  }
  return i;
}

size_t after_word_or_one(const DateTokens& t, size_t i) {
  return i + (t[i].lexeme_tokens > 0 ? t[i].lexeme_tokens : 1);
}

// Punctuation a dateline may hold between its parts.
bool is_separator(int code_point) {
  static constexpr std::u32string_view kSeparators = U"-–—|/:,،.()[]•·*«»\"'";
  return kSeparators.find(static_cast<char32_t>(code_point)) != std::u32string_view::npos;
}

// The dateline that the tokens of `line` form with the date expressions
// `found` in them, if they are nothing else (see parse_dateline).
std::optional<Dateline> dateline_from(const DateTokens& t, std::string_view line, uint32_t base,
                                      const std::vector<Candidate>& found) {
  const Candidate* chosen = nullptr;
  for (const Candidate& c : found) {
    if (c.kind == Kind::kRelative) return std::nullopt;
    if (c.date.day == 0) continue;
    if (!chosen || (chosen->kind == Kind::kHijri && c.kind == Kind::kAbsolute)) chosen = &c;
  }
  if (!chosen) return std::nullopt;

  auto role = [&](size_t i) { return i < t.size() ? t[i].lexeme.word : Word::kNone; };
  auto is_connector = [](Word w) {
    return w == Word::kDatelineConnector || w == Word::kIn || w == Word::kDayWord;
  };
  size_t next_found = 0;
  auto starts_date = [&](size_t i) { return next_found < found.size() && found[next_found].first == i; };
  // A connector ends the outlet when what follows belongs to the date part.
  auto ends_outlet = [&](size_t i) {
    if (i >= t.size()) return true;
    if (starts_date(i) || t[i].type == DateToken::Type::kPunct) return true;
    const Word w = role(i);
    return is_connector(w) || w == Word::kDatelineWord || w == Word::kWeekday || w == Word::kTimeWord;
  };

  enum class Slot { kNone, kJustOpened, kOpen, kClosed };
  Slot slot = Slot::kNone;
  size_t outlet_first = 0, outlet_last = 0, outlet_tokens = 0;
  size_t i = 0;
  while (i < t.size()) {
    if (starts_date(i)) {
      if (slot != Slot::kNone) slot = Slot::kClosed;
      i = found[next_found++].last + 1;
      continue;
    }
    const DateToken& tok = t[i];
    const Word w = role(i);
    if (slot == Slot::kJustOpened || slot == Slot::kOpen) {
      const bool empty = outlet_tokens == 0;
      if (tok.type == DateToken::Type::kPunct) {
        if (empty && (tok.value == ':' || tok.value == '-')) {  // "نشر في : 14 أبريل 2025"
          ++i;
          continue;
        }
        slot = Slot::kClosed;
      } else if (is_connector(w) && (slot == Slot::kJustOpened || ends_outlet(i + 1))) {
        // "نشر في", "publié dans": the connector after the opener is skipped;
        // a later one before the date ("يوم", "le") ends the outlet.
        slot = empty ? Slot::kOpen : Slot::kClosed;
        ++i;
        continue;
      } else if (!empty && ends_outlet(i)) {
        slot = Slot::kClosed;
      } else {
        if (empty) outlet_first = i;
        outlet_last = i;
        if (++outlet_tokens > kMaxOutletTokens) return std::nullopt;
        slot = Slot::kOpen;
        i = after_word_or_one(t, i);
        continue;
      }
    }
    if (tok.type == DateToken::Type::kPunct) {
      if (!is_separator(tok.value)) return std::nullopt;
      ++i;
      continue;
    }
    if (tok.type == DateToken::Type::kNumber) {
      const size_t end = skip_time(t, i);
      if (end == i) return std::nullopt;
      i = end;
      continue;
    }
    switch (w) {
      case Word::kDatelineOpener:
        if (slot != Slot::kNone) return std::nullopt;
        slot = Slot::kJustOpened;
        break;
      case Word::kDatelineWord:
      case Word::kDatelineConnector:
      case Word::kIn:
      case Word::kDayWord:
      case Word::kWeekday:
      case Word::kGregorianMarker:
      case Word::kHijriMarker:
      case Word::kTimeWord:
        break;
      case Word::kPast:  // "Last updated"
        if (!tok.latin) return std::nullopt;
        break;
      default:
        return std::nullopt;
    }
    i = after_word_or_one(t, i);
  }

  Dateline out;
  out.date = chosen->date;
  if (outlet_tokens > 0) {
    out.outlet = std::string(line.substr(t[outlet_first].begin - base, t[outlet_last].end - t[outlet_first].begin));
  }
  return out;
}

}  // namespace

std::vector<DateMention> find_dates(std::string_view text, std::optional<CivilDate> published) {
  std::vector<DateMention> out;
  thread_local DateTokens tokens;  // its buffers are reused from call to call
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    tokens.tokenize(line, static_cast<uint32_t>(pos));
    const std::vector<Candidate> found = LineScanner(tokens, published).scan();
    if (!found.empty()) {
      const bool is_dateline = line.size() <= kMaxDatelineBytes &&
                               dateline_from(tokens, line, static_cast<uint32_t>(pos), found).has_value();
      for (const Candidate& c : found) {
        DateMention m;
        m.begin = tokens[c.first].begin;
        m.end = tokens[c.last].end;
        m.date = c.date;
        m.kind = is_dateline ? Kind::kDateline : c.kind;
        out.push_back(m);
      }
    }
    pos = end + 1;
  }
  return out;
}

std::optional<Dateline> parse_dateline(std::string_view line) {
  if (line.size() > kMaxDatelineBytes || !has_digit(line)) return std::nullopt;
  thread_local DateTokens tokens;
  tokens.tokenize(line);
  const std::vector<Candidate> found = LineScanner(tokens, std::nullopt).scan();
  if (found.empty()) return std::nullopt;
  return dateline_from(tokens, line, 0, found);
}

}  // namespace marsad
