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
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "entity/ner_gazetteer.h"

namespace marsad::ner {

// What a feature is about. Numbers are stored in models: append, never reorder.
enum class FeatureTemplate : uint64_t {
  kBias = 1,
  kWord,             // the token as written
  kNorm,             // normalized
  kArticleStripped,  // normalized, article clitics stripped
  kAllStripped,      // normalized, every proclitic stripped
  kPrefix1, kPrefix2, kPrefix3,  // first 1-3 letters of the normalized word
  kSuffix1, kSuffix2, kSuffix3,  // last 1-3 letters
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
};

// The id of a feature with one value, or with two.
uint64_t feature_key(FeatureTemplate t, uint64_t value);
uint64_t feature_key(FeatureTemplate t, uint64_t a, uint64_t b);

// What feature extraction looks words up in.
struct NerResources {
  PhraseSet gazetteer;  // listed names, classes kPhrasePers/Loc/Org
  PhraseSet triggers;   // words that introduce or open names
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

  size_t size() const { return word.size(); }
  std::span<const uint64_t> at(size_t i) const {
    return {keys.data() + offsets[i], keys.data() + offsets[i + 1]};
  }
};

// Extracts the features of every token of one sentence into `out` (its
// buffers are reused). Deterministic: the same tokens give the same keys.
void extract_features(const NerResources& resources, std::span<const std::string_view> tokens,
                      SentenceFeatures* out);

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
