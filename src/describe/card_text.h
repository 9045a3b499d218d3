// Text tools of the describe stage: analyzer terms that remember how they
// were spelled, and sentences.
//
//   TermExtractor terms;
//   std::vector<std::string> t = terms.terms("وزير الكهرباء العراقي", "ar");
//   terms.spelling(t[0]);           // "وزير": the most frequent written form seen
//   for (std::string_view s : split_sentences(paragraph, "fr")) ...
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/analyzer.h"

namespace marsad {

// text::Analyzer terms, word by word, so that each term knows the words it
// came from: a keyword is shown as a word a reader knows, not as its stem.
// Not thread-safe (it owns Analyzers).
class TermExtractor {
 public:
  // The analyzer terms of text (lang: ISO 639-1 of the text), in order,
  // repeats kept; counts each word's spelling towards its term's.
  std::vector<std::string> terms(std::string_view text, const std::string& lang);

  // The most frequent spelling of term among the words passed to terms()
  // (ties: the shortest, then the first in byte order); the term itself if none.
  std::string spelling(const std::string& term) const;

 private:
  text::Analyzer& analyzer_for(const std::string& lang);
  const std::vector<std::string>& terms_of_word(std::string_view word, const std::string& lang);

  std::map<std::string, std::unique_ptr<text::Analyzer>> analyzers_;
  std::unordered_map<std::string, std::vector<std::string>> word_terms_;  // "lang\tword" → terms
  std::unordered_map<std::string, std::map<std::string, size_t>> spellings_;
};

// The sentences of one paragraph, by ICU's sentence rules for lang (with
// the abbreviation exceptions ICU knows for the language: "M.", "Mr."),
// trimmed of spaces; empty pieces dropped. Views into paragraph.
std::vector<std::string_view> split_sentences(std::string_view paragraph, const std::string& lang);

// The number of word tokens in text.
size_t count_word_tokens(std::string_view text);

// A sentence made fit to show alone: a leading agency dateline
// ("تونس - 21 أكتوبر 2025 (ومت) - ", "AMMAN, Oct 22 (MNA) - ") and a trailing
// agency mark ("(ومت)", "(Reuters)") removed, spaces trimmed.
std::string strip_sentence_marks(std::string_view sentence);

}  // namespace marsad
