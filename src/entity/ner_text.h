// Word-level text handling for the Arabic named-entity tagger: the normalized
// form of a word, its proclitics stripped, and the tokenizer that splits plain
// text the way ANERcorp is tokenized (whitespace tokens, punctuation split off).
//
//   for (const NerToken& t : tokenize_for_ner(text)) {
//     std::string norm = normalize_arabic_word(t.text);   // "والرئيس"
//     std::string stem = strip_article_clitics(norm);      // "رئيس"
//   }
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::ner {

// The form of a word used for matching: text::normalize_for_matching
// (src/text/normalize.h): alef forms (أ إ آ ٱ) become ا, ى becomes ي, ة
// becomes ه, diacritics, tatweel and bidi marks are removed, Arabic-Indic
// digits become ASCII digits, letters are case-folded. The shipped model's
// features depend on it: a change there needs `marsad train-ner` again.
std::string normalize_arabic_word(std::string_view word);

// Strips the proclitics that come with the definite article from a normalized
// word: (و|ف)?(ب|ك|ل)?ال and (و|ف)?لل, keeping at least two letters.
// "والرئيس" -> "رئيس", "للرئيس" -> "رئيس", "بالرباط" -> "رباط"; a word
// without the article is returned unchanged ("وزاره" stays "وزاره"), since a
// leading و or ب alone is as often part of the word as a clitic.
std::string strip_article_clitics(std::string_view normalized);

// Strips proclitics from a normalized word: the article with its clitics as
// strip_article_clitics does, or else one leading و ف ب ك ل if three letters
// remain: "ولبنان" -> "لبنان", "بباريس" -> "باريس". Aggressive: "وزاره" ->
// "زاره"; features use it alongside strip_article_clitics.
std::string strip_all_proclitics(std::string_view normalized);

// Number of UTF-8 code points in `s` (invalid bytes count as one each).
size_t count_code_points(std::string_view s);

// One token of plain text and its byte range [begin, end) in that text.
struct NerToken {
  std::string_view text;
  size_t begin = 0;
  size_t end = 0;
};

// Splits text into tokens: runs of non-space characters, with punctuation
// (ASCII and Arabic marks, quotes, dashes) split off as one-character tokens,
// except '.' and ',' between two digits ("3.5", "1,000" stay whole).
// Token views point into `text`.
std::vector<NerToken> tokenize_for_ner(std::string_view text);

// Whether a token ends a sentence (".", "!", "?", "؟", "…").
bool is_sentence_end_token(std::string_view token);

}  // namespace marsad::ner
