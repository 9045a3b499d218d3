#include "entity/outlet_mentions.h"

#include <string>
#include <unordered_set>

#include "text/normalize.h"
#include "text/utf8.h"

namespace marsad::entity {
namespace {

bool is_opening_quote(char32_t c) { return c == U'«' || c == U'"' || c == U'“' || c == U'\'' || c == U'‘'; }

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\u00A0'; }

// Words for an outlet, in matching form, alone or behind ل / ب / و.
const std::unordered_set<std::string>& outlet_words() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> out;
    for (const char* word : {"صحيفة", "جريدة", "مجلة", "قناة", "وكالة", "موقع", "صحيفه", "جريده", "مجله", "قناه",
                             "وكاله"}) {
      const std::string norm = text::normalize_for_matching(word);
      out.insert(norm);
      for (const char* clitic : {"ل", "ب", "و", "ول", "وب"}) out.insert(std::string(clitic) + norm);
    }
    return out;
  }();
  return words;
}

}  // namespace

bool names_an_outlet(std::string_view text, const EntitySpan& span) {
  if (span.begin == 0 || span.begin > text.size()) return false;
  // Past the spaces and the opening quote before the name.
  size_t at = span.begin;
  bool quoted = false;
  while (at > 0) {
    size_t start = at;
    const char32_t c = text::previous_code_point(text, start);
    if (is_space(c)) {
      at = start;
    } else if (is_opening_quote(c) && !quoted) {
      quoted = true;
      at = start;
    } else {
      break;
    }
  }
  // The word before: the bytes back to the previous space.
  size_t word_begin = at;
  while (word_begin > 0) {
    size_t start = word_begin;
    const char32_t c = text::previous_code_point(text, start);
    if (is_space(c) || is_opening_quote(c)) break;
    word_begin = start;
  }
  const std::string word = text::normalize_for_matching(text.substr(word_begin, at - word_begin));
  if (outlet_words().count(word) != 0) return true;
  // "لـ«...»": the preposition, its tatweel dropped by the matching form, glued to the quote.
  return quoted && (word == "ل" || word == "ول");
}

}  // namespace marsad::entity
