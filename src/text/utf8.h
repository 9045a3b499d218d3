// UTF-8 decoding, validation and repair.
//
// Crawled text is UTF-8 that is sometimes broken (a truncated page, a byte of
// Latin-1 glued in). Every text function in marsad accepts such input: an
// invalid byte reads as U+FFFD and the reading goes on at the next byte, so a
// single bad byte never swallows the letters after it.
//
//   size_t i = 0;
//   while (i < s.size()) { char32_t cp = next_code_point(s, i); ... }
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace marsad::text {

// The replacement character that stands for an invalid byte.
inline constexpr char32_t kReplacementChar = U'\uFFFD';

// Decodes the code point that starts at byte i of s and moves i past it.
// An invalid or truncated sequence, an overlong form or a surrogate yields
// U+FFFD and moves i by exactly one byte. Requires i < s.size().
char32_t next_code_point(std::string_view s, size_t& i);

// True if s is well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF).
bool is_valid_utf8(std::string_view s);

// s with every invalid byte replaced by U+FFFD (one U+FFFD per byte);
// valid input comes back unchanged.
std::string sanitize_utf8(std::string_view s);

// Appends the UTF-8 encoding of cp to out. A surrogate or a value beyond
// U+10FFFF is appended as U+FFFD.
void append_utf8(std::string& out, char32_t cp);

}  // namespace marsad::text
