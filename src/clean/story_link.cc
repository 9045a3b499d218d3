#include "clean/story_link.h"

#include <algorithm>

namespace marsad {

namespace {

constexpr std::string_view kLinkPhrases[] = {
    "رابط الخبر", "رابط المقال", "رابط الموضوع", "رابط المادة", "الرابط المختصر", "رابط مختصر", "رابط دائم",
};
constexpr std::string_view kLink = "رابط";
constexpr size_t kMaxWordsToColon = 6;
// The phrase and the words up to the colon lie within this many bytes before it.
constexpr size_t kWindowBytes = 200;

}  // namespace

size_t story_link_start(std::string_view line) {
  // Searched back from each colon: colons are few, while the phrases' first
  // byte is that of every Arabic letter.
  for (size_t colon = line.find(':'); colon != std::string_view::npos; colon = line.find(':', colon + 1)) {
    const size_t window_begin = colon > kWindowBytes ? colon - kWindowBytes : 0;
    const std::string_view window = line.substr(window_begin, colon - window_begin);
    if (window.find(kLink) == std::string_view::npos) continue;  // every phrase holds it
    size_t best = std::string_view::npos;
    for (const std::string_view phrase : kLinkPhrases) {
      for (size_t at = window.find(phrase); at != std::string_view::npos; at = window.find(phrase, at + 1)) {
        const size_t start = window_begin + at;
        if (start > 0 && line[start - 1] != ' ') continue;
        const size_t from = start + phrase.size();
        const std::string_view between = line.substr(from, colon - from);
        if (between.find_first_of(".!?:") != std::string_view::npos || between.find("؟") != std::string_view::npos)
          continue;
        if (static_cast<size_t>(std::count(between.begin(), between.end(), ' ')) > kMaxWordsToColon) continue;
        best = std::min(best, start);
      }
    }
    if (best != std::string_view::npos) return best;
  }
  return std::string_view::npos;
}

}  // namespace marsad
