#include "ingest/html_references.h"

#include <optional>

#include "text/utf8.h"

namespace marsad {
namespace {

// A small fixed table is all text escaping uses; gumbo's full decoder is not
// part of its public interface.
std::optional<char32_t> named_reference(std::string_view name) {
  if (name == "quot") return U'"';
  if (name == "amp") return U'&';
  if (name == "lt") return U'<';
  if (name == "gt") return U'>';
  if (name == "apos") return U'\'';
  if (name == "nbsp") return U' ';
  return std::nullopt;
}

std::optional<char32_t> numeric_reference(std::string_view digits) {
  int base = 10;
  if (!digits.empty() && (digits.front() == 'x' || digits.front() == 'X')) {
    base = 16;
    digits.remove_prefix(1);
  }
  if (digits.empty() || digits.size() > 7) return std::nullopt;
  char32_t cp = 0;
  for (const char c : digits) {
    int digit;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (base == 16 && c >= 'a' && c <= 'f') {
      digit = c - 'a' + 10;
    } else if (base == 16 && c >= 'A' && c <= 'F') {
      digit = c - 'A' + 10;
    } else {
      return std::nullopt;
    }
    cp = cp * static_cast<char32_t>(base) + static_cast<char32_t>(digit);
  }
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  return cp;
}

// The code point of the reference "&...;" that starts at text[i], and its length.
std::optional<std::pair<char32_t, size_t>> reference_at(std::string_view text, size_t i) {
  constexpr size_t kLongest = 10;  // "&#x10FFFF;"
  const size_t semicolon = text.find(';', i + 1);
  if (semicolon == std::string_view::npos || semicolon - i > kLongest) return std::nullopt;
  const std::string_view body = text.substr(i + 1, semicolon - i - 1);
  const std::optional<char32_t> cp =
      !body.empty() && body.front() == '#' ? numeric_reference(body.substr(1)) : named_reference(body);
  if (!cp) return std::nullopt;
  return std::make_pair(*cp, semicolon - i + 1);
}

}  // namespace

std::string decode_html_references(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) break;
    out.append(text.substr(i, amp - i));
    if (const auto reference = reference_at(text, amp)) {
      text::append_utf8(out, reference->first);
      i = amp + reference->second;
    } else {
      out += '&';
      i = amp + 1;
    }
  }
  if (i < text.size()) out.append(text.substr(i));
  return out;
}

bool decode_html_references_in(std::string* text) {
  if (text->find('&') == std::string::npos) return false;
  std::string decoded = decode_html_references(*text);
  if (decoded == *text) return false;
  *text = std::move(decoded);
  return true;
}

}  // namespace marsad
