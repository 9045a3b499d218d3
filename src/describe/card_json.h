// Story cards as JSON lines, and back.
//
//   out << event_card_json(card) << "\n";          // {"type":"event",...}
//   out << storyline_card_json(storyline) << "\n"; // {"type":"storyline",...}
//   ParsedCard parsed;
//   Status s = parse_card_line(line, "cards.jsonl:12", &parsed);
//
// An event line:
//   {"type":"event","event":3,"storyline":1,"lang":"ar","articles":9,
//    "headline":"…","headline_id":"s001","date":"2025-10-21","date_basis":"text",
//    "first_time":1761043200,"last_time":1761130000,            (Unix seconds, 0 unknown)
//    "summary":[{"text","id","segment","source"}],
//    "keywords":[{"term","word","weight"}],
//    "entities":[{"key","name","type","articles"}],
//    "first_source":"…","sources":[{"source","articles","first_time","original"}],
//    "reuse":[{"id","source","from_id","from_source"}],
//    "timeline":[{"time","source","title","id","segment","lang"}]}
// A storyline line:
//   {"type":"storyline","storyline":1,"articles":13,"first_time":…,"last_time":…,
//    "events":[{"event","headline","date","date_basis","first_time","articles"}]}
// Invalid UTF-8 in any text is written as U+FFFD. Parsing accepts missing
// fields (they keep their defaults) so that older or hand-made files read.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "describe/story_card.h"

namespace marsad {

// One line of JSON, without the line break.
std::string event_card_json(const EventCard& card);
std::string storyline_card_json(const StorylineCard& card);

struct ParsedCard {
  enum class Type { kEvent, kStoryline };
  Type type = Type::kEvent;
  EventCard event;          // when type is kEvent
  StorylineCard storyline;  // when type is kStoryline
};

// Parses one line written by the functions above. Fails (invalid_input,
// naming `where`) on a line that is not JSON, not an object, has a "type"
// other than "event"/"storyline", or a field of the wrong kind.
Status parse_card_line(std::string_view line, const std::string& where, ParsedCard* card);

}  // namespace marsad
