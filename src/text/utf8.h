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
// (Inline for ASCII and 2-byte sequences, nearly every character of Arabic
// and Latin text.)
inline char32_t next_code_point(std::string_view s, size_t& i);

namespace detail {
// next_code_point for sequences of 3 and 4 bytes and invalid input.
char32_t next_code_point_slow(std::string_view s, size_t& i);
}  // namespace detail

inline char32_t next_code_point(std::string_view s, size_t& i) {
  const unsigned char lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  if (lead >= 0xC2 && lead < 0xE0 && i + 1 < s.size()) {
    const unsigned char trail = static_cast<unsigned char>(s[i + 1]);
    if ((trail & 0xC0) == 0x80) {
      i += 2;
      return (char32_t{lead & 0x1Fu} << 6) | (trail & 0x3Fu);
    }
  }
  return detail::next_code_point_slow(s, i);
}

// Decodes the code point that ends just before byte `end` of s and moves end
// back to where it starts, for scans that read a text backwards. Requires
// 0 < end <= s.size() and s well-formed UTF-8 before end.
inline char32_t previous_code_point(std::string_view s, size_t& end) {
  size_t start = end;
  do {
    --start;
  } while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80);
  size_t i = start;
  const char32_t c = next_code_point(s, i);
  end = start;
  return c;
}

// True if s is well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF).
bool is_valid_utf8(std::string_view s);

// s with every invalid byte replaced by U+FFFD (one U+FFFD per byte);
// valid input comes back unchanged.
std::string sanitize_utf8(std::string_view s);

// Appends the UTF-8 encoding of cp to out. A surrogate or a value beyond
// U+10FFFF is appended as U+FFFD.
void append_utf8(std::string& out, char32_t cp);

}  // namespace marsad::text
