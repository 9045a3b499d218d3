// The trained tagger: its resources (gazetteer, triggers), its weights, and
// the decoder that turns a sentence's features into tags; saved to and loaded
// from one binary file.
//
//   NerModel model;
//   Status s = NerModel::load(path, &model);
//   std::vector<int> tags = model.tag_sentence(tokens);   // indices into kNerTags
//
// Model file (little-endian): the line "marsad-ner-model 2\n", then the decode
// mode (u8), the tag count (u8), the document window (u16), the gazetteer and the trigger PhraseSets, the word clusters, the
// weight scale (f32), the feature count (u64) and per feature its key (u64), a
// mask of the tags with a weight (u16) and those weights (i16 each). Weights
// are quantized to int16 when training ends, so scores are exact integer sums
// and a saved model tags exactly like the one in memory.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "entity/ner_features.h"
#include "entity/ner_spans.h"

namespace marsad::ner {

enum class DecodeMode : uint8_t {
  kViterbi = 0,  // best tag sequence under first-order transitions
  kGreedy = 1,   // left to right, each tag seeing the two before it
};

// Feature key -> one int16 weight per tag; open addressing, read-only once built.
class WeightTable {
 public:
  // Builds the table; `weights` holds kNerTagCount values per key, in order.
  void build(const std::vector<uint64_t>& keys, const std::vector<int16_t>& weights);
  // The weights of `key`, or nullptr if the key has none.
  const int16_t* find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    for (size_t s = key & mask_;; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (slot.key == key) return slot.weights;
      if (slot.key == kEmpty) return nullptr;
    }
  }
  // The same as a slot number for row_at, or kNoRow: a 4-byte handle where a
  // cache keeps many rows.
  static constexpr uint32_t kNoRow = UINT32_MAX;
  uint32_t find_row(uint64_t key) const {
    if (slots_.empty()) return kNoRow;
    for (size_t s = key & mask_;; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (slot.key == key) return static_cast<uint32_t>(s);
      if (slot.key == kEmpty) return kNoRow;
    }
  }
  // The weights at a slot number find_row returned (not kNoRow).
  const int16_t* row_at(uint32_t row) const { return slots_[row].weights; }
  size_t size() const { return size_; }
  // Calls fn(key, weights) for every key, in table order.
  template <class Fn>
  void for_each(Fn&& fn) const {
    for (const Slot& slot : slots_) {
      if (slot.key != kEmpty) fn(slot.key, slot.weights);
    }
  }

 private:
  static constexpr uint64_t kEmpty = 0;  // a key of 0 is never stored
  struct Slot {
    uint64_t key = kEmpty;
    int16_t weights[kNerTagCount] = {};
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

// Whether tag `cur` may follow tag `prev` (kNerTagCount: the sentence start):
// ner_transition_allowed as a table the decoders read.
inline constexpr auto kTransitionAllowed = [] {
  std::array<std::array<bool, kNerTagCount>, kNerTagCount + 1> t{};
  for (int p = 0; p <= kNerTagCount; ++p) {
    for (int c = 0; c < kNerTagCount; ++c) {
      const bool inside = c > 0 && c % 2 == 0;
      t[p][c] = !inside || (p > 0 && p < kNerTagCount && (p - 1) / 2 == (c - 1) / 2);
    }
  }
  return t;
}();

// Viterbi over first-order transitions: the best tag sequence of `n` tokens
// given their emission scores (n x kNerTagCount), the transition scores
// (row kNerTagCount: from the sentence start) and add_prev_word(i, prev, t),
// which adds to t[kNerTagCount] the scores of token i's tags after tag `prev`
// (kStartTag for i == 0) that depend on its word. Ties go to the lower tag
// and the lower previous tag. Transitions kTransitionAllowed forbids are never chosen.
template <class Score, class AddPrevWordFn>
void viterbi_decode(size_t n, const Score* emission, const Score (&transition)[kNerTagCount + 1][kNerTagCount],
                    const AddPrevWordFn& add_prev_word, std::vector<int>* tags);

// Decodes the tags of one sentence from its features. `row(key)` returns the
// key's kNerTagCount weights (of type convertible to Score) or nullptr.
// Transitions that ner_transition_allowed forbids are never chosen.
template <class Score, class RowFn>
void decode_tags(const RowFn& row, const SentenceFeatures& features, DecodeMode mode,
                 std::vector<int>* tags);

class NerModel {
 public:
  NerResources resources;
  DecodeMode mode = DecodeMode::kViterbi;
  float scale = 1.0f;  // a weight's value is its int16 times scale (informative only)
  // Document pass: after tagging every sentence, each sentence is tagged again
  // with the document features (DocumentMemory) of the first-pass tags of the
  // `doc_window` sentences before and after it. 0: one pass only.
  uint16_t doc_window = 0;
  WeightTable weights;

