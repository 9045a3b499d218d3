// Content repeated inside one page: the body printed twice (seed 003), a
// paragraph pasted again, also when the repeat is not exact (a copy with an
// extra lead clause).
#pragma once

#include <string_view>
#include <vector>

namespace marsad {

// For each paragraph, the index of an earlier paragraph that it repeats, or -1.
// Paragraphs are compared by their word 3-shingles: a later paragraph repeats an
// earlier one when at least `min_overlap` of the smaller one's shingles are in
// the other, and the two are of comparable size (a short line that happens to
// be quoted inside a long paragraph does not make the paragraph a repeat).
// Paragraphs under three words repeat only an identical earlier one.
std::vector<int> find_repeated_paragraphs(const std::vector<std::string_view>& paragraphs,
                                          double min_overlap = 0.7);

}  // namespace marsad
