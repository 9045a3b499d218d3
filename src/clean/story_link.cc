#include "clean/story_link.h"

#include <algorithm>

namespace marsad {

namespace {

constexpr std::string_view kLinkPhrases[] = {
    "رابط الخبر", "رابط المقال", "رابط الموضوع", "رابط المادة", "الرابط المختصر", "رابط مختصر", "رابط دائم",
};
constexpr size_t kMaxWordsToColon = 6;

}  // namespace

size_t story_link_start(std::string_view line) {
  // The colon is rare and found fast; the phrases' first byte is in every Arabic letter.
  if (line.find(':') == std::string_view::npos) return std::string_view::npos;
  size_t best = std::string_view::npos;
  for (const std::string_view phrase : kLinkPhrases) {
    for (size_t at = line.find(phrase); at != std::string_view::npos; at = line.find(phrase, at + 1)) {
      if (at > 0 && line[at - 1] != ' ') continue;
      // Up to the colon: a few words, no sentence end.
      const size_t from = at + phrase.size();
      const size_t colon = line.find(':', from);
      if (colon == std::string_view::npos) break;
      const std::string_view between = line.substr(from, colon - from);
      if (between.find_first_of(".!?") != std::string_view::npos || between.find("؟") != std::string_view::npos)
        continue;
      if (static_cast<size_t>(std::count(between.begin(), between.end(), ' ')) > kMaxWordsToColon) continue;
      best = std::min(best, at);
      break;
    }
  }
  return best;
}

}  // namespace marsad
