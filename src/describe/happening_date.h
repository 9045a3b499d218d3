// The date an event happened, as its articles tell it (not when they were
// crawled or published).
//
//   HappeningDate d = happening_date(articles);
//   d.date;    // {2025, 10, 21}
//   d.basis;   // DateBasis::kText: the leads' dates voted for it
//
// Each dated article's title and lead paragraphs are searched with find_dates
// (text/date_parser.h), relative expressions ("أمس الأربعاء", "mardi")
// resolved against that article's publication day. An article votes 1 for
// the first of its lead's happening days (text/lead_date.h) and `other_vote`
// for each further one; copies of one text (one dup_group) vote once. An
// undated article (its time borrowed) knows only the weekday its lead writes
// ("اليوم الإثنين"): it votes 1 for each date so far named (happening days,
// and days a dated preview announces, text/lead_date.h planned_days) that
// falls on that weekday. "اليوم" or "أمس" alone counts from a publication
// time that may be a day late (a page stamped after midnight or crawled the
// next morning): an article's first vote that no lead writes, for the day
// after one a lead writes (a weekday, a date), goes to the written day; a
// copy that writes the day its group's first text left out ("اليوم (الخميس)"
// beside "اليوم") lends its group that day. The date with most votes wins
// (ties: the earliest).
// With no vote, the earliest publication day of a dated article is the answer
// (basis kPublished); with none dated, kUnknown.
#pragma once

#include <cstddef>
#include <vector>

#include "describe/story_card.h"
#include "text/date_calendar.h"
#include "text/lead_date.h"

namespace marsad {

struct HappeningDateOptions {
  size_t lead_paragraphs = 2;  // paragraphs searched after the title
  LeadDayOptions window;  // which dates of a lead can be its happening (text/lead_date.h)
  double other_vote = 0.25;  // weight of a lead's dates after its first
  int plan_days_ahead = 31;  // how far ahead a preview's announced day may lie
};

struct HappeningDate {
  CivilDate date;  // day precision; {0,0,0} when unknown
  DateBasis basis = DateBasis::kUnknown;
  double votes = 0;  // votes for the winning date (basis kText)
  size_t voters = 0;  // articles (dup groups) that voted at all
};

// articles: the event's articles; pointers must stay valid during the call.
HappeningDate happening_date(const std::vector<const CardArticle*>& articles,
                             const HappeningDateOptions& options = {});

// The UTC day of a Unix time (> 0).
CivilDate civil_day_of(int64_t unix_seconds);

}  // namespace marsad
