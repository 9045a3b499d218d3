// Replacing invalid UTF-8 with U+FFFD, the way browsers and ICU do it.
//
//   if (!is_valid_utf8(text)) text = repair_utf8(text).text;
//
// Each maximal ill-formed subpart (Unicode 15, section 3.9, "U+FFFD Substitution of Maximal
// Subparts") becomes one U+FFFD, so "\xE2\x82" (a truncated euro sign) is one replacement and
// "\xFF\xFF" is two. Overlong forms, surrogates and code points above U+10FFFF are ill-formed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

// True if `text` is well-formed UTF-8 (SIMD-fast: this is the common path).
bool is_valid_utf8(std::string_view text);

struct Utf8Repair {
  std::string text;                  // the input with every ill-formed subpart replaced
  std::vector<size_t> replaced_at;   // offsets in `text` of each inserted U+FFFD, ascending
};

// Returns `text` with every maximal ill-formed subpart replaced by U+FFFD. Never fails.
Utf8Repair repair_utf8(std::string_view text);

}  // namespace marsad
