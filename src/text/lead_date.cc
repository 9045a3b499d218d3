#include "text/lead_date.h"

#include <initializer_list>

#include "text/date_lexicon.h"
#include "text/date_parser.h"

namespace marsad {
namespace {

// Whether a date expression holds one of the date words `words` ("الثلاثاء" is a weekday).
bool writes(std::string_view expression, std::initializer_list<date_detail::Word> words) {
  date_detail::DateTokens tokens;
  tokens.tokenize(expression);
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (const date_detail::Word word : words) {
      if (tokens[i].lexeme.word == word) return true;
    }
  }
  return false;
}

bool in_window(const CivilDate& date, long reference_days, int max_before, int max_after) {
  const long offset = days_since_epoch(date) - reference_days;
  return offset >= -max_before && offset <= max_after;
}

// Whether an expression writes its day: a weekday or a month's name, not
// only "اليوم"/"أمس" counted from a publication time that may be a day off.
bool writes_its_day(const DateMention& m, std::string_view lead) {
  if (m.kind != DateMention::Kind::kRelative) return true;
  return writes(m.text(lead),
                {date_detail::Word::kWeekday, date_detail::Word::kGregorianMonth, date_detail::Word::kHijriMonth});
}

// The day-precise date mentions of lead between max_before days before
// published and max_after days after it; dateline dates and weeks excluded.
std::vector<DateMention> mentions_in_window(std::string_view lead, const CivilDate& published, int max_before,
                                            int max_after) {
  std::vector<DateMention> days;
  const long published_days = days_since_epoch(published);
  for (const DateMention& m : find_dates(lead, published)) {
    if (m.date.day == 0 || m.kind == DateMention::Kind::kDateline) continue;
    // "الأسبوع الماضي" names a week, not a day: the one a past happening is recalled by.
    if (m.kind == DateMention::Kind::kRelative && writes(m.text(lead), {date_detail::Word::kWeekUnit})) continue;
    if (in_window(m.date, published_days, max_before, max_after)) days.push_back(m);
  }
  return days;
}

std::vector<CivilDate> days_in_window(std::string_view lead, const CivilDate& published, int max_before,
                                      int max_after) {
  std::vector<CivilDate> days;
  for (const DateMention& m : mentions_in_window(lead, published, max_before, max_after)) days.push_back(m.date);
  return days;
}

}  // namespace

std::vector<CivilDate> happening_days(std::string_view lead, const CivilDate& published,
                                      const LeadDayOptions& options) {
  return days_in_window(lead, published, options.max_days_before, options.max_days_after);
}

std::vector<CivilDate> planned_days(std::string_view lead, const CivilDate& published, int max_days_ahead,
                                    const LeadDayOptions& options) {
  if (max_days_ahead <= options.max_days_after) return {};
  return days_in_window(lead, published, -(options.max_days_after + 1), max_days_ahead);
}

LeadDay lead_happening_day(std::string_view lead, std::optional<CivilDate> published, const LeadDayOptions& options) {
  LeadDay day;
  if (published) {
    const std::vector<DateMention> days =
        mentions_in_window(lead, *published, options.max_days_before, options.max_days_after);
    if (!days.empty()) {
      day.date = days.front().date;
      day.weekday = weekday(days.front().date);
      day.written = writes_its_day(days.front(), lead);
    }
    return day;
  }
  // Resolved against any reference day, a written weekday keeps its weekday;
  // only past or present ones (offset <= 0) tell of the happening.
  const CivilDate reference{2000, 1, 1};
  const long reference_days = days_since_epoch(reference);
  for (const DateMention& m : find_dates(lead, reference)) {
    if (m.date.day == 0 || m.kind != DateMention::Kind::kRelative) continue;
    if (!in_window(m.date, reference_days, options.max_days_before, 0)) continue;
    if (!writes(m.text(lead), {date_detail::Word::kWeekday})) continue;
    day.weekday = weekday(m.date);
    day.written = true;
    break;
  }
  return day;
}

}  // namespace marsad
