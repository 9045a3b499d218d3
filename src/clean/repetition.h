// Content repeated inside one page: the body printed twice (seed 003), a
// paragraph pasted again, also when the repeat is not exact (a copy with an
// extra lead clause).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace marsad {

// What one find_repeated_paragraphs() call did, for tests and benchmarks.
struct RepetitionStats {
  size_t compared_pairs = 0;    // (earlier, later) pairs whose overlap was computed
  size_t dropped_postings = 0;  // (shingle, paragraph) pairs left out: the shingle's list was full
};

// A shingle is matched against at most this many earlier non-repeated
// paragraphs (the first ones that carry it): a shingle on more is boilerplate
// rather than evidence of one repeat, and the cap keeps the cost linear in page size.
inline constexpr size_t kMaxParagraphsPerShingle = 64;

// A pair in which one paragraph has fewer words than this is a repeat only
// when nearly identical: at least kShortParagraphOverlap of the smaller one's
// shingles shared, shingle counts within 80 % of each other, and the same
// numbers. Template-alike short lines often state different facts, and a
// short line is no repeat of a long paragraph that merely contains it.
inline constexpr size_t kShortParagraphWords = 25;
inline constexpr double kShortParagraphOverlap = 0.9;

// For each paragraph, the index of an earlier paragraph that it repeats, or -1.
// Paragraphs are compared by their word 3-shingles: a later paragraph repeats an
// earlier one when at least `min_overlap` of the smaller one's shingles are in
// the other, and the later one is at most half as large again (a later
// paragraph that holds an earlier one and adds to it states something new).
// Paragraphs under three words repeat only an identical earlier one; under
// kShortParagraphWords, see above. Of several
// earlier paragraphs it repeats, the one with the highest overlap (the first on
// a tie) is named; earlier paragraphs that are themselves repeats are not named.
// Only pairs sharing a shingle are compared, and a shingle counts only towards
// the first kMaxParagraphsPerShingle non-repeated paragraphs carrying it, so
// time and memory grow linearly with the page. `stats`, when given, is filled.
std::vector<int> find_repeated_paragraphs(const std::vector<std::string_view>& paragraphs,
                                          double min_overlap = 0.7,
                                          RepetitionStats* stats = nullptr);

}  // namespace marsad
