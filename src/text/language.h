// Language identification (CLD2).
//
//   LanguageGuess g = detect_language(paragraph);
//   if (g.reliable) segment.lang = g.code;   // "ar", "fr", "en", ...
//
// Give it at least a sentence: a few words are often unreliable.
#pragma once

#include <string>
#include <string_view>

namespace marsad::text {

struct LanguageGuess {
  std::string code;       // ISO 639-1 ("ar", "fr", "en", "he", "zh", ...), "un" if unknown
  bool reliable = false;  // CLD2's own judgement: enough text, clear winner
  int percent = 0;        // share of the text's letters in that language, 0..100
};

// The main language of plain UTF-8 text (invalid bytes are replaced first).
// Empty text, or text without letters, gives "un". Thread-safe.
LanguageGuess detect_language(std::string_view utf8_text);

}  // namespace marsad::text
