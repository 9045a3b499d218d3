// Word clusters for the tagger, learned from unlabeled news text: words that
// occur between the same neighbours share a cluster, so a name never seen in
// ANERcorp still looks like the names that were (distributional features).
//
//   WordClusterBuilder builder;
//   for (const std::string& article : articles) builder.add_text(article);
//   WordClusters clusters = builder.build(WordClusterOptions{});
//   Status s = clusters.save(data_path("models/ner-ar.clusters"));
//   ...
//   if (const WordCluster* c = clusters.find(forms.h_article)) use(c->coarse, c->fine);
//
// Words are keyed by the hash (hash_word) of their normalized, article-stripped
// form (WordForms::article_strip), as the features look them up.
//
// How: each frequent word gets a vector of positive PMI with the most frequent
// words just before and just after it, randomly projected to a few dimensions
// and clustered twice with spherical k-means (coarse and fine). Deterministic:
// the same texts in the same order give the same clusters.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "entity/ner_flat_map.h"

namespace marsad::ner {

struct WordCluster {
  uint16_t coarse = 0;  // in [0, coarse_clusters)
  uint16_t fine = 0;    // in [0, fine_clusters)
};

class WordClusters {
 public:
  // The clusters of a word (hash of its article-stripped form), or nullptr.
  const WordCluster* find(uint64_t word_hash) const {
    return words_.find(word_hash);
  }
  size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }
  void set(uint64_t word_hash, WordCluster cluster) { words_[word_hash] = cluster; }

  // Binary (de)serialization, also used inside the model file; entries are
  // written in key order so equal clusters give equal bytes. `read` advances
  // `in` and returns false on truncated data.
  void write(std::string* out) const;
  bool read(std::string_view* in);

  // A file holding write()'s bytes after the line "marsad-ner-clusters 1\n".
  Status save(const std::string& path) const;
  // Reads save()'s file; a missing file is kNotFound, naming `path`.
  static Status load(const std::string& path, WordClusters* clusters);

 private:
  FlatHashMap<WordCluster> words_;
};

struct WordClusterOptions {
  size_t vocabulary = 60000;    // at most this many of the most frequent words get clusters
  size_t min_count = 4;         // ... and only words seen this often
  size_t context_words = 800;   // the most frequent words serve as left/right contexts
  size_t dimensions = 96;       // of the random projection the k-means runs in
  size_t coarse_clusters = 64;
  size_t fine_clusters = 512;
  int iterations = 12;          // k-means rounds per clustering
  uint64_t seed = 20150721;
};

class WordClusterBuilder {
 public:
  // Adds one text (an article): tokenized as the tagger does (ner_text.h);
  // word pairs do not span texts.
  void add_text(std::string_view text);
  size_t token_count() const { return stream_.size(); }

  // Clusters the words seen so far. Empty if no word reaches min_count.
  WordClusters build(const WordClusterOptions& options) const;

 private:
  static constexpr uint32_t kBoundary = UINT32_MAX;  // between texts
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::string> words_;  // by id
  std::vector<uint32_t> stream_;    // word ids, kBoundary between texts
};

}  // namespace marsad::ner
