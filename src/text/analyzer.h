// The analysis chain: text in, index terms out.
//
//   normalize_for_matching → tokenize_words → strip_arabic_proclitics (Arabic
//   words) → drop stopwords → stem (numbers are kept as they are)
//
//   Analyzer analyzer("ar");
//   std::vector<std::string> terms = analyzer.terms(article_text);  // for weighting, clustering
//   std::vector<std::string> words = analyzer.words(article_text);  // for shingles, names
//   analyzer.for_each_term(line, [&](std::string_view term) { ++counts[id_of(term)]; });
//
// Arabic-script words always take the Arabic steps (clitics, Arabic stopwords,
// Arabic stemmer), whatever the analyzer's language, because Arabic pages
// carry Latin words and the other way round; other words take the analyzer's
// language's steps.
//
// Names are not stemmed: a Latin word written with a capital initial
// (Retailleau, Rabat) keeps its matching form. Arabic has no capitals; Arabic
// names are protected later, by the entity stage, which works on words().
//
// Not thread-safe (it owns Stemmers and a cache of the words it has seen): one
// Analyzer per thread.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "text/stemmer.h"
#include "text/stopwords.h"
#include "text/word_cache.h"

namespace marsad::text {

struct AnalyzerOptions {
  bool stem = true;
  bool drop_stopwords = true;
};

// True if word, as written (not in matching form), looks like a name: its
// first letter is an uppercase Latin letter. Sentence-initial words pass too;
// the price is that such a word is not stemmed.
bool looks_like_name(std::string_view word_as_written);

class Analyzer {
 public:
  // lang: ISO 639-1 code of the text ("ar", "fr", "en", ...; "un" is fine:
  // then only Arabic words are stemmed and stopped).
  explicit Analyzer(std::string lang, AnalyzerOptions options = {});

  // The index terms of text, in order, repeats kept.
  std::vector<std::string> terms(std::string_view text);

  // Calls emit(term) with each of terms(text), in the same order, as a view that
  // is valid only during that call: for hot loops that look terms up (and would
  // otherwise make a string per term to throw away). emit must not use this Analyzer.
  template <typename Emit>
  void for_each_term(std::string_view text, Emit&& emit) {
    each_term(text, &emit, [](void* context, std::string_view term) {
      (*static_cast<std::remove_reference_t<Emit>*>(context))(term);
    });
  }

  // The matching-form words of text, Arabic proclitics stripped, numbers
  // included; no stopword removal, no stemming.
  std::vector<std::string> words(std::string_view text);

  const std::string& lang() const { return lang_; }

 private:
  std::string lang_;
  AnalyzerOptions options_;
  Stemmer stemmer_;
  Stemmer arabic_stemmer_;
  const WordSet* stopwords_ = nullptr;
  const WordSet* arabic_stopwords_ = nullptr;

  // What terms() makes of a word, remembered: news repeats a small vocabulary,
  // and the Snowball stemmer costs far more than a lookup.
  struct ArabicTerm {
    std::string term;
    bool dropped = false;  // a stopword
  };
  static constexpr size_t kCachedWords = 1 << 16;  // per generation (word_cache.h)
  WordCache<ArabicTerm> arabic_terms_{kCachedWords};
  WordCache<std::string> stems_{kCachedWords};
  // Arabic stems by the word without its proclitics: والمغرب, بالمغرب and المغرب
  // are three tokens of arabic_terms_ and one stemming here.
  WordCache<std::string> arabic_stems_{kCachedWords};
  const ArabicTerm& arabic_term(std::string_view token);
  const std::string& stem(std::string_view word);
  // for_each_term without the template: emit(context, term) per term.
  void each_term(std::string_view text, void* context, void (*emit)(void*, std::string_view));
  std::string normalized_;  // each_term's matching form, kept for its capacity
};

}  // namespace marsad::text
