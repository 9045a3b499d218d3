// Training the tagger: an averaged perceptron, either structured (Viterbi
// decoding, one update per sentence) or greedy (one update per token), or the
// mean of a few such trained in different orders (an ensemble), over
// the features of ner_features.h, with a document pass (document_window):
// the training sentences' document features come from first-pass tags of
// models trained on the other folds. Deterministic: fixed seeds order the
// sentences of every epoch and draw the dropouts.
//
//   NerTrainOptions options;
//   options.epochs = 8;
//   NerModel model;
//   Status s = train_ner_model(split.train, resources, options, &model);
//   PhraseScorer score = evaluate_ner_model(model, split.held_out);
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "core/status.h"
#include "entity/ner_corpus.h"
#include "entity/ner_model.h"
#include "entity/ner_spans.h"

namespace marsad::ner {

// What one epoch did.
struct NerEpochReport {
  int member = 0;             // 0-based, of the ensemble (NerTrainOptions::ensemble)
  int epoch = 0;              // 1-based
  size_t tokens = 0;
  size_t token_errors = 0;    // tokens mistagged while training (before updates)
  double seconds = 0;         // time of the epoch, evaluation excluded
  bool has_dev = false;
  PhraseCounts dev;           // the averaged model's phrase counts on dev
  size_t features = 0;        // distinct features with a weight so far
};

inline constexpr uint64_t kNerEnsembleSeedStep = 1000003;

struct NerTrainOptions {
  // Defaults chosen on the dev split (train on 80%, score the next 10%).
  int epochs = 12;
  DecodeMode mode = DecodeMode::kViterbi;
  uint64_t seed = 20070101;
  // Features whose averaged weights are all below this (absolute) are
  // dropped from the final model; keeps the model file small.
  double prune_below = 0.01;
  // Probability that a token's word-identity features are left out of an
  // update, so that the weights of context, affix and gazetteer features also
  // learn to recognize names not seen in training.
  double lexical_dropout = 0.2;
  // Subtracted from the final score of the tag O (in weight units): trades
  // precision for recall on names the model is unsure of.
  double o_penalty = 4.0;
  // Document pass (NerModel::doc_window): sentences on each side of a
  // sentence that make its document; 0 trains a one-pass model.
  int document_window = 30;
  // The first-pass tags behind the training sentences' document features
  // come from models trained without the sentence's fold (of this many).
  int document_folds = 5;
  // Probability that a sentence is trained on without its document features.
  double document_dropout = 0.5;
  // The final model averages the weights of this many models trained with
  // different seeds (member m: seed + m * kNerEnsembleSeedStep), which order
  // the sentences and draw the dropouts, so it depends less on one order
  // (3: cross-validation F1 +0.8 over 1, 5 no better). The first-pass models
  // behind the document features stay single.
  int ensemble = 3;
  // When set, the averaged model is scored on these after every epoch.
  const std::vector<NerSentence>* dev = nullptr;
  // Called after every epoch (progress output); may be empty.
  std::function<void(const NerEpochReport&)> on_epoch;
};

// Trains a model on `sentences` with `resources` (copied into the model).
// Fails if a tag is not one of kNerTags or if there is nothing to train on.
Status train_ner_model(const std::vector<NerSentence>& sentences, const NerResources& resources,
                       const NerTrainOptions& options, NerModel* model);

// Tags the sentences as one document (NerModel::tag_document) and scores the
// phrases against the gold tags.
PhraseScorer evaluate_ner_model(const NerModel& model, const std::vector<NerSentence>& sentences);

}  // namespace marsad::ner
