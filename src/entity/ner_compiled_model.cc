#include "entity/ner_compiled_model.h"

#include <algorithm>
#include <atomic>
#include <climits>
#include <cstring>
#include <utility>

#include "entity/ner_hash.h"

namespace marsad::ner {

// 256 bytes, four cache lines: the cache is read at random, so its size in
// lines is what a lookup costs.
struct alignas(64) CompiledNerModel::CachedWord {
  static constexpr size_t kMaxBytes = 39;  // longer tokens are computed, not cached
  uint64_t token_hash = 0;
  uint64_t h_norm = 0, h_article = 0, h_all = 0;
  int32_t self[K] = {};                              // sum of the word_feature_keys rows
  int16_t neighbour[kNeighbourFeatureCount][K] = {};  // its row as each kind of neighbour (one row each)
  uint32_t prev_word[K + 1] = {};  // kPrevTagWord rows by previous tag (K: start), WeightTable::find_row
  uint8_t length = 0;              // with kMaxBytes + 1 (no token) in an unused slot
  char bytes[kMaxBytes] = {};
};

// A sentence's scores: emission rows and previous-tag-and-word rows per token.
struct CompiledNerModel::SentenceScores {
  size_t n = 0;
  std::vector<int32_t> emission;  // n x K
  std::vector<int16_t> prev_word;  // n x (K + 1) x K
  std::vector<uint64_t> stem;     // article-stripped word hashes, for the document pass
};

namespace {

std::atomic<uint64_t> next_model_id{1};
// 65,536 words of 256 bytes in sets of two: 16 MB per tagging thread. On
// SaudiNewsNet 90% of the lead tokens are found in it (66% with 8,192 slots
// mapped directly), and a miss costs some 7,000 instructions.
constexpr size_t kCacheSlots = 65536;

// Four int32 lanes; comparisons give all-ones or zero lanes.
using Lanes = int32_t __attribute__((vector_size(16)));
using HalfLanes = int16_t __attribute__((vector_size(8)));

Lanes load_lanes(const int32_t* p) {
  Lanes v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

Lanes load_lanes(const int16_t* p) {
  HalfLanes v;
  std::memcpy(&v, p, sizeof v);
  return __builtin_convertvector(v, Lanes);
}

template <class Row>
void add_row(const int16_t* row, Row* scores) {
  if (row) {
    for (int k = 0; k < kNerTagCount; ++k) scores[k] += row[k];
  }
}

}  // namespace

CompiledNerModel::CompiledNerModel(std::shared_ptr<const NerModel> model)
    : model_(std::move(model)), id_(next_model_id.fetch_add(1)) {
  const WeightTable& w = model_->weights;
  present_.reset(w.size());
  w.for_each([&](uint64_t key, const int16_t*) { present_.add(key); });
  for (int p = 0; p <= K; ++p) add_row(w.find(prev_tag_key(p == K ? kStartTag : p)), transition_[p]);
  for (int p = 0; p <= K; ++p) {
    for (int k = 0; k < K; ++k) allowed_[p][k] = kTransitionAllowed[p][k] ? -1 : 0;
  }
  for (size_t r = 0; r < kNeighbourFeatureCount; ++r) {
    add_row(w.find(neighbour_key(kNeighbourFeatures[r], kBoundaryWord)), boundary_[r]);
  }
  for (int k = 0; k < K; ++k) {
    add_row(w.find(feature_key(FeatureTemplate::kDocTag, static_cast<uint64_t>(k))), doc_tag_[k]);
    add_row(w.find(feature_key(FeatureTemplate::kDocMajority, static_cast<uint64_t>(k))), doc_majority_[k]);
  }
}

void CompiledNerModel::compute_word(std::string_view token, CachedWord* out) const {
  const WeightTable& w = model_->weights;
  thread_local WordForms forms;
  thread_local std::vector<uint64_t> keys;
  make_word_forms(token, &forms);
  out->h_norm = forms.h_norm;
  out->h_article = forms.h_article;
  out->h_all = forms.h_all;
  keys.clear();
  word_feature_keys(model_->resources, token, forms, &keys);
  std::fill(std::begin(out->self), std::end(out->self), 0);
  for (uint64_t key : keys) add_row(find(key), out->self);
  for (size_t r = 0; r < kNeighbourFeatureCount; ++r) {
    const NeighbourFeature& role = kNeighbourFeatures[r];
    const int16_t* row = find(neighbour_key(role, neighbour_value(role.value, forms)));
    if (row) std::memcpy(out->neighbour[r], row, sizeof out->neighbour[r]);
    else std::fill(std::begin(out->neighbour[r]), std::end(out->neighbour[r]), int16_t{0});
  }
  for (int p = 0; p <= K; ++p) {
    const uint64_t key = prev_tag_word_key(p == K ? kStartTag : p, forms.h_norm);
    out->prev_word[p] = present_.may_hold(key) ? w.find_row(key) : WeightTable::kNoRow;
  }
}

struct CompiledNerModel::WordCache {
  static constexpr size_t kSets = kCacheSlots / 2;
  uint64_t owner = 0;
  std::vector<CachedWord> slots;  // two ways per set
  std::vector<uint8_t> recent;    // per set: the way used last
  static size_t set_of(uint64_t h) { return (h ^ (h >> 29)) & (kSets - 1); }
};

CompiledNerModel::WordCache& CompiledNerModel::word_cache() const {
  static_assert(sizeof(CachedWord) == 256);
  thread_local WordCache cache;
  if (cache.owner != id_) {
    CachedWord unused;
    unused.length = CachedWord::kMaxBytes + 1;
    cache.slots.assign(kCacheSlots, unused);
    cache.recent.assign(WordCache::kSets, 0);
    cache.owner = id_;
  }
  return cache;
}

void CompiledNerModel::prefetch_words(const WordCache& cache, std::span<const std::string_view> tokens,
                                      uint64_t* hashes) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    hashes[i] = hash_word(tokens[i]);
    const char* set = reinterpret_cast<const char*>(&cache.slots[WordCache::set_of(hashes[i]) * 2]);
    for (size_t line = 0; line < 2 * sizeof(CachedWord); line += 64) __builtin_prefetch(set + line);
  }
}

