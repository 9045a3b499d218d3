#include "entity/ner_features.h"

#include <algorithm>

#include "entity/ner_hash.h"
#include "entity/ner_text.h"

namespace marsad::ner {
namespace {

// Byte length of the first `n` code points of s, or npos if s has fewer.
size_t prefix_bytes(std::string_view s, size_t n) {
  size_t i = 0;
  for (size_t k = 0; k < n; ++k) {
    if (i >= s.size()) return std::string_view::npos;
    const auto b = static_cast<unsigned char>(s[i]);
    i += b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
  }
  return i <= s.size() ? i : std::string_view::npos;
}

// Byte length of the last `n` code points of s, or npos if s has fewer.
size_t suffix_bytes(std::string_view s, size_t n) {
  size_t i = s.size();
  for (size_t k = 0; k < n; ++k) {
    if (i == 0) return std::string_view::npos;
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  }
  return s.size() - i;
}

// Character classes present (bits) and a length bucket.
uint64_t word_shape(std::string_view norm) {
  uint64_t classes = 0;
  for (size_t i = 0; i < norm.size(); ++i) {
    const auto c = static_cast<unsigned char>(norm[i]);
    if (c >= '0' && c <= '9') classes |= 1;
    else if ((c >= 'a' && c <= 'z')) classes |= 2;
    else if (c < 0x80) classes |= 4;                       // ASCII punctuation, symbols
    else if (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB) classes |= 8;  // Arabic block
    else if (c >= 0xC0) classes |= 16;                     // other scripts
  }
  const size_t letters = count_code_points(norm);
  const uint64_t bucket = letters <= 6 ? letters : letters <= 8 ? 7 : 8;
  return classes * 16 + bucket;
}

}  // namespace

uint64_t feature_key(FeatureTemplate t, uint64_t value) {
  return mix_hash(static_cast<uint64_t>(t) * 0x100000001B3ULL, value);
}

uint64_t feature_key(FeatureTemplate t, uint64_t a, uint64_t b) {
  return mix_hash(mix_hash(static_cast<uint64_t>(t) * 0x100000001B3ULL, a), b);
}

const WordCluster* word_cluster(const WordForms& w, const WordClusters& clusters) {
  if (clusters.empty()) return nullptr;
  const WordCluster* c = clusters.find(w.h_article);
  return c ? c : clusters.find(w.h_all);
}

void word_feature_keys(const NerResources& resources, std::string_view token, const WordForms& w,
                       std::vector<uint64_t>* out) {
  using T = FeatureTemplate;
  auto add = [&](T t, uint64_t v) { out->push_back(feature_key(t, v)); };
  add(T::kBias, 0);
  add(T::kWord, hash_word(token));
  add(T::kNorm, w.h_norm);
  add(T::kArticleStripped, w.h_article);
  add(T::kAllStripped, w.h_all);
  const T prefix_t[4] = {T::kPrefix1, T::kPrefix2, T::kPrefix3, T::kPrefix4};
  const T suffix_t[4] = {T::kSuffix1, T::kSuffix2, T::kSuffix3, T::kSuffix4};
  for (size_t k = 0; k < 4; ++k) {
    const size_t p = prefix_bytes(w.norm, k + 1);
    if (p == std::string_view::npos || p == w.norm.size()) break;
    add(prefix_t[k], hash_word(std::string_view(w.norm).substr(0, p)));
  }
  for (size_t k = 0; k < 4; ++k) {
    const size_t s = suffix_bytes(w.norm, k + 1);
    if (s == std::string_view::npos || s == w.norm.size()) break;
    add(suffix_t[k], hash_word(std::string_view(w.norm).substr(w.norm.size() - s)));
  }
  {
    // The same of the word without its proclitics: "وبريطانيا" ends like "بريطانيا".
    const T stem_prefix_t[4] = {T::kStemPrefix1, T::kStemPrefix2, T::kStemPrefix3, T::kStemPrefix4};
    const T stem_suffix_t[4] = {T::kStemSuffix1, T::kStemSuffix2, T::kStemSuffix3, T::kStemSuffix4};
    const std::string_view stem = w.all_strip;
    for (size_t k = 0; k < 4; ++k) {
      const size_t p = prefix_bytes(stem, k + 1);
      if (p == std::string_view::npos || p == stem.size()) break;
      add(stem_prefix_t[k], hash_word(stem.substr(0, p)));
    }
    for (size_t k = 0; k < 4; ++k) {
      const size_t s = suffix_bytes(stem, k + 1);
      if (s == std::string_view::npos || s == stem.size()) break;
      add(stem_suffix_t[k], hash_word(stem.substr(stem.size() - s)));
    }
  }
  if (const size_t s = suffix_bytes(w.article_strip, 2);
      s != std::string_view::npos && s < w.article_strip.size()) {
    add(T::kStrippedSuffix2, hash_word(std::string_view(w.article_strip).substr(w.article_strip.size() - s)));
  }
  {
    // Letter trigrams: transliterated foreign names share letter patterns.
    const std::string_view stem = w.article_strip;
    size_t starts[64];
    size_t count = 0;
    for (size_t b = 0; b < stem.size() && count < 64; ++b) {
      if ((static_cast<unsigned char>(stem[b]) & 0xC0) != 0x80) starts[count++] = b;
    }
    for (size_t k = 0; k + 3 <= count && count > 3; ++k) {
      const size_t end = k + 3 < count ? starts[k + 3] : stem.size();
      add(T::kLetterTrigram, hash_word(stem.substr(starts[k], end - starts[k])));
    }
  }
  if (const WordCluster* c = word_cluster(w, resources.clusters)) {
    add(T::kClusterCoarse, c->coarse);
    add(T::kClusterFine, c->fine);
  }
  add(T::kShape, word_shape(w.norm));
  add(T::kCliticShape, (w.article_strip.size() != w.norm.size() ? 1 : 0) +
                           (w.all_strip.size() != w.norm.size() ? 2 : 0) +
                           4 * std::min<size_t>(3, (w.norm.size() - w.all_strip.size()) / 2));
}

void context_feature_keys(const SentenceHashes& words, const PhraseMatches& gaz, const PhraseMatches& trig,
                          size_t i, std::vector<uint64_t>* out) {
  using T = FeatureTemplate;
  const size_t n = words.norm.size();
  const auto pos = static_cast<ptrdiff_t>(i);
  auto add = [&](T t, uint64_t v) { out->push_back(feature_key(t, v)); };
  auto add2 = [&](T t, uint64_t a, uint64_t b) { out->push_back(feature_key(t, a, b)); };
  auto norm_at = [&](ptrdiff_t j) {
    return j < 0 || j >= static_cast<ptrdiff_t>(n) ? kBoundaryWord : words.norm[j];
  };
  // Trigger phrases that end at token j: one word, or the last of several.
  auto trigger_ending_at = [&](ptrdiff_t j) -> uint8_t {
    return j < 0 || j >= static_cast<ptrdiff_t>(n) ? 0 : (trig.single[j] | trig.end[j]);
  };
  add2(T::kBigramPrev, norm_at(pos - 1), words.norm[i]);
  add2(T::kBigramNext, words.norm[i], norm_at(pos + 1));

  for (uint8_t bit = 1; bit < (1 << kPhraseClassCount); bit <<= 1) {
    if (gaz.single[i] & bit) add(T::kGazSingle, bit);
    if (i > 0 && (gaz.single[i - 1] & bit)) add(T::kGazSinglePrev1, bit);
    if (i + 1 < n && (gaz.single[i + 1] & bit)) add(T::kGazSingleNext1, bit);
    if (gaz.begin[i] & bit) add(T::kGazBegin, bit);
    if (gaz.inside[i] & bit) add(T::kGazInside, bit);
    if (gaz.end[i] & bit) add(T::kGazEnd, bit);
    if ((trig.single[i] | trig.begin[i]) & bit) add(T::kTriggerHere, bit);
    if (trigger_ending_at(pos - 1) & bit) {
      add(T::kTriggerPrev1, bit);
      for (uint8_t g = 1; g < (1 << kPhraseClassCount); g <<= 1) {
        if ((gaz.single[i] | gaz.begin[i]) & g) add2(T::kTriggerPrevAndGaz, bit, g);
      }
    }
    if (trigger_ending_at(pos - 2) & bit) add(T::kTriggerPrev2, bit);
  }
}

void extract_features(const NerResources& resources, std::span<const std::string_view> tokens,
                      SentenceFeatures* out) {
  const size_t n = tokens.size();
  std::vector<WordForms> forms(n);
  SentenceHashes words;
  for (size_t i = 0; i < n; ++i) {
    make_word_forms(tokens[i], &forms[i]);
    words.push_back(forms[i]);
  }
  PhraseMatches gaz, trig;
  resources.gazetteer.match(words, &gaz);
  resources.triggers.match(words, &trig);

  out->offsets.clear();
  out->keys.clear();
  out->word.clear();
  out->stem.clear();
  out->offsets.reserve(n + 1);
  out->keys.reserve(n * 48);
  out->word.reserve(n);
  out->stem.reserve(n);

  for (size_t i = 0; i < n; ++i) {
    out->offsets.push_back(static_cast<uint32_t>(out->keys.size()));
    out->word.push_back(forms[i].h_norm);
    out->stem.push_back(forms[i].h_article);
    word_feature_keys(resources, tokens[i], forms[i], &out->keys);
    for (const NeighbourFeature& role : kNeighbourFeatures) {
      const ptrdiff_t j = static_cast<ptrdiff_t>(i) + role.offset;
      const bool outside = j < 0 || j >= static_cast<ptrdiff_t>(n);
      out->keys.push_back(
          neighbour_key(role, outside ? kBoundaryWord : neighbour_value(role.value, forms[j])));
    }
    context_feature_keys(words, gaz, trig, i, &out->keys);
  }
  out->offsets.push_back(static_cast<uint32_t>(out->keys.size()));
}

void DocumentMemory::add(std::span<const uint64_t> stems, std::span<const int> tags, int sign) {
  for (size_t i = 0; i < stems.size(); ++i) {
    auto& c = counts_[stems[i]];
    c[tags[i]] = static_cast<uint16_t>(c[tags[i]] + sign);
  }
}

bool DocumentMemory::document_features(uint64_t stem, int own_tag, uint16_t* tags_seen, int* majority) const {
  const auto* found = counts_.find(stem);
  if (!found) return false;
  std::array<uint16_t, kNerTagCount> c = *found;
  --c[own_tag];
  bool named = false;
  int best = 0;
  uint16_t seen = 0;
  for (int k = 0; k < kNerTagCount; ++k) {
    if (c[k] == 0) continue;
    seen |= uint16_t(1) << k;
    if (k > 0) named = true;
    if (c[k] > c[best]) best = k;
  }
  if (!named) return false;  // seen only as O elsewhere: nothing the first pass did not see
  *tags_seen = seen;
  *majority = best;
  return true;
}

bool DocumentMemory::add_features(const SentenceFeatures& base, const std::vector<int>& own_tags,
                                  SentenceFeatures* out) const {
  using T = FeatureTemplate;
  bool any = false;
  std::vector<uint64_t> extra;
  std::vector<uint32_t> extra_offsets;
  for (size_t i = 0; i < base.size(); ++i) {
    extra_offsets.push_back(static_cast<uint32_t>(extra.size()));
    uint16_t seen = 0;
    int majority = 0;
    if (!document_features(base.stem[i], own_tags[i], &seen, &majority)) continue;
    for (int k = 0; k < kNerTagCount; ++k) {
      if (seen >> k & 1) extra.push_back(feature_key(T::kDocTag, static_cast<uint64_t>(k)));
    }
    extra.push_back(feature_key(T::kDocMajority, static_cast<uint64_t>(majority)));
    any = true;
  }
  if (!any) return false;
  extra_offsets.push_back(static_cast<uint32_t>(extra.size()));
  out->word = base.word;
  out->stem = base.stem;
  out->keys.clear();
  out->offsets.clear();
  for (size_t i = 0; i < base.size(); ++i) {
    out->offsets.push_back(static_cast<uint32_t>(out->keys.size()));
    const auto keys = base.at(i);
    out->keys.insert(out->keys.end(), keys.begin(), keys.end());
    out->keys.insert(out->keys.end(), extra.begin() + extra_offsets[i], extra.begin() + extra_offsets[i + 1]);
  }
  out->offsets.push_back(static_cast<uint32_t>(out->keys.size()));
  return true;
}

}  // namespace marsad::ner
