// Name lists for the tagger: gazetteers (ANERGazet's person, location and
// organization lists) and trigger words (titles before names, words that open
// an organization's or a place's name), both matched as word sequences.
//
//   PhraseSet gazetteer;
//   Status s = load_phrase_list(dir + "/AlignedLocGazetteer.txt", kPhraseLoc, &gazetteer);
//   PhraseMatches m = gazetteer.match(words);   // words: WordForms per token
//   if (m.single[i] & kPhraseLoc) ...           // token i alone is a listed place
//
// Phrases are stored as 64-bit hashes of their normalized words, not as text,
// so a model that embeds a gazetteer does not carry the list itself.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "entity/ner_flat_map.h"

namespace marsad::ner {

// Classes of a phrase, as bits of a mask.
inline constexpr uint8_t kPhrasePers = 1;
inline constexpr uint8_t kPhraseLoc = 2;
inline constexpr uint8_t kPhraseOrg = 4;
inline constexpr int kPhraseClassCount = 3;

// The forms of one token that phrase matching looks at.
struct WordForms {
  std::string norm;           // normalize_arabic_word(token)
  std::string article_strip;  // strip_article_clitics(norm)
  std::string all_strip;      // strip_all_proclitics(norm)
  uint64_t h_norm = 0, h_article = 0, h_all = 0;  // hash_word of each
};

// Fills the forms of `token`.
void make_word_forms(std::string_view token, WordForms* out);

// The hashes of a sentence's words in their three forms (WordForms::h_*), by
// token: all that phrase matching and the context features look at.
struct SentenceHashes {
  std::vector<uint64_t> norm, article, all;
  void push_back(uint64_t h_norm, uint64_t h_article, uint64_t h_all) {
    norm.push_back(h_norm);
    article.push_back(h_article);
    all.push_back(h_all);
  }
  void push_back(const WordForms& w) { push_back(w.h_norm, w.h_article, w.h_all); }
  void clear() {
    norm.clear();
    article.clear();
    all.clear();
  }
  size_t size() const { return norm.size(); }
};

// Where phrases matched in a sentence, per token, as class masks.
struct PhraseMatches {
  std::vector<uint8_t> single;  // a one-word phrase is this token
  std::vector<uint8_t> begin;   // a phrase of two or more words starts here
  std::vector<uint8_t> inside;  // a phrase of two or more words continues here
  std::vector<uint8_t> end;     // a phrase of two or more words ends here

  // Records a phrase of `classes` over tokens first..last (inclusive).
  void mark(size_t first, size_t last, uint8_t classes) {
    if (first == last) {
      single[first] |= classes;
      return;
    }
    begin[first] |= classes;
    for (size_t k = first + 1; k <= last; ++k) inside[k] |= classes;
    end[last] |= classes;
  }
};

class PhraseSet {
 public:
  // Adds a phrase: words separated by spaces, normalized here. Its first word
  // matches in its normalized and its article-stripped forms, so "الرئيس"
  // matches "والرئيس" and "رئيس"; the other words match normalized.
  // Phrases with no letter or digit (list separators) are ignored.
  void add(std::string_view phrase, uint8_t class_mask);

  // Finds every listed phrase in the sentence. The first word of a phrase is
  // looked up in all three forms of a token; a token's stripped forms let
  // "بالرباط" match "الرباط".
  PhraseMatches match(const std::vector<WordForms>& words) const;
  // The same over the words' hashes, into `out` (its buffers are reused).
  void match(const SentenceHashes& words, PhraseMatches* out) const;

  // Number of phrase keys (forms of phrases and their prefixes).
  size_t key_count() const { return keys_.size(); }

  // Binary (de)serialization for the model file. `read` advances `in`;
  // returns false on truncated data.
  void write(std::string* out) const;
  bool read(std::string_view* in);

 private:
  void add_key(uint64_t first_word, const std::vector<uint64_t>& rest, uint8_t class_mask);
  // Sets table_[key] |= bits, keeping filter_ in step.
  void or_into_table(uint64_t key, uint8_t bits);

  // Key of a word sequence -> class mask of complete phrases, plus kPrefixBit
  // if a longer phrase starts with it. keys_ gives write() its order (the
  // model file's bytes); table_ holds the same entries for match().
  static constexpr uint8_t kPrefixBit = 0x80;
  std::unordered_map<uint64_t, uint8_t> keys_;
  FlatHashMap<uint8_t> table_;
  KeyFilter filter_;  // table_'s keys: most tokens start no phrase
};

// Adds every line of a name-list file (one phrase a line) with `class_mask`.
// Fails with a clear message if the file cannot be read.
Status load_phrase_list(const std::string& path, uint8_t class_mask, PhraseSet* set);

// Loads ANERGazet's AlignedPersGazetteer.txt, AlignedLocGazetteer.txt and
// AlignedOrgGazetteer.txt from `dir`.
Status load_anergazet(const std::string& dir, PhraseSet* set);

// The trigger words that precede or open names: person titles (kPhrasePers),
// organization heads (kPhraseOrg), place kinds (kPhraseLoc).
PhraseSet builtin_trigger_phrases();

}  // namespace marsad::ner