const CompiledNerModel::CachedWord& CompiledNerModel::word(WordCache& cache, std::string_view token,
                                                           uint64_t h) const {
  thread_local CachedWord uncached;
  if (token.empty() || token.size() > CachedWord::kMaxBytes) {
    compute_word(token, &uncached);
    return uncached;
  }
  // Two ways per set; a miss replaces the way not used last.
  const size_t set_index = WordCache::set_of(h);
  CachedWord* set = &cache.slots[set_index * 2];
  const auto holds = [&](const CachedWord& slot) {
    return slot.token_hash == h && slot.length == token.size() && std::memcmp(slot.bytes, token.data(), token.size()) == 0;
  };
  uint8_t& recent = cache.recent[set_index];
  for (uint8_t way = 0; way < 2; ++way) {
    if (holds(set[way])) {
      recent = way;
      return set[way];
    }
  }
  recent ^= 1;
  CachedWord& slot = set[recent];
  compute_word(token, &slot);
  slot.token_hash = h;
  slot.length = static_cast<uint8_t>(token.size());
  std::memcpy(slot.bytes, token.data(), token.size());
  return slot;
}

void CompiledNerModel::score_sentence(std::span<const std::string_view> tokens, SentenceScores* out) const {
  const size_t n = tokens.size();
  const WeightTable& weights = model_->weights;
  thread_local SentenceHashes hashes;
  thread_local PhraseMatches gazetteer, triggers;
  thread_local std::vector<uint64_t> keys;
  out->n = n;
  out->emission.assign(n * K, 0);
  out->prev_word.resize(n * (K + 1) * K);
  hashes.clear();
  thread_local std::vector<uint32_t> prev_rows;
  prev_rows.resize(n * (K + 1));
  WordCache& cache = word_cache();
  thread_local std::vector<uint64_t> token_hashes;
  token_hashes.resize(n);
  prefetch_words(cache, tokens, token_hashes.data());
  int32_t* emission = out->emission.data();
  for (size_t i = 0; i < n; ++i) {
    const CachedWord& w = word(cache, tokens[i], token_hashes[i]);
    hashes.push_back(w.h_norm, w.h_article, w.h_all);
    for (int k = 0; k < K; ++k) emission[i * K + k] += w.self[k];
    for (size_t r = 0; r < kNeighbourFeatureCount; ++r) {
      // Token t sees this word as its neighbour when t + offset == i.
      const ptrdiff_t t = static_cast<ptrdiff_t>(i) - kNeighbourFeatures[r].offset;
      if (t < 0 || t >= static_cast<ptrdiff_t>(n)) continue;
      for (int k = 0; k < K; ++k) emission[t * K + k] += w.neighbour[r][k];
    }
    // The rows are copied at the end, once these early requests have had
    // time to bring them in from the weight table.
    std::copy(std::begin(w.prev_word), std::end(w.prev_word), &prev_rows[i * (K + 1)]);
    for (uint32_t row : w.prev_word) {
      if (row != WeightTable::kNoRow) __builtin_prefetch(weights.row_at(row));
    }
  }
  for (size_t t = 0; t < n; ++t) {
    for (size_t r = 0; r < kNeighbourFeatureCount; ++r) {
      const ptrdiff_t j = static_cast<ptrdiff_t>(t) + kNeighbourFeatures[r].offset;
      if (j >= 0 && j < static_cast<ptrdiff_t>(n)) continue;
      for (int k = 0; k < K; ++k) emission[t * K + k] += boundary_[r][k];
    }
  }
  model_->resources.gazetteer.match(hashes, &gazetteer);
  model_->resources.triggers.match(hashes, &triggers);
  for (size_t i = 0; i < n; ++i) {
    keys.clear();
    context_feature_keys(hashes, gazetteer, triggers, i, &keys);
    for (uint64_t key : keys) add_row(find(key), &emission[i * K]);
  }
  out->stem.assign(hashes.article.begin(), hashes.article.end());
  int16_t* prev_word = out->prev_word.data();
  for (size_t r = 0; r < n * (K + 1); ++r, prev_word += K) {
    if (prev_rows[r] == WeightTable::kNoRow) std::fill_n(prev_word, K, int16_t{0});
    else std::memcpy(prev_word, weights.row_at(prev_rows[r]), K * sizeof(int16_t));
  }
}

