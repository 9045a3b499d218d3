// Term weighting for clustering: document frequencies learned online, as
// articles arrive, and the TF-IDF vector of each article.
//
//   TermWeights weights;
//   for (const ArticleFeatures& f : articles_in_time_order) {
//     ArticleVector v = weights.add(f);   // learns f's terms, then weighs them
//     // v.features: L2-normalized, sorted by feature id
//   }
//
// An article's features are its analyzer terms, its entities (keys prefixed
// "ent:") and its numbers ("num:"): one vocabulary, one id per key, so a
// centroid holds words and entities together and cosine sees both.
//
// Weight of a feature f in an article:
//   tf(f)  = occurrences in the body + title_weight × occurrences in the title
//            (entities and numbers: their mentions);
//   w(f)   = (1 + ln tf(f)) × idf(f) × kind weight (1 for terms,
//            entity_weight for entities, number_weight for numbers);
//   idf(f) = ln((1 + N) / (1 + df(f))) + 1, N the articles seen so far (this
//            one included), df(f) those among them having f;
// then, for a term its source overuses, w(f) × source_damping(f) (below);
// then only the max_terms heaviest features are kept (entities always are)
// and the vector is scaled to L2 norm 1.
//
// Source damping: an outlet's recurring words (a footer "رابط الخبر بصحيفة
// الوئام", a section name, its home region) are in most of its articles but
// rare elsewhere, so the global idf rates them as specific and they glue the
// outlet's unrelated articles into one event. Once a source has
// min_source_documents articles, a term's weight in its articles is scaled by
//   min(1, idf_s(f) / expected idf_s(f)),
// idf_s computed like idf over the source's own articles, the expected one
// with the df the source would have at the corpus's rate (df × N_s / N):
// 1 for a term the source uses like everybody (or fewer than 5 times), ~0.3
// for a footer.
//
// Sublinear tf keeps a long article's repeated words from swamping its
// vector; the smoothed idf never reaches zero, so a word every article has
// still counts a little (stopwords are already gone).
//
// Memory: one id and one df counter per distinct key ever seen. Not
// thread-safe; one writer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cluster/article_features.h"
#include "core/flat_hash_map.h"
#include "core/string_ids.h"
#include "cluster/sparse_vector.h"
#include "core/status.h"

namespace marsad {

// Document frequencies of a reference corpus, added to those learned online:
// without them the first articles of a run (and every article of a small
// one) are weighed by a handful of documents, where every word looks rare.
// File: a first line "documents<TAB>N", then "term<TAB>df" lines (terms as
// text::Analyzer::terms gives them); `marsad term-stats` writes one.
// Hash of std::string keys that also looks up by std::string_view (C++20
// heterogeneous lookup), so that the hot paths find a key without building a string.
struct StringKeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
};
template <typename Value>
using StringKeyMap = std::unordered_map<std::string, Value, StringKeyHash, std::equal_to<>>;

struct BackgroundFrequencies {
  size_t documents = 0;
  StringKeyMap<uint32_t> df;

  // Reads a file as above; fails naming the file and line on bad content.
  static Status load(const std::string& path, BackgroundFrequencies* out);
};

struct TermWeightOptions {
  // A title names the happening in a few words, so its terms count as 2 body
  // occurrences (with sublinear tf: 1.7 instead of 1 for a title-only word).
  double title_weight = 2.0;
  // Entities carry what is language-independent: an Arabic and a French
  // report of one meeting share little but their entity keys. Doubling their
  // tf-idf makes the entity share of two such vectors reach the join
  // threshold when most of their entities agree.
  double entity_weight = 2.0;
  // Numbers (dates, tolls, scores) are specific but also incidental: half weight.
  double number_weight = 0.5;
  // The heaviest features kept per article: the tail of a long article is
  // words that say little about the happening and cost time in every cosine.
  // Entities are kept beyond this limit.
  size_t max_terms = 150;
  // See "Source damping" above; 100 articles before a source's own rates mean anything.
  bool source_damping = true;
  size_t min_source_documents = 100;
  // Reference frequencies (shared, read-only); null: learned online only.
  std::shared_ptr<const BackgroundFrequencies> background;
};

