// A sentence in another script glued to the start of a paragraph, as widgets
// leave it: "Thank you for reading this post, don't forget to subscribe!وأوضح..."
// (seed 001, line 2).
#pragma once

#include <cstddef>
#include <string_view>

namespace marsad {

// The byte length of such a glued prefix of `paragraph`, or 0 if it has none.
// The prefix is a run of at least three words written in a script other than
// the paragraph's dominant one (Arabic or Latin), ending with sentence
// punctuation, followed by the dominant script; the rest must be the larger part.
size_t glued_foreign_prefix_length(std::string_view paragraph);

}  // namespace marsad
