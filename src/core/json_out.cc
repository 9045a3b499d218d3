#include "core/json_out.h"

#include <cstdint>

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
