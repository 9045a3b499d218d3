#include "text/utf8.h"

#include <unicode/utf8.h>

namespace marsad::text {

char32_t detail::next_code_point_slow(std::string_view s, size_t& i) {
  const unsigned char lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  const size_t start = i;
  int32_t pos = static_cast<int32_t>(i);
  UChar32 cp;
  // ICU's decoder rejects overlongs, surrogates and truncation; on error it
  // skips the whole ill-formed prefix, but we skip one byte only (see header).
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), cp);
  if (cp < 0) {
    i = start + 1;
    return kReplacementChar;
  }
  i = static_cast<size_t>(pos);
  return static_cast<char32_t>(cp);
}

bool is_valid_utf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t start = i;
    // A literal U+FFFD in the input is valid; only a decoding failure is not.
    if (next_code_point(s, i) == kReplacementChar &&
        s.substr(start, 3) != "\xEF\xBF\xBD") {
      return false;
    }
  }
  return true;
}

std::string sanitize_utf8(std::string_view s) {
  if (is_valid_utf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 16);
  size_t i = 0;
  while (i < s.size()) {
    const size_t start = i;
    const char32_t cp = next_code_point(s, i);
    if (cp == kReplacementChar) {
      append_utf8(out, cp);
    } else {
      out.append(s.data() + start, i - start);
    }
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
    return;
  }
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacementChar;
  char buf[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, static_cast<UChar32>(cp));
  out.append(buf, static_cast<size_t>(len));
}

}  // namespace marsad::text
