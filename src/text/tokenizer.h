// Word tokens: the letters-and-digits words of a text, with where they are.
//
// ICU's word break rules (UAX #29) decide the boundaries, so Arabic, Latin,
// Cyrillic, CJK (dictionary) and numbers like "1.5" or "14,000" are handled;
// punctuation (« » ، . ! …), spaces, symbols and emoji are dropped.
// Usually run on the matching form (normalize.h), but any UTF-8 text works.
//
//   for (const Token& t : tokenize_words(text))
//     use(t.text);  // == text.substr(t.begin, t.end - t.begin)
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace marsad::text {

struct Token {
  std::string_view text;  // a view into the tokenized string: keep it alive
  size_t begin = 0;       // byte offsets into the tokenized string
  size_t end = 0;
  bool is_number = false;  // ICU's number status: 2025, ٢٠٢٥, 1.5, 14,000
};

// The word tokens of text in order. A word that a French or English elision
// glues to the next one is split at the apostrophe (' or ’): "l'Intérieur" →
// "l", "Intérieur"; "qu'il" → "qu", "il"; the elided part is one letter or
// qu/jusqu/lorsqu/puisqu/quoiqu/presqu, so "aujourd'hui" and "don't" stay
// whole. Invalid UTF-8 bytes are not part of any word.
// Thread-safe: each thread keeps its own ICU break iterator.
std::vector<Token> tokenize_words(std::string_view text);

}  // namespace marsad::text
