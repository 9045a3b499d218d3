// Feature extraction for the tagger: each token of a sentence becomes a list of
// hashed feature ids (64-bit keys) that do not depend on the tags; the
// tag-history features (previous tags) are keyed by the functions at the end.
//
//   NerResources resources{gazetteer, builtin_trigger_phrases()};
//   SentenceFeatures features;
//   extract_features(resources, tokens, &features);
//   for (uint64_t key : features.at(i)) ...       // token i's feature ids
//
// A feature id is feature_key(template, value...). The ids are part of the
// model's format: changing a template's value changes what a model means.
//
// What was tried (issue 4), CoNLL phrase F1 in %: "dev" trains on the first
// 80% of anercorp-train.txt and scores the next 10% (`marsad train-ner --dev`,
// last epoch); "held-out" trains on 90% and scores the last 10%
// (`marsad train-ner`). The held-out part has 1,084 names, so +-1.3 is noise;
// settings were chosen on dev.
//   change                                      dev    held-out (LOC MISC ORG PERS)
//   before (affixes 1-3, gazetteer, triggers)   74.75  68.85 (82.7 43.1 55.7 69.8)
//   + prefixes/suffixes of length 4             75.46  68.94            kept
//   + affixes 1-4 of the proclitic-stripped     75.49  68.83            kept
//     word; both together                       76.58  69.38
//   + stripped words 2 before / 2 after         76.97  69.00            dropped
//   + document pass, window +-10 sentences      78.57  69.39
//   + document pass, window +-30 sentences      78.44  69.93            kept
//     (o-penalty 8: 78.32/68.69; 12: 77.88/69.16; lexical dropout 0.4: 77.30/69.28)
//   + word clusters (coarse, fine) of the word  80.68  70.42            kept
//   + neighbours' fine clusters                 79.59  70.40            dropped
//   + neighbours +-2 and cluster bigram         79.88  70.82            dropped
//   20 epochs instead of 12                     79.29  69.02            dropped
//   greedy decoding with two previous tags      75.84  65.04            dropped
//   shipped (k-means seeding made robust)       79.34  69.13 (84.5 44.9 53.3 70.9)
// Most held-out misses are names absent from the training part (ORG 152 of
// 203 such, PERS 128 of 260, MISC 73 of 80), many Moroccan football clubs.
// Second round, scored by 3-fold cross-validation inside the training 90%
// (`marsad train-ner --dev-fold K`, K = 0, 3, 6, phrase counts pooled: about
// 2,600 names, so +-0.8 is noise); the held-out part was not looked at:
//   change                                      cv F1  (LOC MISC ORG PERS)
//   shipped                                     78.05 (86.4 70.6 69.0 70.0)
//   + data/entity name_titles, org_heads as triggers     78.10   dropped
//   + (previous tag, coarse cluster of the word)         77.86   dropped
//   8 epochs / 18 epochs                        77.16 / 78.08   dropped
//   document memory by the proclitic-stripped form       77.30   dropped
//   and on the old dev split (`--dev`, 79.34 shipped): neighbours' ending
//   (article + last 2 letters: nationality before a name) 78.55, neighbours'
//   coarse clusters 77.97, previous word's fine cluster 78.69; --dropout 0.3
//   79.12, --o-penalty 6 78.93, --doc-dropout 0.3 79.05: all dropped.
// Third round, the same 3-fold CV. A single model's figure moves with the
// training seed (sentence order, dropouts): 78.05, 77.90, 77.23, 77.61 for
// four seeds (mean 77.70), so changes were compared at equal seeds:
//   change                                      cv F1
//   ensemble: weights of 3 models trained in    78.94 (87.5 71.8 66.1 72.9)  kept
//     other orders averaged; four seeds         78.94 78.59 78.03 78.33 (mean 78.47, +0.77)
//   ensemble of 5                               78.88   dropped (no better than 3)
//   + ensemble for the first-pass models too    78.64   dropped
//   ensemble with 16 epochs / --dropout 0.35 / --o-penalty 5
//                                               78.45 / 78.27 / 78.07   dropped
//   + the word has no cluster (rare in SaudiNewsNet); single model, three seeds
//     78.75 78.38 78.30 (+0.75), but in the ensemble 78.86 / 78.19 (-0.1)   dropped
//   + neighbours +-1, +-2 have no cluster        78.24; ensemble 78.85   dropped
//   + previous word listed and this one has no cluster  78.15             dropped
//   + trigger 1-4 words before, by distance and whether the word has the
//     article (the words of وزارة ... after it)  76.41                    dropped
//   + the word or a neighbour is an adjective of a listed place (nisba:
//     السوري, المصرية)                           78.26; ensemble 78.93   dropped
//   features seen once in training left out    77.68                    dropped
//   clusters of 96,000 words (min count 3)      76.89                    dropped
//   clusters over 2,000 context words           77.19                    dropped
//   1,024 fine clusters (ensemble)              78.60                    dropped
// Then, each with the ensemble at two seeds (train-ner --seed; 78.94 / 78.33):
//   + letter 4-grams of the article-stripped word   78.43 / 78.66        dropped
//   + the word is 1-4 into a chain of words with the article after an
//     organization head (وزارة الشؤون الخارجية)  78.55 / 78.54 (ORG +1.2)  dropped
//   members trained on bootstrap samples (bagging)  77.41 / 77.30        dropped
//   members with lexical dropout 0.2 / 0.1 / 0.3    78.48 / 78.27        dropped
// Shipped with the ensemble of 3: held-out 69.56 (84.6 44.6 53.0 72.4),
// 69.13 before; looked at once, for the shipped model.
// Session 8, same CV (shipped 78.94): the Arabic names of the place files as
// gazetteer locations, places.tsv and libgeonames' geonames.tsv 77.81 (LOC
// 87.5 -> 84.7), places.tsv alone 76.85: dropped. The places' gazetteer runs
// after the tagger instead (text_names.h), where a name may be kept from
// spotting alone. And the flow's names (find_names: tagger, organization
// patterns, place gazetteer) scored against ANERcorp's tags on CV fold 0:
// 75.69 against the tagger's 83.27 (MISC recall 53 -> 11, ORG precision
// 80 -> 57): the patterns and the gazetteer serve clustering, not
// ANERcorp's conventions; `marsad ner --conll` scores the tagger.
// Session 9, another kind of model, same CV: a BiLSTM-CRF (word embeddings
// from fastText skipgram vectors trained on SaudiNewsNet, 100 dimensions,
// subwords giving unseen words a vector; a character CNN; BiLSTM 100; CRF;
// dropout 0.5; Adam; early stopping on the dev fold itself, which flatters
// it), prototyped in PyTorch 1.13 (Debian's python3-torch) before a port to
// libtorch: pooled CV 75.39 (LOC 84.5 MISC 59.1 ORG 62.4 PERS 71.3; folds
// 82.0 / 70.6 / 73.9 against the perceptron's 83.3 / 78.2 / 76.2), 5-12
// minutes of training a fold on 2 cores, 23,000-41,000 tokens/s tagging
// (the perceptron: 2,000,000); held-out, trained 17 epochs on the whole
// training part: 67.91 (LOC 81.0 MISC 48.1 ORG 51.5 PERS 70.7) against the
// shipped 69.56. The vectors helped it (+8 on fold 0 at epoch 7). Not ported.
#pragma once


