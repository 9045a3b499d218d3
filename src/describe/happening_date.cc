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
  for (const CardArticle* a : articles) {
    if (a->dup_group && groups_voted.count(*a->dup_group)) continue;
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
      for (size_t i = 0; i < days.size(); ++i) {
        votes[{days[i].year, days[i].month, days[i].day}] += i == 0 ? 1.0 : options.other_vote;
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
