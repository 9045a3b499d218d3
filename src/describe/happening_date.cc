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
  int64_t earliest = 0;
  for (const CardArticle* a : articles) {
    if (a->time > 0 && (earliest == 0 || a->time < earliest)) earliest = a->time;
  }
  for (const CardArticle* a : articles) {
    if (a->time <= 0) continue;  // relative dates need the publication day
    if (a->dup_group && groups_voted.count(*a->dup_group)) continue;
    std::string lead = a->title;
    for (size_t p = 0; p < a->paragraphs.size() && p < options.lead_paragraphs; ++p) {
      lead += '\n';
      lead += a->paragraphs[p];
    }
    const std::vector<CivilDate> days =
        happening_days(lead, civil_day_of(a->time), options.window);
    for (size_t i = 0; i < days.size(); ++i) {
      votes[{days[i].year, days[i].month, days[i].day}] += i == 0 ? 1.0 : options.other_vote;
    }
    if (!days.empty()) {
      ++result.voters;
      if (a->dup_group) groups_voted.insert(*a->dup_group);
    }
  }
  if (!votes.empty()) {
    // std::map is in date order, so a strict > keeps the earliest of a tie.
    for (const auto& [key, v] : votes) {
      if (v > result.votes) {
        result.votes = v;
        result.date = CivilDate{std::get<0>(key), std::get<1>(key), std::get<2>(key)};
      }
    }
    result.basis = DateBasis::kText;
  } else if (earliest > 0) {
    result.date = civil_day_of(earliest);
    result.basis = DateBasis::kPublished;
  }
  return result;
}

}  // namespace marsad
