#include "clean/section_label.h"

namespace marsad {
namespace {

size_t count_words(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

size_t section_label_length(std::string_view title) {
  const size_t slash = title.find(" / ");
  if (slash == std::string_view::npos || slash == 0 || slash > 24) return 0;
  const std::string_view label = title.substr(0, slash);
  for (const char c : label) {
    // Letters only (any script: bytes >= 0x80 are non-ASCII letters here) and spaces.
    const auto u = static_cast<unsigned char>(c);
    const bool ascii_letter = (u | 0x20) >= 'a' && (u | 0x20) <= 'z';
    if (!(u >= 0x80 || ascii_letter || c == ' ')) return 0;
  }
  const size_t words = count_words(label);
  if (words == 0 || words > 2) return 0;
  const size_t cut = slash + 3;
  return count_words(title.substr(cut)) >= 3 ? cut : 0;
}

}  // namespace marsad
