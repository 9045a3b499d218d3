// A trained NerModel prepared for fast tagging: the tags are exactly those of
// extract_features + NerModel::tag_document, computed with far fewer lookups.
//
//   auto model = std::make_shared<const NerModel>(...);
//   CompiledNerModel compiled(model);
//   std::vector<int> tags;
//   compiled.tag_document(tokens, sentence_ends, &tags);   // one tag index per token
//
// How: a token's score rows that depend on its word alone (its own word
// features, its rows as a neighbour of the tokens around it, and its
// previous-tag-and-word rows) are summed once per distinct word and kept in a
// per-thread cache of recent words, so a frequent word costs one cache probe
// instead of some sixty weight-table lookups; the transition and document
// feature rows are looked up once per model. Only the context features
// (bigrams, gazetteer and trigger matches) are looked up per token.
// The cache and the weight table are far larger than the CPU caches, so the
// tagger counts cache lines, not instructions: a cached word is four lines
// (its previous-tag-and-word rows kept as 4-byte handles into the table), a
// sentence's cache sets and rows are prefetched together, and a Bloom filter
// of the table's keys answers most lookups of absent keys (word bigrams).
//
// Thread-safe: tag_document may be called from many threads at once (each
// thread has its own word cache).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "entity/ner_flat_map.h"
#include "entity/ner_model.h"

namespace marsad::ner {

class CompiledNerModel {
 public:
  // Prepares `model` (kept alive by the pointer). A model with greedy
  // decoding is tagged through NerModel itself.
  explicit CompiledNerModel(std::shared_ptr<const NerModel> model);

  // Tags tokens split into sentences at `ends` (one past each sentence's last
  // token, increasing, the last equal to tokens.size()) as one document:
  // (*tags)[i] is token i's tag index, as NerModel::tag_document gives for
  // the sentences' extract_features.
  void tag_document(std::span<const std::string_view> tokens, std::span<const size_t> ends,
                    std::vector<int>* tags) const;

  const NerModel& model() const { return *model_; }

 private:
  static constexpr int K = kNerTagCount;
  struct CachedWord;
  struct SentenceScores;
  struct WordCache;
  // This thread's word cache, emptied first if it last served another model.
  WordCache& word_cache() const;
  // Asks the memory system early for the cache sets of `tokens`, writing
  // each token's hash_word to hashes[i]: the sets are read at random from
  // many megabytes, and fetching a sentence's sets together overlaps misses.
  static void prefetch_words(const WordCache& cache, std::span<const std::string_view> tokens, uint64_t* hashes);
  // The cached entry of `token` (whose hash_word is `h`), computing it on a
  // miss; valid until the next call on this thread.
  const CachedWord& word(WordCache& cache, std::string_view token, uint64_t h) const;
  void compute_word(std::string_view token, CachedWord* out) const;
  void score_sentence(std::span<const std::string_view> tokens, SentenceScores* out) const;
  void decode(const SentenceScores& scores, const int32_t* emission, std::vector<int>* tags) const;
  // model_->weights.find(key), first asking a filter of the table's keys
  // that fits in the L2 cache: most keys looked up per token (word bigrams,
  // rare letter trigrams) have no weights, and the table does not fit.
  const int16_t* find(uint64_t key) const { return present_.may_hold(key) ? model_->weights.find(key) : nullptr; }

  std::shared_ptr<const NerModel> model_;
  uint64_t id_ = 0;  // distinguishes models in the per-thread caches
  KeyFilter present_;  // the weight table's keys
  int32_t transition_[K + 1][K] = {};
  int32_t allowed_[K + 1][K] = {};  // kTransitionAllowed as all-ones / zero masks
  int32_t boundary_[kNeighbourFeatureCount][K] = {};  // neighbour rows of kBoundaryWord
  int32_t doc_tag_[K][K] = {};       // kDocTag rows by tag
  int32_t doc_majority_[K][K] = {};  // kDocMajority rows by tag
};

}  // namespace marsad::ner