// viterbi_decode (ner_model.h) for integer scores, with the same choices: a
// candidate replaces the best so far only if strictly greater, so ties go to
// the lower previous tag and, at the end, to the lower tag. A forbidden
// transition scores kUnreached, never greater than what a tag starts from.
void CompiledNerModel::decode(const SentenceScores& scores, const int32_t* emission, std::vector<int>* tags) const {
  constexpr int32_t kUnreached = INT32_MIN;
  const size_t n = scores.n;
  tags->assign(n, 0);
  if (n == 0) return;
  thread_local std::vector<int32_t> delta;
  thread_local std::vector<int8_t> back;
  delta.resize(n * K);
  back.resize(n * K);
  const int16_t* prev_word = scores.prev_word.data();
  for (size_t i = 0; i < n; ++i) {
    // Tags 0-7 in two vectors of four lanes (SSE2, every x86-64 has it), tag 8 alone.
    static_assert(K == 9);
    Lanes d[2] = {Lanes{} + kUnreached, Lanes{} + kUnreached};
    Lanes from[2] = {Lanes{} - 1, Lanes{} - 1};
    int32_t d8 = kUnreached, from8 = -1;
    const int prev_count = i == 0 ? 1 : K;
    for (int pi = 0; pi < prev_count; ++pi) {
      const int row = i == 0 ? K : pi;
      const int32_t base = i == 0 ? 0 : delta[(i - 1) * K + pi];
      if (base == kUnreached) continue;
      const int32_t* transition = transition_[row];
      const int16_t* word_row = prev_word + (i * (K + 1) + row) * K;
      const int32_t* allowed = allowed_[row];
      for (int h = 0; h < 2; ++h) {
        const Lanes ok = load_lanes(allowed + 4 * h);
        const Lanes sum = (Lanes{} + base) + load_lanes(transition + 4 * h) + load_lanes(word_row + 4 * h);
        const Lanes cand = (sum & ok) | ((Lanes{} + kUnreached) & ~ok);
        const Lanes better = cand > d[h];
        d[h] = (cand & better) | (d[h] & ~better);
        from[h] = ((Lanes{} + pi) & better) | (from[h] & ~better);
      }
      const int32_t cand = allowed[8] ? base + transition[8] + word_row[8] : kUnreached;
      if (cand > d8) {
        d8 = cand;
        from8 = pi;
      }
    }
    for (int k = 0; k < K; ++k) {
      const int32_t dk = k < 8 ? d[k / 4][k % 4] : d8;
      delta[i * K + k] = dk == kUnreached ? kUnreached : dk + emission[i * K + k];
      back[i * K + k] = static_cast<int8_t>(k < 8 ? from[k / 4][k % 4] : from8);
    }
  }
  int best = 0;
  const int32_t* last = &delta[(n - 1) * K];
  for (int k = 1; k < K; ++k) {
    if (last[k] > last[best]) best = k;
  }
  for (size_t i = n; i-- > 0;) {
    (*tags)[i] = best;
    if (i > 0) best = back[i * K + best];
  }
}

