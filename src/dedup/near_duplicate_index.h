// NearDuplicateIndex: online exact and near-duplicate detection with text-reuse
// provenance (who published a text first, who reused it).
//
//   NearDuplicateIndex index;                      // default parameters below
//   for (const auto& a : articles_in_time_order) {
//     DedupDecision d = index.add(a.id, a.source, a.time, a.words);
//     // d.kind: kNew, kExact, kNear or kContained; d.group; d.reused_from
//   }
//   // At the end, group_of(id) / original_of(id) give the final answer for
//   // every article, after any merges (see "Merging" below).
//
// How a new article is judged, cheapest test first:
//   1. exact: same exact_fingerprint (fingerprint.h) as an earlier article;
//   2. candidates: earlier articles sharing at least one LSH band (b bands of
//      r rows of the MinHash signature, minhash.h);
//   3. verification: the signatures' estimated Jaccard screens the candidates;
//      the survivors are decided on the exact Jaccard / containment of the
//      shingle sets (a merge of two sorted vectors, ~1 µs).
//   A candidate matches as
//     kContained when |A∩B| / min(|A|,|B|) >= containment_threshold and the
//       longer text has at least min_growth more shingles (one text is the
//       other plus added material: a wire report with an added paragraph is
//       reuse, not a new text; either may be the earlier one);
//     kNear when Jaccard >= near_threshold (a copy with word edits).
//   The decision reports the matching candidate with the highest Jaccard.
//
// Choice of parameters, by measurement (bench/dedup_bench.cc prints all of it):
//   k = 4 words per shingle. One word edit destroys up to k shingles, so the
//   Jaccard of a copy with a fraction e of words edited is about
//   q/(2-q), q = (1-e)^k. Measured mean J of 300-word copies:
//        edits     1%     2%     5%    10%    15%    20%
//        k = 3   0.944  0.890  0.752  0.583  0.450  0.354
//        k = 4   0.926  0.858  0.689  0.498  0.360  0.267
//        k = 5   0.909  0.827  0.634  0.429  0.291  0.204
//   With k = 4, near_threshold 0.5 means "up to about 10% of the words
//   changed"; k = 3 keeps more chance overlap between unrelated articles
//   (stock phrases; on synthetic text mean/max background J 0.0004/0.0034
//   against 0.0000/0.0017 for k = 4), and k = 5 lets lightly edited copies
//   fall below 0.5 sooner.
//   N = 128 hashes: standard error of the estimate <= 0.044.
//   b = 42 bands x r = 3 rows (126 of the 128 hashes). The S-curve
//   P(candidate | J = s) = 1 - (1 - s^3)^42:
//        s    0.1    0.2    0.3    0.4    0.5    0.6    0.7    0.8
//        P   0.041  0.286  0.683  0.938  0.996  1.000  1.000  1.000
//   P = 0.5 at s = 0.254 and P = 0.95 at s = 0.410. So every pair at the
//   near threshold (0.5) becomes a candidate with P >= 0.996, and a text
//   entirely inside a longer one (J = |A|/|B|) is found with P >= 0.95 while
//   the longer one is up to 2.4 times as long. The price is more candidates
//   at J 0.2-0.3, which the cheap verification absorbs; unrelated articles
//   have J < 0.05 (P < 0.6%). 32 x 4 (P(0.5) = 0.87) missed too many pairs at
//   the threshold; 16 x 8 (P = 0.5 at s = 0.674) misses contained texts.
//   On 4,000 synthetic 300-word documents every exact copy, every copy with
//   2% or 5% edits and every copy with an added 60-word paragraph was found;
//   copies with 10% edits (J ~ 0.5) split 42% near / 58% new, with 20% none.
//
// Short texts: an article with fewer than min_shingles distinct shingles
// (fewer than about min_shingles + k - 1 words) is too short for similarity
// to mean reuse; it is kNew in its own group and is indexed nowhere, not even
// by exact fingerprint (identical one-line leftovers such as "read more" are
// extraction noise, not reuse), so it never matches and is never matched.
//
// Provenance: articles are expected in time order (online). A group's original
// is its member with the earliest time (ties: the one added first); every
// later member reuses it, and `reused_from` names the original.
//
// Merging: groups are a union-find. A new article matching members of two or
// more groups (a text bridging two versions) merges them into one group whose
// original is the earliest original of those groups; the group id is the
// add-order index of that original. The decision of the bridging article
// lists in `merged_groups` the ids of the groups that ceased to exist; the
// decisions returned earlier for their members are not rewritten — call
// group_of() / original_of() for the current answer.
//
// Memory: per indexed article the signature (8 x 128 bytes), the shingle set
// (8 bytes a shingle) and 4 bytes plus a hash-map entry per band; an exact duplicate costs only
// its id and source. Not thread-safe; one writer.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/flat_hash_map.h"
#include <vector>

