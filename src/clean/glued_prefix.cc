#include "clean/glued_prefix.h"

#include "clean/line_features.h"
#include "text/script.h"
#include "text/utf8.h"

namespace marsad {

namespace {

enum class Letter { kNone, kArabic, kLatin };

Letter classify(char32_t c) {
  if (text::is_arabic_letter(c)) return Letter::kArabic;
  if (text::is_latin_letter(c)) return Letter::kLatin;
  return Letter::kNone;
}

bool is_sentence_end(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x061F; }

}  // namespace

size_t glued_foreign_prefix_length(std::string_view paragraph) {
  const auto profile = text::profile_script(paragraph);
  if (profile.arabic == 0 || profile.latin == 0) return 0;
  const Letter dominant = profile.arabic > profile.latin ? Letter::kArabic : Letter::kLatin;
  const Letter foreign = dominant == Letter::kArabic ? Letter::kLatin : Letter::kArabic;

  // Walk the leading run that holds no letter of the dominant script.
  size_t i = 0, last_sentence_end = 0, foreign_letters = 0;
  bool seen_foreign = false;
  while (i < paragraph.size()) {
    const size_t at = i;
    const char32_t c = text::next_code_point(paragraph, i);
    const Letter kind = classify(c);
    if (kind == dominant) {
      if (!seen_foreign || last_sentence_end == 0) return 0;
      // The prefix must end at its sentence punctuation (spaces may follow).
      const std::string_view rest_between = paragraph.substr(last_sentence_end, at - last_sentence_end);
      if (!trim_line(rest_between).empty()) return 0;
      const std::string_view prefix = paragraph.substr(0, last_sentence_end);
      if (count_words(prefix) < 3) return 0;
      const auto rest = text::profile_script(paragraph.substr(at));
      const size_t rest_letters = dominant == Letter::kArabic ? rest.arabic : rest.latin;
      if (rest_letters <= foreign_letters) return 0;
      return at;
    }
    if (kind == foreign) {
      seen_foreign = true;
      ++foreign_letters;
    }
    if (is_sentence_end(c)) last_sentence_end = i;
  }
  return 0;
}

}  // namespace marsad