void CompiledNerModel::tag_document(std::span<const std::string_view> tokens, std::span<const size_t> ends,
                                    std::vector<int>* tags) const {
  tags->clear();
  if (model_->mode != DecodeMode::kViterbi) {
    std::vector<SentenceFeatures> features(ends.size());
    size_t first = 0;
    for (size_t s = 0; s < ends.size(); ++s) {
      extract_features(model_->resources, tokens.subspan(first, ends[s] - first), &features[s]);
      first = ends[s];
    }
    std::vector<std::vector<int>> sentence_tags;
    model_->tag_document(features, &sentence_tags);
    for (const auto& t : sentence_tags) tags->insert(tags->end(), t.begin(), t.end());
    return;
  }
  const size_t sentences = ends.size();
  // Per-thread buffers, kept between documents to save their allocations.
  thread_local std::vector<SentenceScores> scores;
  thread_local std::vector<std::vector<int>> first;
  thread_local std::vector<int> sentence_tags;
  thread_local std::vector<int32_t> emission;
  thread_local DocumentMemory memory;
  if (scores.size() < sentences) scores.resize(sentences);
  if (first.size() < sentences) first.resize(sentences);
  size_t begin = 0;
  for (size_t s = 0; s < sentences; ++s) {
    score_sentence(tokens.subspan(begin, ends[s] - begin), &scores[s]);
    decode(scores[s], scores[s].emission.data(), &first[s]);
    begin = ends[s];
  }
  const size_t window = model_->doc_window;
  if (window == 0) {
    for (size_t s = 0; s < sentences; ++s) tags->insert(tags->end(), first[s].begin(), first[s].end());
    return;
  }
  // The document pass of NerModel::tag_document, with the document feature
  // rows added to the emission scores instead of as keys.
  memory.clear();
  size_t lo = 0, hi = 0;
  for (size_t s = 0; s < sentences; ++s) {
    const size_t want_lo = s > window ? s - window : 0;
    const size_t want_hi = std::min(sentences, s + window + 1);
    for (; hi < want_hi; ++hi) memory.add(scores[hi].stem, first[hi], +1);
    for (; lo < want_lo; ++lo) memory.add(scores[lo].stem, first[lo], -1);
    const SentenceScores& sentence = scores[s];
    bool any = false;
    for (size_t i = 0; i < sentence.n; ++i) {
      uint16_t seen = 0;
      int majority = 0;
      if (!memory.document_features(sentence.stem[i], first[s][i], &seen, &majority)) continue;
      if (!any) emission.assign(sentence.emission.begin(), sentence.emission.end());
      any = true;
      int32_t* e = &emission[i * K];
      for (int t = 0; t < K; ++t) {
        if (!(seen >> t & 1)) continue;
        for (int k = 0; k < K; ++k) e[k] += doc_tag_[t][k];
      }
      for (int k = 0; k < K; ++k) e[k] += doc_majority_[majority][k];
    }
    if (any) {
      decode(sentence, emission.data(), &sentence_tags);
      tags->insert(tags->end(), sentence_tags.begin(), sentence_tags.end());
    } else {
      tags->insert(tags->end(), first[s].begin(), first[s].end());
    }
  }
}

}  // namespace marsad::ner
