// The day a news report says its news happened, read from its lead (title and
// first paragraphs), not from when it was published or crawled.
//
//   LeadDay d = lead_happening_day(title + "\n" + first_paragraph, published);
//   d.date;     // {2025, 4, 14} for "أمس الإثنين" in a page of 15 April
//   d.weekday;  // 1 (Monday); without a publication day only this is known
//
// Reports of one happening agree on its day; reports of a follow-up or of
// another meeting of the same people name another. Used by the clusterer
// (a report whose day contradicts an event's) and the story card (the day an
// event's reports vote for).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "text/date_calendar.h"

namespace marsad {

struct LeadDayOptions {
  // A report tells of what happened up to a few weeks before it, and of the
  // day after at most (a page stamped at midnight); other dates it names are
  // background or plans, not the happening.
  int max_days_before = 21;
  int max_days_after = 1;
};

// The day-precise dates of `lead` (relative ones resolved against
// `published`) that can be the happening of a report published that day, in
// text order; dateline dates and weeks ("الأسبوع الماضي") excluded.
std::vector<CivilDate> happening_days(std::string_view lead, const CivilDate& published,
                                      const LeadDayOptions& options = {});

// The day-precise dates of `lead` after the happening window and at most
// max_days_ahead after `published`, in text order: what a preview announces
// ("يوم 14 أبريل الجاري"), the day a later report may tell of by weekday alone.
std::vector<CivilDate> planned_days(std::string_view lead, const CivilDate& published, int max_days_ahead,
                                    const LeadDayOptions& options = {});

struct LeadDay {
  std::optional<CivilDate> date;  // known only with a publication day
  int weekday = -1;               // 0 (Sunday) .. 6 (Saturday); -1 unknown
  // The lead writes the day (a weekday or a month's name: "الأحد", "2 أغسطس"),
  // so it is exact; "اليوم"/"أمس" alone count from a publication time that
  // may be a day late.
  bool written = false;
};

// With a publication day: the first of happening_days(), its weekday and
// whether that expression writes its day.
// Without one: the weekday of the first date expression of the lead that
// writes a weekday and does not point to the future ("اليوم الثلاثاء", "أمس
// الإثنين", "الخميس", not "الأحد المقبل"); date stays unknown.
LeadDay lead_happening_day(std::string_view lead, std::optional<CivilDate> published,
                           const LeadDayOptions& options = {});

}  // namespace marsad
