#include "entity/ner_trainer.h"

#include <chrono>
#include <cmath>
#include <random>
#include <unordered_map>

namespace marsad::ner {
namespace {

constexpr int K = kNerTagCount;

// Float weights by feature key, rows in the order keys were first added.
class SummedWeights {
 public:
  float* row(uint64_t key) {
    auto [it, inserted] = index_.try_emplace(key, static_cast<uint32_t>(keys_.size()));
    if (inserted) {
      keys_.push_back(key);
      rows_.resize(rows_.size() + K, 0.0f);
    }
    return &rows_[size_t(it->second) * K];
  }

  // The weights quantized to int16 into `model`, features whose weights are
  // all below `prune_below` dropped. `o_penalty` is taken from the bias
  // feature's weight for O.
  void finalize(double prune_below, double o_penalty, NerModel* model) const {
    std::vector<float> weights = rows_;
    if (auto it = index_.find(feature_key(FeatureTemplate::kBias, 0)); it != index_.end()) {
      weights[size_t(it->second) * K + 0] -= static_cast<float>(o_penalty);
    }
    float largest = 0;
    for (float a : weights) largest = std::max(largest, std::fabs(a));
    const float scale = largest > 0 ? largest / 32767.0f : 1.0f;
    std::vector<uint64_t> keys;
    std::vector<int16_t> quantized;
    for (size_t r = 0; r < keys_.size(); ++r) {
      int16_t row[K];
      bool keep = false;
      for (int k = 0; k < K; ++k) {
        const float a = weights[r * K + k];
        row[k] = std::fabs(a) < prune_below ? 0 : static_cast<int16_t>(std::lround(a / scale));
        keep |= row[k] != 0;
      }
      if (!keep) continue;
      keys.push_back(keys_[r]);
      quantized.insert(quantized.end(), row, row + K);
    }
    model->scale = scale;
    model->weights.build(keys, quantized);
  }

 private:
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<uint64_t> keys_;
  std::vector<float> rows_;
};

// Perceptron weights with the running sums needed for averaging: the averaged
// weight after c steps is w - u / c, where every update d at step t adds t*d to u.
class AveragedWeights {
 public:
  const float* find(uint64_t key) const {
    auto it = index_.find(key);
    return it == index_.end() ? nullptr : &w_[size_t(it->second) * K];
  }

  void update(uint64_t key, int tag, float delta, double step) {
    auto [it, inserted] = index_.try_emplace(key, static_cast<uint32_t>(keys_.size()));
    if (inserted) {
      keys_.push_back(key);
      w_.resize(w_.size() + K, 0.0f);
      u_.resize(u_.size() + K, 0.0);
    }
    const size_t at = size_t(it->second) * K + tag;
    w_[at] += delta;
    u_[at] += step * delta;
  }

  size_t size() const { return keys_.size(); }

  // Adds `share` times the averaged weights after `steps` steps to `sum`.
  void add_averaged(double steps, float share, SummedWeights* sum) const {
    for (size_t r = 0; r < keys_.size(); ++r) {
      float* row = sum->row(keys_[r]);
      for (int k = 0; k < K; ++k) {
        const size_t at = r * K + k;
        row[k] += share * static_cast<float>(w_[at] - u_[at] / steps);
      }
    }
  }

