// The headline of an event: its most central title.
//
//   std::optional<size_t> h = choose_headline(event_text);   // index into event_text.articles()
//
// Each title of the card's language is scored by how much it says what the
// other titles say:
//   centrality = ½ × mean cosine with the other titles (each weighted
//                1 / copies of its text, titles of its own copies left out)
//              + ½ × cosine with the event's centroid;
// a title shorter than min_words or longer than max_words (a label such as
// "عاجل", a paragraph pasted as title) is scaled by length_penalty. Among the
// titles within near_tie of the best score, the earliest published wins: the
// first report names the happening before follow-ups name its consequences.
// Given the day the event happened, a title published before that day is a
// preview's ("زيارة مرتقبة"): scaled by preview_penalty, since it names a
// plan, and the earliest-first rule would otherwise always pick it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "describe/event_text.h"
#include "text/date_calendar.h"

namespace marsad {

struct HeadlineOptions {
  size_t min_words = 4;
  size_t max_words = 20;
  double length_penalty = 0.7;
  double near_tie = 0.05;  // relative: scores ≥ best × (1 − near_tie) tie
  double preview_penalty = 0.5;
};

// Index into text.articles() of the headline's article; nullopt when no
// article has a title. Titles outside the card's language count only when
// none is in it.
// none is in it. `happened`: the event's day, if known (happening_date.h).
std::optional<size_t> choose_headline(const EventText& text, const HeadlineOptions& options = {},
                                      std::optional<CivilDate> happened = std::nullopt);

// For an event none of whose articles has a title: the opening words of the
// earliest article's first sentence, at most max_words of them ("…" marks a
// cut); "" when no article has a sentence either.
std::string opening_headline(const EventText& text, const HeadlineOptions& options = {});

// Earliest first: known times before unknown ones, then the index.
bool published_before(const CardArticle& a, size_t a_index, const CardArticle& b, size_t b_index);

}  // namespace marsad