// The weighted features of one article.
struct ArticleVector {
  SparseVector features;          // L2 norm 1 (empty if the article had no features)
  std::vector<uint32_t> entities;  // ids of its distinct entity features, sorted
};

enum class FeatureKind : uint8_t { kTerm, kEntity, kNumber };

// One distinct feature of an article and its tf (see "Weight" above).
struct FeatureCount {
  std::string_view key;  // the term, or "ent:..." / "num:..." (then held by the arena)
  FeatureKind kind;      // the kind of the key's first occurrence
  double tf;             // body occurrences + title_weight × title occurrences; mentions
};

// The distinct non-empty features of an article in order of first occurrence
// (body terms, title terms, entities, numbers), each tf summed in that order;
// a key keeps the kind of its first occurrence. The keys of entities and
// numbers are written into *arena (replaced), so the result is valid while the
// article and the arena are unchanged. Why not a map of strings: this runs
// once per article on the one clustering thread; one hash per occurrence into
// a flat table allocates nothing per occurrence and sorts nothing.
std::vector<FeatureCount> count_features(const ArticleFeatures& article, double title_weight, std::string* arena);

class TermWeights {
 public:
  explicit TermWeights(TermWeightOptions options = {});

  // Counts the article in N and its distinct features in their df, then
  // returns its vector under the updated frequencies.
  ArticleVector add(const ArticleFeatures& article);

  // The article's vector under the current frequencies, learning nothing;
  // features never seen are left out (no centroid can share them).
  ArticleVector weigh(const ArticleFeatures& article) const;

  // idf of a known feature id under the current frequencies.
  double idf(uint32_t id) const;

  // The id of a key ("word", "ent:key", "num:12"), if seen.
  std::optional<uint32_t> id_of(std::string_view key) const;
  // The key of an id; id must be below vocabulary().
  std::string_view key_of(uint32_t id) const { return keys_.key(id); }
  FeatureKind kind_of(uint32_t id) const { return kinds_[id]; }

  size_t documents() const { return documents_; }
  size_t vocabulary() const { return keys_.size(); }
  const TermWeightOptions& options() const { return options_; }

  // The keys under which entities and numbers are features.
  static std::string entity_key(std::string_view entity);
  static std::string number_key(std::string_view number);

 private:
  using Counted = FeatureCount;
  uint32_t intern(std::string_view key, FeatureKind kind);
  struct SourceCounts {
    size_t documents = 0;
    FlatHashMap<uint32_t> df;  // feature id → documents of the source that hold it
  };
  // source_df: the source's df of each counted feature (terms only), or null to look it up.
  ArticleVector build(const std::vector<Counted>& counted, const std::vector<int64_t>& ids,
                      const SourceCounts* source, const std::vector<uint32_t>* source_df) const;
  double idf_of_df(double df) const;
  double source_factor(uint32_t id, const SourceCounts& source) const;
  double source_factor(uint32_t id, uint32_t source_df, const SourceCounts& source) const;
  const SourceCounts* source_counts(const std::string& source) const;

  TermWeightOptions options_;
  size_t documents_ = 0;
  StringIds keys_;  // every feature key, numbered as first seen: its id
  std::vector<FeatureKind> kinds_;
  std::vector<uint32_t> df_;
  std::vector<uint32_t> background_df_;  // by id: the reference corpus's df of the key
  StringKeyMap<SourceCounts> sources_;
  std::string arena_;  // count_features' keys of the article being added
  // add()'s per-article vectors, kept to reuse their memory.
  std::vector<int64_t> ids_scratch_;
  std::vector<uint32_t> fresh_scratch_;
  std::vector<uint32_t> source_df_scratch_;
};

}  // namespace marsad
