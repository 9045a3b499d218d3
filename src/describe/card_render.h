// Story cards as text for a terminal: wrapped to a width, Arabic in logical
// or visual order.
//
//   RenderOptions o;
//   o.width = 100;
//   o.bidi = BidiMode::kVisual;       // for terminals that do no bidi themselves
//   std::cout << render_event_card(card, o);
//
// Each line is a label or bullet column (English, left to right) and a text
// column (headline, sentence, names) with its own direction. In logical mode
// the text is left in the order it was written and the terminal is trusted to
// show it. In visual mode each wrapped line of right-to-left text is
// reordered with ICU's ubidi (unicode bidi algorithm, UAX #9) so that a
// terminal that paints characters left to right shows it correctly, and is
// aligned to the right edge of its column.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "describe/story_card.h"

namespace marsad {

enum class BidiMode { kLogical, kVisual };

struct RenderOptions {
  size_t width = 80;  // columns; at least 40 are used
  BidiMode bidi = BidiMode::kLogical;
};

std::string render_event_card(const EventCard& card, const RenderOptions& options);
std::string render_storyline_card(const StorylineCard& card, const RenderOptions& options);

// Terminal columns text takes: combining marks and format characters 0,
// East Asian wide and fullwidth characters 2, others 1.
size_t display_width(std::string_view text);

// Text broken at spaces into lines of at most `width` columns (a word longer
// than that is cut); runs of spaces collapse. Logical order.
std::vector<std::string> wrap_text(std::string_view text, size_t width);

// True if the first strong character of text is right-to-left.
bool is_rtl_text(std::string_view text);

// One line in visual (left-to-right display) order by the unicode bidi
// algorithm, paragraph direction right-to-left if `rtl`; mirrored brackets.
std::string visual_order(std::string_view line, bool rtl);

// "YYYY-MM-DD hh:mm" (UTC) of a Unix time; "unknown" for 0.
std::string format_time(int64_t unix_seconds);

}  // namespace marsad