 private:
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<uint64_t> keys_;
  std::vector<float> w_;
  std::vector<double> u_;
};

struct Example {
  SentenceFeatures features;
  SentenceFeatures with_document;  // features plus document features (has_document)
  bool has_document = false;
  std::vector<int> gold;
};

// A copy of `in` where each token's word-identity features are left out with
// probability `p`.
void drop_lexical_features(const SentenceFeatures& in, double p, std::mt19937_64* rng, SentenceFeatures* out) {
  out->offsets.clear();
  out->keys.clear();
  out->word = in.word;
  out->stem = in.stem;
  for (size_t i = 0; i < in.size(); ++i) {
    out->offsets.push_back(static_cast<uint32_t>(out->keys.size()));
    const std::span<const uint64_t> keys = in.at(i);
    const bool drop = static_cast<double>((*rng)() >> 11) * 0x1.0p-53 < p;
    for (size_t k = 0; k < keys.size(); ++k) {
      if (drop && k >= kLexicalBegin && k < kLexicalEnd) continue;
      out->keys.push_back(keys[k]);
    }
  }
  out->offsets.push_back(static_cast<uint32_t>(out->keys.size()));
}

// Fisher-Yates with the generator's raw output, so the order does not depend
// on the standard library's distribution implementation.
void shuffle_indices(std::vector<size_t>* order, std::mt19937_64* rng) {
  for (size_t i = order->size(); i > 1; --i) {
    const size_t j = (*rng)() % i;
    std::swap((*order)[i - 1], (*order)[j]);
  }
}

// The perceptron's epochs over `examples` (those listed in `subset`), as
// member `member` of an ensemble: adds `share` times the averaged weights to
// *sum. Document features are used when
// `use_document`. With options.dev, `model` gets each epoch's weights, to be
// scored.
void run_epochs(const std::vector<Example>& examples, const std::vector<size_t>& subset,
                const NerTrainOptions& options, bool use_document, int member, float share,
                SummedWeights* sum, NerModel* model) {
  NerModel& result = *model;
  AveragedWeights weights;
  auto row = [&weights](uint64_t key) { return weights.find(key); };
  std::mt19937_64 rng(options.seed);
  std::mt19937_64 dropout_rng(options.seed + 1);
  std::mt19937_64 document_rng(options.seed + 2);
  SentenceFeatures dropped;
  std::vector<size_t> order = subset;
  double step = 1;  // counts sentences (Viterbi) or tokens (greedy)
  std::vector<int> predicted;

  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    NerEpochReport report;
    report.member = member;
    report.epoch = epoch;
    shuffle_indices(&order, &rng);
    for (size_t index : order) {
      const Example& ex = examples[index];
      // Without its document features now and then, so that the model also
      // serves the first pass, which has none.
      const bool document = use_document && ex.has_document &&
                            static_cast<double>(document_rng() >> 11) * 0x1.0p-53 >= options.document_dropout;
      const SentenceFeatures& base = document ? ex.with_document : ex.features;
      if (options.lexical_dropout > 0) {
        drop_lexical_features(base, options.lexical_dropout, &dropout_rng, &dropped);
      }
      const SentenceFeatures& f = options.lexical_dropout > 0 ? dropped : base;
      const size_t n = f.size();
      report.tokens += n;
      if (options.mode == DecodeMode::kGreedy) {
        int prev2 = kStartTag, prev = kStartTag;
        for (size_t i = 0; i < n; ++i, ++step) {
          float s[K] = {};
          auto add_row = [&](uint64_t key) {
            if (const float* r = weights.find(key)) {
              for (int k = 0; k < K; ++k) s[k] += r[k];
            }
          };
          for (uint64_t key : f.at(i)) add_row(key);
          const uint64_t history[3] = {prev_tag_key(prev), prev_tag_word_key(prev, f.word[i]),
                                       prev_two_tags_key(prev2, prev)};
          for (uint64_t key : history) add_row(key);
          int guess = 0;
          for (int k = 1; k < K; ++k) {
            if (ner_transition_allowed(prev, k) && s[k] > s[guess]) guess = k;
          }
          const int gold = ex.gold[i];
          if (guess != gold) {
            ++report.token_errors;
            for (uint64_t key : f.at(i)) {
              weights.update(key, gold, 1, step);
              weights.update(key, guess, -1, step);
            }
            for (uint64_t key : history) {
              weights.update(key, gold, 1, step);
              weights.update(key, guess, -1, step);
            }
          }
          prev2 = prev;
          prev = guess;
        }
        continue;
      }
      decode_tags<float>(row, f, DecodeMode::kViterbi, &predicted);
      for (size_t i = 0; i < n; ++i) {
        const int gold = ex.gold[i], guess = predicted[i];
        const int gold_prev = i ? ex.gold[i - 1] : kStartTag;
        const int guess_prev = i ? predicted[i - 1] : kStartTag;
        if (gold != guess) {
          ++report.token_errors;
          for (uint64_t key : f.at(i)) {
            weights.update(key, gold, 1, step);
            weights.update(key, guess, -1, step);
          }
        }
        if (gold != guess || gold_prev != guess_prev) {
          weights.update(prev_tag_key(gold_prev), gold, 1, step);
          weights.update(prev_tag_key(guess_prev), guess, -1, step);
          weights.update(prev_tag_word_key(gold_prev, f.word[i]), gold, 1, step);
          weights.update(prev_tag_word_key(guess_prev, f.word[i]), guess, -1, step);
        }
      }
      ++step;
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report.features = weights.size();
    if (options.dev) {
      SummedWeights current;
      weights.add_averaged(step, 1.0f, &current);
      current.finalize(options.prune_below, options.o_penalty, &result);
      report.has_dev = true;
      report.dev = evaluate_ner_model(result, *options.dev).overall();
    }
    if (options.on_epoch) options.on_epoch(report);
  }
  weights.add_averaged(step, share, sum);
}

// The document features of every example, from first-pass tags that a model
// trained without the example's fold predicted (k-fold jackknife), so that
// they are as wrong as they will be on new text.
void add_document_features(std::vector<Example>* examples, const NerResources& resources,
                           const NerTrainOptions& options) {
  const size_t n = examples->size();
  const size_t folds = std::max<size_t>(2, std::min<size_t>(options.document_folds, n));
  std::vector<std::vector<int>> first(n);
  NerTrainOptions fold_options = options;
  fold_options.on_epoch = nullptr;
  fold_options.dev = nullptr;
  for (size_t fold = 0; fold < folds; ++fold) {
    const size_t lo = n * fold / folds, hi = n * (fold + 1) / folds;
    std::vector<size_t> subset;
    for (size_t i = 0; i < n; ++i) {
      if (i < lo || i >= hi) subset.push_back(i);
    }
    NerModel fold_model;
    fold_model.resources = resources;
    fold_model.mode = options.mode;
    SummedWeights weights;
    run_epochs(*examples, subset, fold_options, false, 0, 1.0f, &weights, &fold_model);
    weights.finalize(options.prune_below, options.o_penalty, &fold_model);
    for (size_t i = lo; i < hi; ++i) fold_model.tag_features((*examples)[i].features, &first[i]);
  }
  DocumentMemory memory;
  const size_t w = options.document_window;
  size_t lo = 0, hi = 0;
  for (size_t s = 0; s < n; ++s) {
    const size_t want_lo = s > w ? s - w : 0;
    const size_t want_hi = std::min(n, s + w + 1);
    for (; hi < want_hi; ++hi) memory.add((*examples)[hi].features, first[hi], +1);
    for (; lo < want_lo; ++lo) memory.add((*examples)[lo].features, first[lo], -1);
    Example& ex = (*examples)[s];
    ex.has_document = memory.add_features(ex.features, first[s], &ex.with_document);
  }
}

}  // namespace

Status train_ner_model(const std::vector<NerSentence>& sentences, const NerResources& resources,
                       const NerTrainOptions& options, NerModel* model) {
  if (sentences.empty()) return Status::invalid_input("training corpus", "no sentences to train on");
  std::vector<Example> examples(sentences.size());
  std::vector<std::string_view> views;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const NerSentence& sentence = sentences[s];
    if (sentence.tags.size() != sentence.tokens.size()) {
      return Status::invalid_input("sentence " + std::to_string(s + 1), "tokens and tags differ in number");
    }
    views.assign(sentence.tokens.begin(), sentence.tokens.end());
    extract_features(resources, views, &examples[s].features);
    for (const std::string& tag : sentence.tags) {
      const int index = ner_tag_index(tag);
      if (index < 0) return Status::invalid_input("sentence " + std::to_string(s + 1), "unknown tag '" + tag + "'");
      examples[s].gold.push_back(index);
    }
  }
  const bool use_document = options.document_window > 0;
  if (use_document) add_document_features(&examples, resources, options);

