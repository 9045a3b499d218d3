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
// How many of the 16 bytes at p, which starts a character, go out as they are:
// 16 (or 15, when the last one opens a 2-byte sequence) if they are printable
// ASCII other than '"' and '\\' and whole valid 2-byte sequences; 0 if they
// hold anything else, which the byte loop then handles. Arabic text is nearly
// all such blocks, and a block costs what one character costs in the byte loop.
size_t plain_block_length(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const auto mask = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
  const unsigned high = mask(v);                       // bit 7 of each byte
  const unsigned bit6 = mask(_mm_slli_epi16(v, 1));    // bit 6, moved to bit 7
  const unsigned bit5 = mask(_mm_slli_epi16(v, 2));
  const unsigned lead2 = high & bit6 & ~bit5;          // 110xxxxx
  const unsigned trail = high & ~bit6;                 // 10xxxxxx
  const unsigned lead_longer = high & bit6 & bit5;     // 111xxxxx
  const unsigned control = mask(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20))) & ~high;
  const unsigned escaped = mask(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                             _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
  const unsigned overlong = mask(_mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(static_cast<char>(0xFE))),
                                                _mm_set1_epi8(static_cast<char>(0xC0))));
  if ((lead_longer | control | escaped | overlong) != 0) return 0;
  // Every trail byte right after a lead, every lead (but a last one) before a trail.
  if (trail != ((lead2 << 1) & 0xFFFFu)) return 0;
  return (lead2 & 0x8000u) != 0 ? 15 : 16;
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
#if defined(__SSE2__)
    size_t bytewise_until = 0;  // after a block the fast test refused, its bytes go one by one
#endif
    while (j < s.size()) {
#if defined(__SSE2__)
      if (j >= bytewise_until && j + 16 <= s.size()) {
        if (const size_t n = plain_block_length(s.data() + j); n > 0) {
          j += n;
          continue;
        }
        bytewise_until = j + 16;
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
