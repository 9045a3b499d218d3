#include "dedup/near_duplicate_index.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "dedup/fingerprint.h"

namespace marsad {
namespace {

struct Overlap {
  double jaccard = 0;
  double containment = 0;  // |A∩B| / min(|A|,|B|)
  double growth = 0;       // max(|A|,|B|) / min(|A|,|B|) - 1
};

Overlap overlap_from_counts(double common, double size_a, double size_b) {
  Overlap o;
  const double small = std::min(size_a, size_b), large = std::max(size_a, size_b);
  if (small <= 0) return o;
  const double uni = size_a + size_b - common;
  o.jaccard = uni > 0 ? common / uni : 0;
  o.containment = std::min(1.0, common / small);
  o.growth = large / small - 1;
  return o;
}

// From an estimated Jaccard J and the set sizes: |A∩B| = J (|A|+|B|) / (1+J).
Overlap overlap_from_estimate(double j, double size_a, double size_b) {
  return overlap_from_counts(j * (size_a + size_b) / (1 + j), size_a, size_b);
}

}  // namespace

const char* kind_name(DedupDecision::Kind kind) {
  switch (kind) {
    case DedupDecision::Kind::kNew: return "new";
    case DedupDecision::Kind::kExact: return "exact";
    case DedupDecision::Kind::kNear: return "near";
    case DedupDecision::Kind::kContained: return "contained";
  }
  return "new";
}

Status NearDuplicateParams::validate() const {
  const char* where = "dedup parameters";
  if (minhash.shingle_words < 1) return Status::invalid_input(where, "shingle_words must be >= 1");
  if (minhash.num_hashes < 1) return Status::invalid_input(where, "num_hashes must be >= 1");
  if (bands < 1 || rows < 1) return Status::invalid_input(where, "bands and rows must be >= 1");
  if (static_cast<long>(bands) * rows > minhash.num_hashes) {
    return Status::invalid_input(where, "bands * rows must not exceed num_hashes");
  }
  if (!(near_threshold > 0 && near_threshold <= 1)) {
    return Status::invalid_input(where, "near_threshold must be in (0, 1]");
  }
  if (!(containment_threshold > 0 && containment_threshold <= 1)) {
    return Status::invalid_input(where, "containment_threshold must be in (0, 1]");
  }
  if (!(min_growth >= 0)) return Status::invalid_input(where, "min_growth must be >= 0");
  if (min_shingles < 1) return Status::invalid_input(where, "min_shingles must be >= 1");
  return Status::ok_status();
}

NearDuplicateIndex::NearDuplicateIndex(const NearDuplicateParams& params)
    : params_(params), hasher_(params.minhash) {
  const Status s = params.validate();
  if (!s.ok()) throw std::invalid_argument(s.to_string());
  bands_.resize(static_cast<size_t>(params.bands));
}

uint32_t NearDuplicateIndex::find(uint32_t a) {
  while (articles_[a].parent != a) {
    articles_[a].parent = articles_[articles_[a].parent].parent;  // path halving
    a = articles_[a].parent;
  }
  return a;
}

uint32_t NearDuplicateIndex::find_const(uint32_t a) const {
  while (articles_[a].parent != a) a = articles_[a].parent;
  return a;
}

bool NearDuplicateIndex::earlier(uint32_t a, uint32_t b) const {
  if (articles_[a].time != articles_[b].time) return articles_[a].time < articles_[b].time;
  return a < b;
}

uint32_t NearDuplicateIndex::unite(uint32_t a, uint32_t b) {
  a = find(a), b = find(b);
  if (a == b) return a;
  const uint32_t original =
      earlier(articles_[a].original, articles_[b].original) ? articles_[a].original : articles_[b].original;
  // The root is the original: then a root's index is its group id, and
  // group_of() needs no extra lookup.
  const uint32_t root = original == articles_[a].original ? a : b;
  const uint32_t child = root == a ? b : a;
  articles_[child].parent = root;
  articles_[root].original = original;
  return root;
}

DedupSketch NearDuplicateIndex::sketch(std::span<const std::string_view> words, bool with_signature) const {
  DedupSketch out;
  out.shingles = shingle_hashes(words, params_.minhash.shingle_words);
  // Too short to be indexed: add() needs neither fingerprint nor signature.
  if (out.shingles.size() < static_cast<size_t>(params_.min_shingles)) return out;
  out.fingerprint = exact_fingerprint(words);
  if (with_signature) out.signature = hasher_.signature(out.shingles);
  return out;
}

DedupDecision NearDuplicateIndex::add(const std::string& id, const std::string& source, int64_t time,
                                      const std::vector<std::string>& words) {
  const std::vector<std::string_view> views(words.begin(), words.end());
  return add(id, source, time, sketch(views, false));
}

DedupDecision NearDuplicateIndex::add(const std::string& id, const std::string& source, int64_t time,
                                      DedupSketch sketch) {
  const uint32_t self = static_cast<uint32_t>(articles_.size());
  {
    Article a;
    a.id = id;
    a.source = source;
    a.time = time;
    a.parent = self;
    a.original = self;
    articles_.push_back(std::move(a));
  }
  by_id_[id] = self;

  DedupDecision decision;
  decision.group = self;

  std::vector<uint64_t>& shingles = sketch.shingles;
  if (shingles.size() < static_cast<size_t>(params_.min_shingles)) return decision;

  // 1. Exact duplicate: joins the first article with the same words; it adds
  // nothing to the LSH index that article is not already in.
  if (const uint32_t* first = by_fingerprint_.find(sketch.fingerprint)) {
    const uint32_t same_words = *first;
    const uint32_t root = unite(same_words, self);
    decision.kind = DedupDecision::Kind::kExact;
    decision.similarity = 1.0;
    decision.group = root;
    decision.closest = articles_[same_words].id;
    const uint32_t original = articles_[root].original;
    if (original != self) decision.reused_from = articles_[original].id;
    return decision;
  }
  by_fingerprint_[sketch.fingerprint] = self;

  // 2. Candidates: earlier articles sharing a band.
  if (sketch.signature.size() != static_cast<size_t>(params_.minhash.num_hashes)) {
    sketch.signature = hasher_.signature(shingles);
  }
  std::vector<uint64_t>& signature = sketch.signature;
  const size_t rows = static_cast<size_t>(params_.rows);
  std::vector<uint64_t> band_keys(bands_.size());
  std::vector<uint32_t> candidates;
  for (size_t b = 0; b < bands_.size(); ++b) {
    band_keys[b] = XXH3_64bits(&signature[b * rows], rows * sizeof(uint64_t));
    const uint32_t* latest = bands_[b].find(band_keys[b]);
    if (latest == nullptr) continue;
    for (uint32_t c = *latest; c != kNoArticle; c = band_next_[articles_[c].slot * bands_.size() + b]) {
      candidates.push_back(c);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  // 3. Verification. The estimate screens with a margin of 4 standard errors
  // at worst (J = 0.5) so that a true match is not screened out by noise.
  const double margin = 2.0 / std::sqrt(static_cast<double>(signature.size()));
  const double size_self = static_cast<double>(shingles.size());
  const auto kind_of = [&](const Overlap& o, double slack) {
    if (o.containment >= params_.containment_threshold - slack && o.growth >= params_.min_growth - slack) {
      return DedupDecision::Kind::kContained;
    }
    if (o.jaccard >= params_.near_threshold - slack) return DedupDecision::Kind::kNear;
    return DedupDecision::Kind::kNew;
  };
  std::vector<uint32_t> matches;
  double best_jaccard = -1;
  for (const uint32_t c : candidates) {
    const Article& other = articles_[c];
    const double size_other = static_cast<double>(other.shingle_count);
    const double estimate = estimated_jaccard(signature, other.signature);
    Overlap o = overlap_from_estimate(estimate, size_self, size_other);
    if (kind_of(o, margin) == DedupDecision::Kind::kNew) continue;
    if (params_.exact_verification) {
      o = overlap_from_counts(static_cast<double>(intersection_size(shingles, other.shingles)), size_self,
                              size_other);
    }
    const DedupDecision::Kind kind = kind_of(o, 0);
    if (kind == DedupDecision::Kind::kNew) continue;
    matches.push_back(c);
    if (o.jaccard > best_jaccard) {
      best_jaccard = o.jaccard;
      decision.kind = kind;
      decision.similarity = kind == DedupDecision::Kind::kContained ? o.containment : o.jaccard;
      decision.closest = other.id;
    }
  }

  // 4. Index the article, then join the groups it matched.
  Article& me = articles_[self];
  me.slot = indexed_++;
  for (size_t b = 0; b < bands_.size(); ++b) {
    const uint32_t* latest = bands_[b].find(band_keys[b]);
    band_next_.push_back(latest == nullptr ? kNoArticle : *latest);
    bands_[b][band_keys[b]] = self;
  }
  me.shingle_count = static_cast<uint32_t>(shingles.size());
  me.signature = std::move(signature);
  if (params_.exact_verification) me.shingles = std::move(shingles);

  std::vector<uint32_t> groups_before;
  for (const uint32_t c : matches) groups_before.push_back(find(c));
  std::sort(groups_before.begin(), groups_before.end());
  groups_before.erase(std::unique(groups_before.begin(), groups_before.end()), groups_before.end());
  uint32_t root = self;
  for (const uint32_t g : groups_before) root = unite(root, g);
  decision.group = root;
  for (const uint32_t g : groups_before) {
    if (g != root) decision.merged_groups.push_back(g);
  }
  const uint32_t original = articles_[root].original;
  if (original != self) decision.reused_from = articles_[original].id;
  return decision;
}

std::optional<uint32_t> NearDuplicateIndex::group_of(const std::string& id) const {
  const auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return find_const(it->second);
}

std::string NearDuplicateIndex::original_of(const std::string& id) const {
  const auto it = by_id_.find(id);
  if (it == by_id_.end()) return {};
  return articles_[articles_[find_const(it->second)].original].id;
}

}  // namespace marsad
