// Words and phrases typical of the parts of a page that are not the article:
// site chrome, agency sign-offs, outlet names, contact lines.
//
//   const LineLexicon& lexicon = LineLexicon::shared();
//   std::vector<std::string> words = matching_words("اترك تعليقاً");
//   size_t n = lexicon.covered(LineLexicon::Kind::kChrome, words);  // 2: all of it
//
// The phrases live in data/clean/lexicon.txt, so that a newsroom can add its
// outlets' chrome without rebuilding. A line is judged by the share of its words
// that these phrases cover, never by an exact list of known lines.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace marsad {

// The words of `line` in matching form (text::normalize_for_matching), split at
// anything that is not a letter, a digit or an apostrophe inside a word.
std::vector<std::string> matching_words(std::string_view line);

class LineLexicon {
 public:
  enum class Kind { kChrome = 0, kSignOff, kOutlet, kContact };
  static constexpr size_t kKinds = 4;

  // Parses the lexicon's text (the format of data/clean/lexicon.txt).
  static Status parse(std::string_view text, std::string_view origin, LineLexicon* out);
  // The lexicon of data/clean/lexicon.txt, loaded once. If the file cannot be
  // read, says so once on stderr and returns an empty lexicon.
  static const LineLexicon& shared();

  // How many of `words` (matching form) are covered by phrases of `kind`;
  // at each position the longest phrase wins.
  size_t covered(Kind kind, const std::vector<std::string>& words) const;
  // covered() for every kind at once (indexed by Kind), each word looked up once.
  std::array<size_t, kKinds> covered_by_kind(const std::vector<std::string>& words) const;
  // The length in words of the longest phrase of `kind` that `words` start with, or 0.
  size_t leading(Kind kind, const std::vector<std::string>& words) const;
  // Whether `word` (matching form) is a one-word phrase of `kind`.
  bool contains_word(Kind kind, std::string_view word) const;

 private:
  // Phrases by their first word, then by kind, longest first: one index for
  // all kinds, so that a line's words are looked up once, not once per kind.
  using Phrases = std::vector<std::vector<std::string>>;
  using PhraseIndex = std::unordered_map<std::string, std::array<Phrases, kKinds>>;
  PhraseIndex phrases_;
};

}  // namespace marsad