#include "core/status.h"
#include "dedup/minhash.h"

namespace marsad {

struct NearDuplicateParams {
  MinHashParams minhash;
  int bands = 42;
  int rows = 3;  // bands * rows <= minhash.num_hashes
  double near_threshold = 0.5;          // Jaccard for kNear
  double containment_threshold = 0.85;  // |A∩B| / min(|A|,|B|) for kContained
  double min_growth = 0.1;              // longer set >= (1 + min_growth) * shorter set
  int min_shingles = 10;                // shorter articles are never matched
  // Decide on the exact shingle sets (stored); when false, on the signatures'
  // estimate alone and the shingle sets are not kept (less memory).
  bool exact_verification = true;

  // Ok, or invalid_input naming the first parameter out of range.
  Status validate() const;
};

struct DedupDecision {
  enum class Kind { kNew, kExact, kNear, kContained };
  uint32_t group = 0;   // id of the group at the time of add (see "Merging")
  Kind kind = Kind::kNew;
  double similarity = 0;    // kExact 1; kNear Jaccard; kContained containment; kNew 0
  std::string reused_from;  // id of the group's original; empty when this is it
  std::string closest;      // id of the earlier article it matched best; empty for kNew
  std::vector<uint32_t> merged_groups;  // groups absorbed by this add, usually none
};

// What add() needs of an article's words, computed from the words alone
// (NearDuplicateIndex::sketch): a pipeline makes it on any thread, ahead of
// the one-at-a-time add(), which then only looks up and verifies.
struct DedupSketch {
  uint64_t fingerprint = 0;         // exact_fingerprint of the words
  std::vector<uint64_t> shingles;   // shingle_hashes of the words
  std::vector<uint64_t> signature;  // MinHash of shingles; empty: add() computes it if needed
};

// "new", "exact", "near", "contained".
const char* kind_name(DedupDecision::Kind kind);

class NearDuplicateIndex {
 public:
  // `params` must validate(); throws std::invalid_argument otherwise.
  explicit NearDuplicateIndex(const NearDuplicateParams& params = NearDuplicateParams());

  // Judges the article against every earlier one, then adds it. `id` should be
  // unique (for several articles of one page, the caller makes "id#segment");
  // `time` is any monotone clock (e.g. Unix seconds); `words` as for
  // exact_fingerprint. The returned group is the add-order index of the
  // group's original article.
  DedupDecision add(const std::string& id, const std::string& source, int64_t time,
                    const std::vector<std::string>& words);

  // The same with the words already sketched (sketch() of this index, or of
  // one with equal parameters): the same decision as add() with the words.
  DedupDecision add(const std::string& id, const std::string& source, int64_t time, DedupSketch sketch);

  // The sketch of `words` under this index's parameters; with_signature
  // false leaves the signature to add() (which skips it for exact copies and
  // short texts). Reads only the parameters: safe from any thread while
  // another calls add().
  DedupSketch sketch(std::span<const std::string_view> words, bool with_signature = true) const;

  // The current group of an added article, after merges; nullopt if unknown.
  std::optional<uint32_t> group_of(const std::string& id) const;
  // The id of the current original of an added article's group (the article
  // itself when it is the original); empty if unknown.
  std::string original_of(const std::string& id) const;
  // Number of articles added.
  size_t size() const { return articles_.size(); }
  const NearDuplicateParams& params() const { return params_; }

 private:
  struct Article {
    std::string id;
    std::string source;
    int64_t time = 0;
    uint32_t parent = 0;    // union-find
    uint32_t original = 0;  // valid at roots: the group's earliest article
    uint32_t shingle_count = 0;
    std::vector<uint64_t> shingles;   // kept when exact_verification
    std::vector<uint64_t> signature;  // empty when not indexed
    uint32_t slot = 0;                // position among indexed articles, for band_next_
  };

  static constexpr uint32_t kNoArticle = ~uint32_t{0};

  uint32_t find(uint32_t a);
  uint32_t find_const(uint32_t a) const;
  bool earlier(uint32_t a, uint32_t b) const;
  // Unites the groups of a and b; returns the new root.
  uint32_t unite(uint32_t a, uint32_t b);

  NearDuplicateParams params_;
  MinHasher hasher_;
  std::vector<Article> articles_;
  std::unordered_map<std::string, uint32_t> by_id_;
  FlatHashMap<uint32_t> by_fingerprint_;  // fingerprint → the first article with it
  // LSH buckets as chains, without a vector per bucket: bands_[b] maps a band
  // key to the latest article in that bucket, and band_next_[slot * bands + b]
  // to the article before it (kNoArticle ends the chain).
  std::vector<FlatHashMap<uint32_t>> bands_;
  std::vector<uint32_t> band_next_;
  uint32_t indexed_ = 0;
};

}  // namespace marsad