  NerModel result;
  result.resources = resources;
  result.mode = options.mode;
  result.doc_window = static_cast<uint16_t>(use_document ? options.document_window : 0);
  std::vector<size_t> all(examples.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  // Members of the ensemble differ in their seed: the order of the sentences
  // and the dropouts.
  SummedWeights weights;
  const int members = std::max(1, options.ensemble);
  for (int m = 0; m < members; ++m) {
    NerTrainOptions member = options;
    member.seed = options.seed + kNerEnsembleSeedStep * static_cast<uint64_t>(m);
    run_epochs(examples, all, member, use_document, m, 1.0f / static_cast<float>(members), &weights, &result);
  }
  weights.finalize(options.prune_below, options.o_penalty, &result);
  *model = std::move(result);
  return Status::ok_status();
}

PhraseScorer evaluate_ner_model(const NerModel& model, const std::vector<NerSentence>& sentences) {
  PhraseScorer scorer;
  std::vector<SentenceFeatures> features(sentences.size());
  std::vector<std::string_view> views;
  for (size_t s = 0; s < sentences.size(); ++s) {
    views.assign(sentences[s].tokens.begin(), sentences[s].tokens.end());
    extract_features(model.resources, views, &features[s]);
  }
  std::vector<std::vector<int>> tags;
  model.tag_document(features, &tags);
  std::vector<std::string> predicted;
  for (size_t s = 0; s < sentences.size(); ++s) {
    predicted.clear();
    for (int t : tags[s]) predicted.emplace_back(kNerTags[t]);
    scorer.add(sentences[s].tags, predicted);
  }
  return scorer;
}

}  // namespace marsad::ner