  // Tags one sentence as a document of its own (token strings as in the
  // corpus); returns tag indices.
  std::vector<int> tag_sentence(std::span<const std::string_view> tokens) const;
  // Tags features already extracted (reusable buffers for speed), one pass.
  void tag_features(const SentenceFeatures& features, std::vector<int>* tags) const;
  // Tags the sentences of one document (in order): the first pass, then the
  // document pass if doc_window > 0. (*tags)[s] gets sentence s's tags.
  void tag_document(const std::vector<SentenceFeatures>& sentences, std::vector<std::vector<int>>* tags) const;

  // Writes the model file; fails with a message naming `path`.
  Status save(const std::string& path) const;
  // Reads a model file written by save(); a missing file is kNotFound.
  static Status load(const std::string& path, NerModel* model);
};

// ---- implementation of the template ----

template <class Score, class RowFn>
void decode_tags(const RowFn& row, const SentenceFeatures& features, DecodeMode mode,
                 std::vector<int>* tags) {
  constexpr int K = kNerTagCount;
  const size_t n = features.size();
  tags->assign(n, 0);
  if (n == 0) return;
  auto add_row = [&](uint64_t key, Score* scores) {
    if (const auto* r = row(key)) {
      for (int k = 0; k < K; ++k) scores[k] += static_cast<Score>(r[k]);
    }
  };
  std::vector<Score> emission(n * K, Score{});
  for (size_t i = 0; i < n; ++i) {
    for (uint64_t key : features.at(i)) add_row(key, &emission[i * K]);
  }
  if (mode == DecodeMode::kGreedy) {
    int prev2 = kStartTag, prev = kStartTag;
    for (size_t i = 0; i < n; ++i) {
      Score s[K];
      for (int k = 0; k < K; ++k) s[k] = emission[i * K + k];
      add_row(prev_tag_key(prev), s);
      add_row(prev_tag_word_key(prev, features.word[i]), s);
      add_row(prev_two_tags_key(prev2, prev), s);
      int best = 0;
      for (int k = 1; k < K; ++k) {
        if (kTransitionAllowed[prev == kStartTag ? K : prev][k] && s[k] > s[best]) best = k;
      }
      (*tags)[i] = best;
      prev2 = prev;
      prev = best;
    }
    return;
  }
  // Viterbi over first-order transitions. The previous-tag rows do not
  // depend on the position: looked up once, not once per token.
  Score transition[K + 1][K] = {};
  for (int pi = 0; pi <= K; ++pi) add_row(prev_tag_key(pi == K ? kStartTag : pi), transition[pi]);
  viterbi_decode<Score>(
      n, emission.data(), transition,
      [&](size_t i, int prev, Score* t) { add_row(prev_tag_word_key(prev, features.word[i]), t); }, tags);
}

template <class Score, class AddPrevWordFn>
void viterbi_decode(size_t n, const Score* emission, const Score (&transition)[kNerTagCount + 1][kNerTagCount],
                    const AddPrevWordFn& add_prev_word, std::vector<int>* tags) {
  constexpr int K = kNerTagCount;
  tags->assign(n, 0);
  if (n == 0) return;
  thread_local std::vector<Score> delta;
  thread_local std::vector<int8_t> back;
  delta.assign(n * K, Score{});
  back.assign(n * K, -1);
  for (size_t i = 0; i < n; ++i) {
    Score* d = &delta[i * K];
    bool reached[K] = {};
    const int prev_count = i == 0 ? 1 : K;
    for (int pi = 0; pi < prev_count; ++pi) {
      const int prev = i == 0 ? kStartTag : pi;
      if (i > 0 && back[(i - 1) * K + prev] == -2) continue;  // unreachable
      Score t[K];
      const Score* row_of_prev = transition[i == 0 ? K : prev];
      for (int k = 0; k < K; ++k) t[k] = row_of_prev[k];
      add_prev_word(i, prev, t);
      const Score base = i == 0 ? Score{} : delta[(i - 1) * K + prev];
      const auto& allowed = kTransitionAllowed[i == 0 ? K : prev];
      for (int k = 0; k < K; ++k) {
        if (!allowed[k]) continue;
        const Score cand = base + t[k];
        if (!reached[k] || cand > d[k]) {
          d[k] = cand;
          back[i * K + k] = static_cast<int8_t>(i == 0 ? -1 : prev);
          reached[k] = true;
        }
      }
    }
    for (int k = 0; k < K; ++k) {
      if (reached[k]) d[k] += emission[i * K + k];
      else back[i * K + k] = -2;
    }
  }
  int best = 0;
  for (int k = 1; k < K; ++k) {
    if (back[(n - 1) * K + k] != -2 && delta[(n - 1) * K + k] > delta[(n - 1) * K + best]) best = k;
  }
  for (size_t i = n; i-- > 0;) {
    (*tags)[i] = best;
    if (i > 0) best = back[i * K + best];
  }
}

}  // namespace marsad::ner
