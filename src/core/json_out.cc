#include "core/json_out.h"

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace marsad {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
size_t valid_utf8_length(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  size_t n;
  uint32_t cp;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) { n = 2; cp = c & 0x1F; }
  else if ((c & 0xF0) == 0xE0) { n = 3; cp = c & 0x0F; }
  else if ((c & 0xF8) == 0xF0) { n = 4; cp = c & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
      cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

#if defined(__SSE2__)
// Byte classes of the 16 bytes at p, bit k for p[k]: the second bytes of
// 2-byte sequences (80..BF), their valid first bytes (C2..DF), and the bytes
// that may go out as they are if their sequence is whole (those two and
// printable ASCII other than '"' and '\\').
struct BlockClasses {
  unsigned trail, lead2, fine;
};

BlockClasses classify(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const auto byte = [](int b) { return _mm_set1_epi8(static_cast<char>(b)); };
  // Signed compares: 0x80..0xBF are -128..-65, C2..DF are -62..-33.
  const __m128i trail = _mm_cmplt_epi8(v, byte(0xC0));
  const __m128i lead2 = _mm_and_si128(_mm_cmpgt_epi8(v, byte(0xC1)), _mm_cmplt_epi8(v, byte(0xE0)));
  const __m128i printable = _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(v, byte('"')), _mm_cmpeq_epi8(v, byte('\\'))),
                                             _mm_cmpgt_epi8(v, byte(0x1F)));
  const auto mask = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
  return {mask(trail), mask(lead2), mask(_mm_or_si128(_mm_or_si128(trail, lead2), printable))};
}

// How many of the `bits` (16 or 32) bytes whose classes are given, the first
// of which starts a character, go out as they are: all of them (or all but a
// last byte that opens a 2-byte sequence) when every byte is fine and every
// 2-byte sequence whole; else the bytes before the first that is not. Arabic
// text is nearly all such bytes: a block costs what a character or two cost in
// the byte loop.
size_t plain_prefix_length(uint64_t trail, uint64_t lead2, uint64_t fine, unsigned bits) {
  const uint64_t all = (uint64_t{1} << bits) - 1;
  // A trail byte not right after a lead, a lead (but a last one) not right before a trail.
  const uint64_t broken = (trail & ~(lead2 << 1)) | (lead2 & ~(trail >> 1) & (all >> 1));
  const uint64_t refused = ((~fine & all) | broken) & all;
  if (refused == 0) return (lead2 >> (bits - 1)) != 0 ? bits - 1 : bits;
  // The first refused byte starts a character: a lead before it has its trail.
  return static_cast<size_t>(__builtin_ctzll(refused));
}
#endif

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  out += '"';
  size_t i = 0;
  while (i < s.size()) {
    // The longest run that needs no escaping (printable ASCII and valid
    // UTF-8), appended at once: Arabic text is almost all 2-byte sequences.
    size_t j = i;
    while (j < s.size()) {
#if defined(__SSE2__)
      if (j + 32 <= s.size()) {
        const BlockClasses a = classify(s.data() + j), b = classify(s.data() + j + 16);
        const size_t n = plain_prefix_length(a.trail | uint64_t{b.trail} << 16, a.lead2 | uint64_t{b.lead2} << 16,
                                             a.fine | uint64_t{b.fine} << 16, 32);
        j += n;
        if (n >= 31) continue;
        // The character at j is not plain: the byte loop below takes it.
      } else if (j + 16 <= s.size()) {
        const BlockClasses a = classify(s.data() + j);
        const size_t n = plain_prefix_length(a.trail, a.lead2, a.fine, 16);
        j += n;
        if (n >= 15) continue;
      }
#endif
      const auto d = static_cast<unsigned char>(s[j]);
      if (d >= 0x20 && d < 0x80 && d != '"' && d != '\\') {
        ++j;
      } else if (d >= 0xC2 && d <= 0xDF && j + 1 < s.size() &&
                 (static_cast<unsigned char>(s[j + 1]) & 0xC0) == 0x80) {
        j += 2;
      } else if (d >= 0xE0) {
        const size_t n = valid_utf8_length(s, j);
        if (n == 0) break;
        j += n;
      } else {
        break;
      }
    }
    if (j > i) {
      out.append(s.data() + i, j - i);
      i = j;
      continue;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"': out += "\\\""; ++i; continue;
      case '\\': out += "\\\\"; ++i; continue;
      case '\n': out += "\\n"; ++i; continue;
      case '\t': out += "\\t"; ++i; continue;
      case '\r': out += "\\r"; ++i; continue;
      default: break;
    }
    if (c < 0x20) {
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += "\xEF\xBF\xBD";  // an invalid byte
    }
    ++i;
  }
  out += '"';
}

}  // namespace marsad
