#include "describe/happening_date.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "text/lead_date.h"

namespace marsad {

CivilDate civil_day_of(int64_t unix_seconds) {
  const long days = static_cast<long>(unix_seconds >= 0 ? unix_seconds / 86400 : (unix_seconds - 86399) / 86400);
  return add_days(CivilDate{1970, 1, 1}, static_cast<int>(days));
}

namespace {

using DateKey = std::tuple<int, int, int>;

}  // namespace

HappeningDate happening_date(const std::vector<const CardArticle*>& articles, const HappeningDateOptions& options) {
  HappeningDate result;
  std::map<DateKey, double> votes;
  std::set<uint32_t> groups_voted;
  std::vector<int> undated_weekdays;  // one per undated article (dup group) whose lead writes a weekday
  struct FirstDay {
    CivilDate date;
    bool written;  // the lead writes the day (a weekday, a date), not only "اليوم"
  };
  std::vector<FirstDay> first_days;  // each dated article's (dup group's) first happening day
  auto lead_of = [&](const CardArticle& a) {
    std::string lead = a.title;
    for (size_t p = 0; p < a.paragraphs.size() && p < options.lead_paragraphs; ++p) {
      lead += '\n';
      lead += a.paragraphs[p];
    }
    return lead;
  };
  int64_t earliest = 0;
  for (const CardArticle* a : articles) {
    if (a->dated && a->time > 0 && (earliest == 0 || a->time < earliest)) earliest = a->time;
  }
  std::map<uint32_t, size_t> group_first_day;  // dup group → its entry of first_days
  for (const CardArticle* a : articles) {
    if (a->dup_group && groups_voted.count(*a->dup_group)) {
      // A copy votes no more, but may write the day its group's first text only dated
      // "اليوم" (the wire's "اليوم (الخميس)" where a paper dropped the weekday).
      auto slot = group_first_day.find(*a->dup_group);
      if (slot == group_first_day.end() || first_days[slot->second].written || !a->dated || a->time <= 0) continue;
      const LeadDay day = lead_happening_day(lead_of(*a), civil_day_of(a->time), options.window);
      if (day.date && day.written) first_days[slot->second] = {*day.date, true};
      continue;
    }
    const std::string lead = lead_of(*a);
    bool voted = false;
    if (!a->dated || a->time <= 0) {
      // Relative dates need the article's own publication day: only the weekday is known.
      const LeadDay day = lead_happening_day(lead, std::nullopt, options.window);
      if (day.weekday >= 0) undated_weekdays.push_back(day.weekday);
      voted = day.weekday >= 0;
    } else {
      const CivilDate published = civil_day_of(a->time);
      const std::vector<CivilDate> days = happening_days(lead, published, options.window);
      for (size_t i = 1; i < days.size(); ++i) votes[{days[i].year, days[i].month, days[i].day}] += options.other_vote;
      if (!days.empty()) {
        // The first day's vote waits to see whether another lead writes the day before it.
        if (a->dup_group) group_first_day[*a->dup_group] = first_days.size();
        first_days.push_back({days[0], lead_happening_day(lead, published, options.window).written});
      }
      // A preview's day is a candidate without a vote of its own: a preview alone
      // has not happened yet.
      for (const CivilDate& d : planned_days(lead, published, options.plan_days_ahead, options.window)) {
        votes.try_emplace({d.year, d.month, d.day}, 0.0);
      }
      if (!days.empty()) ++result.voters;
      voted = !days.empty();
    }
    if (voted && a->dup_group) groups_voted.insert(*a->dup_group);
  }
  // "اليوم" or "أمس" alone counts from a publication time that may be a day
  // late (a page stamped after midnight, or crawled the next morning): where no
  // lead writes that day but one writes the day before, the vote goes there.
  std::set<DateKey> written_days;
  for (const FirstDay& f : first_days)
    if (f.written) written_days.insert({f.date.year, f.date.month, f.date.day});
  for (const FirstDay& f : first_days) {
    const CivilDate& d = f.date;
    const DateKey key{d.year, d.month, d.day};
    const CivilDate before = add_days(d, -1);
    const DateKey day_before{before.year, before.month, before.day};
    votes[!written_days.count(key) && written_days.count(day_before) ? day_before : key] += 1.0;
  }
  for (const int weekday_written : undated_weekdays) {
    bool counted = false;
    for (auto& [key, v] : votes) {
      if (weekday(CivilDate{std::get<0>(key), std::get<1>(key), std::get<2>(key)}) != weekday_written) continue;
      v += 1.0;
      counted = true;
    }
    result.voters += counted;
  }
  // std::map is in date order, so a strict > keeps the earliest of a tie.
  for (const auto& [key, v] : votes) {
    if (v > result.votes) {
      result.votes = v;
      result.date = CivilDate{std::get<0>(key), std::get<1>(key), std::get<2>(key)};
    }
  }
  if (result.votes > 0) {
    result.basis = DateBasis::kText;
  } else if (earliest > 0) {
    result.date = civil_day_of(earliest);
    result.basis = DateBasis::kPublished;
  }
  return result;
}

}  // namespace marsad