#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entity/ner_clusters.h"
#include "entity/ner_flat_map.h"
#include "entity/ner_gazetteer.h"
#include "entity/ner_spans.h"

namespace marsad::ner {

// What a feature is about. Numbers are stored in models: append, never reorder.
enum class FeatureTemplate : uint64_t {
  kBias = 1,
  kWord,             // the token as written
  kNorm,             // normalized
  kArticleStripped,  // normalized, article clitics stripped
  kAllStripped,      // normalized, every proclitic stripped
  kPrefix1, kPrefix2, kPrefix3,  // first 1-3 letters of the normalized word (4: kPrefix4)
  kSuffix1, kSuffix2, kSuffix3,  // last 1-3 letters (4: kSuffix4)
  kStrippedSuffix2,  // last 2 letters of the article-stripped word
  kShape,            // character classes and length bucket
  kCliticShape,      // which proclitics were stripped
  kNormPrev1, kNormPrev2, kNormNext1, kNormNext2,  // neighbouring words
  kStrippedPrev1, kStrippedNext1,
  kBigramPrev, kBigramNext,         // (previous, this) and (this, next) words
  kGazSingle,        // value: class bit; the token alone is a listed name
  kGazSinglePrev1, kGazSingleNext1,
  kGazBegin, kGazInside, kGazEnd,   // inside a listed multi-word name
  kTriggerHere,      // the token is a trigger word (e.g. وزارة opens an ORG)
  kTriggerPrev1,     // a trigger phrase ends at the previous token
  kTriggerPrev2,
  kTriggerPrevAndGaz,  // value: trigger class x gazetteer class of this token
  kPrevTag,          // history: previous tag
  kPrevTagWord,      // history: previous tag and this word
  kPrevTwoTags,      // history: the two previous tags (greedy decoding only)
  kLetterTrigram,    // any 3 consecutive letters of the article-stripped word
  kPrefix4, kSuffix4,   // first and last 4 letters of the normalized word
  kStemPrefix1, kStemPrefix2, kStemPrefix3, kStemPrefix4,  // of the proclitic-stripped word
  kStemSuffix1, kStemSuffix2, kStemSuffix3, kStemSuffix4,
  kDocTag,           // document: the first pass gave this word this tag elsewhere
  kDocMajority,      // document: the tag the first pass gave this word most often elsewhere
  kClusterCoarse, kClusterFine,     // the word's clusters (ner_clusters.h)
};


// The id of a feature with one value, or with two.
uint64_t feature_key(FeatureTemplate t, uint64_t value);
uint64_t feature_key(FeatureTemplate t, uint64_t a, uint64_t b);

// What feature extraction looks words up in.
struct NerResources {
  PhraseSet gazetteer;  // listed names, classes kPhrasePers/Loc/Org
  PhraseSet triggers;   // words that introduce or open names
  WordClusters clusters;  // distributional word clusters; may be empty
};

// The observation features of one sentence. Every token's keys start with
// kBias, then its word-identity features (kWord, kNorm, kArticleStripped,
// kAllStripped) at positions [kLexicalBegin, kLexicalEnd) of its list, so
// training can leave them out to learn from the other features.
inline constexpr size_t kLexicalBegin = 1;
inline constexpr size_t kLexicalEnd = 5;
struct SentenceFeatures {
  std::vector<uint32_t> offsets;  // token i's keys are keys[offsets[i], offsets[i+1])
  std::vector<uint64_t> keys;
  std::vector<uint64_t> word;     // token i's normalized-word hash, for kPrevTagWord
  std::vector<uint64_t> stem;     // token i's article-stripped hash, for document features

