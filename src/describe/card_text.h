// Text tools of the describe stage: analyzer terms that remember how they
// were spelled, and sentences.
//
//   TermExtractor terms;
//   std::vector<std::string> t = terms.terms("وزير الكهرباء العراقي", "ar");
//   terms.spelling(t[0]);           // "وزير": the most frequent written form seen
//   for (std::string_view s : split_sentences(paragraph, "fr")) ...
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/analyzer.h"
#include "text/stopwords.h"

namespace marsad {

// text::Analyzer terms, word by word, so that each term knows the words it
// came from: a keyword is shown as a word a reader knows, not as its stem.
// Each word is analyzed once; terms get dense ids (0, 1, 2, ... in order of
// first sight) for callers that count them.
// Not thread-safe (it owns Analyzers); one per thread.
class TermExtractor {
 public:
  // The analyzer terms of text (lang: ISO 639-1 of the text), in order,
  // repeats kept; counts each word's spelling towards its term's.
  std::vector<std::string> terms(std::string_view text, const std::string& lang);
  // The same terms as ids (term() gives each one's text), appended to *ids.
  void term_ids(std::string_view text, const std::string& lang, std::vector<uint32_t>* ids);

  const std::string& term(uint32_t id) const { return terms_[id]; }
  size_t term_count() const { return terms_.size(); }
  // The id of a term seen, or -1.
  int64_t id_of(std::string_view term) const;

  // The most frequent spelling of term among the words passed to terms()
  // since the last forget_spellings() (ties: the more frequent in `others`,
  // if given, then the shortest, then the first in byte order); the term
  // itself if none.
  std::string spelling(const std::string& term, const TermExtractor* others = nullptr) const;

  // Starts the spelling counts afresh (the analyses stay cached): one event's
  // keywords are shown as that event writes them.
  void forget_spellings();

  // How often word was passed to terms() since the last forget_spellings(),
  // in any language.
  size_t count(std::string_view word) const;

 private:
  // A word seen, with its terms and how often it was passed to terms().
  struct Word {
    std::vector<uint32_t> terms;
    size_t count = 0;
  };
  struct Language {
    std::unique_ptr<text::Analyzer> analyzer;
    std::unordered_map<std::string, Word, text::StringViewHash, std::equal_to<>> words;
  };

  Word& word(Language& language, std::string_view text);

  std::map<std::string, Language, std::less<>> languages_;
  std::vector<Word*> counted_;  // the words whose count is not 0
  std::vector<std::string> terms_;  // by id
  std::unordered_map<std::string, uint32_t, text::StringViewHash, std::equal_to<>> ids_;
  // By term id, the words whose only term it is: the spellings spelling()
  // chooses from. Pointers into languages_' maps, whose nodes do not move.
  std::vector<std::vector<std::pair<const std::string*, const Word*>>> spellings_;
};

// The readings of a written Arabic word without the proclitics glued to it,
// least stripped first, the word itself left out: without و or ف, without ب ل
// or ك after them, لل read as ل + ال (للتأمين → التأمين). ال stays (it is part
// of the word as a reader writes it), and each reading keeps two letters.
std::vector<std::string> proclitic_free_readings(std::string_view word);

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
