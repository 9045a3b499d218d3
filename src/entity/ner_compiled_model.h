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
  // The cached entry of `token`, computing it on a miss; valid until the
  // next call on this thread.
  const CachedWord& word(std::string_view token) const;
  void compute_word(std::string_view token, CachedWord* out) const;
  void score_sentence(std::span<const std::string_view> tokens, SentenceScores* out) const;
  void decode(const SentenceScores& scores, const int32_t* emission, std::vector<int>* tags) const;

  std::shared_ptr<const NerModel> model_;
  uint64_t id_ = 0;  // distinguishes models in the per-thread caches
  int32_t transition_[K + 1][K] = {};
  int32_t allowed_[K + 1][K] = {};  // kTransitionAllowed as all-ones / zero masks
  int32_t boundary_[kNeighbourFeatureCount][K] = {};  // neighbour rows of kBoundaryWord
  int32_t doc_tag_[K][K] = {};       // kDocTag rows by tag
  int32_t doc_majority_[K][K] = {};  // kDocMajority rows by tag
};

}  // namespace marsad::ner