  size_t size() const { return word.size(); }
  std::span<const uint64_t> at(size_t i) const {
    return {keys.data() + offsets[i], keys.data() + offsets[i + 1]};
  }
};

// Extracts the features of every token of one sentence into `out` (its
// buffers are reused). Deterministic: the same tokens give the same keys.
// A token's keys are, in order: word_feature_keys of the token, one
// neighbour key per kNeighbourFeatures entry, then context_feature_keys.
void extract_features(const NerResources& resources, std::span<const std::string_view> tokens,
                      SentenceFeatures* out);

// The parts of extract_features, for taggers that cache what depends on one
// word only (ner_compiled_model.h).

// Appends the keys that depend on the token alone (`w`: its forms), starting
// with kBias and the word-identity keys (kLexicalBegin..kLexicalEnd).
void word_feature_keys(const NerResources& resources, std::string_view token, const WordForms& w,
                       std::vector<uint64_t>* out);

// A feature of a token that is a neighbouring word's form: the word `offset`
// tokens away, normalized or article-stripped; kBoundaryWord past the
// sentence's ends.
enum class NeighbourValue : uint8_t {
  kNorm,      // WordForms::h_norm
  kStripped,  // WordForms::h_article
};
struct NeighbourFeature {
  FeatureTemplate feature;
  int offset;
  NeighbourValue value;
};
inline constexpr uint64_t kBoundaryWord = 0xB0B0B0B0B0B0B0B0ULL;
inline constexpr NeighbourFeature kNeighbourFeatures[] = {
    {FeatureTemplate::kNormPrev1, -1, NeighbourValue::kNorm},
    {FeatureTemplate::kNormPrev2, -2, NeighbourValue::kNorm},
    {FeatureTemplate::kNormNext1, 1, NeighbourValue::kNorm},
    {FeatureTemplate::kNormNext2, 2, NeighbourValue::kNorm},
    {FeatureTemplate::kStrippedPrev1, -1, NeighbourValue::kStripped},
    {FeatureTemplate::kStrippedNext1, 1, NeighbourValue::kStripped},
};
inline constexpr size_t kNeighbourFeatureCount = std::size(kNeighbourFeatures);
inline uint64_t neighbour_key(const NeighbourFeature& role, uint64_t value) {
  return feature_key(role.feature, value);
}
// The value a word gives a neighbour feature of kind `v`.
inline uint64_t neighbour_value(NeighbourValue v, const WordForms& w) {
  return v == NeighbourValue::kStripped ? w.h_article : w.h_norm;
}
// The cluster of a word: its article-stripped form's, else its
// proclitic-stripped form's; nullptr if neither has one.
const WordCluster* word_cluster(const WordForms& w, const WordClusters& clusters);

// Appends token i's keys that depend on its context: word bigrams, gazetteer
// and trigger matches around it.
void context_feature_keys(const SentenceHashes& words, const PhraseMatches& gazetteer,
                          const PhraseMatches& triggers, size_t i, std::vector<uint64_t>* out);

// What a first pass tagged each word (article-stripped form) as, over the
// sentences of a document: the source of the document features (kDocTag,
// kDocMajority) that let a second pass tag a name the same way everywhere.
class DocumentMemory {
 public:
  // Counts (sign +1) or uncounts (sign -1) one sentence's first-pass tags.
  void add(const SentenceFeatures& features, const std::vector<int>& tags, int sign) {
    add(features.stem, tags, sign);
  }
  // The same by the words' article-stripped hashes (SentenceFeatures::stem).
  void add(std::span<const uint64_t> stems, std::span<const int> tags, int sign);
  void clear() { counts_.clear(); }
  // The document features of one occurrence of a word (article-stripped
  // hash) whose own first-pass tag was `own_tag`: bit k of *tags_seen is set
  // if the word was tagged k elsewhere, *majority is the most frequent of
  // those tags (kDocTag, kDocMajority). False if the word was tagged only O
  // elsewhere, or not seen: then it has no document features.
  bool document_features(uint64_t stem, int own_tag, uint16_t* tags_seen, int* majority) const;
  // `base` plus, for each token, the document features of its word, counted
  // over the other occurrences (its own first-pass tag `own_tags[i]` is left
  // out). Returns false, leaving `out` untouched, when no token has any.
  bool add_features(const SentenceFeatures& base, const std::vector<int>& own_tags,
                    SentenceFeatures* out) const;

 private:
  FlatHashMap<std::array<uint16_t, kNerTagCount>> counts_;
};

// History feature ids. `prev` and `prev2` are tag indices, or kStartTag before
// the sentence's first token.
inline constexpr int kStartTag = 15;
inline uint64_t prev_tag_key(int prev) {
  return feature_key(FeatureTemplate::kPrevTag, static_cast<uint64_t>(prev));
}
inline uint64_t prev_tag_word_key(int prev, uint64_t word) {
  return feature_key(FeatureTemplate::kPrevTagWord, static_cast<uint64_t>(prev), word);
}
inline uint64_t prev_two_tags_key(int prev2, int prev) {
  return feature_key(FeatureTemplate::kPrevTwoTags, static_cast<uint64_t>(prev2 * 16 + prev));
}

}  // namespace marsad::ner
