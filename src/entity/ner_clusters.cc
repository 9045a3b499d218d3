#include "entity/ner_clusters.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "entity/ner_hash.h"
#include "entity/ner_text.h"

namespace marsad::ner {
namespace {

constexpr std::string_view kClusterMagic = "marsad-ner-clusters 1\n";

uint64_t splitmix(uint64_t* state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

void normalize_rows(std::vector<float>* rows, size_t dims) {
  for (size_t at = 0; at < rows->size(); at += dims) {
    double norm = 0;
    for (size_t d = 0; d < dims; ++d) norm += double((*rows)[at + d]) * (*rows)[at + d];
    if (norm <= 0) continue;
    const float inv = static_cast<float>(1.0 / std::sqrt(norm));
    for (size_t d = 0; d < dims; ++d) (*rows)[at + d] *= inv;
  }
}

float dot(const float* a, const float* b, size_t dims) {
  float sum = 0;
  for (size_t d = 0; d < dims; ++d) sum += a[d] * b[d];
  return sum;
}

// Spherical k-means of the unit rows of `points` (n x dims, frequent words
// first). Seeds: rows in order that are not (nearly) parallel to an earlier
// seed, so frequent words that look alike do not take two seeds. Returns each
// row's cluster.
std::vector<uint16_t> spherical_kmeans(const std::vector<float>& points, size_t n, size_t dims, size_t k,
                                       int iterations) {
  std::vector<size_t> seeds;
  for (size_t i = 0; i < n && seeds.size() < k; ++i) {
    const float* p = &points[i * dims];
    if (dot(p, p, dims) == 0) continue;  // a word with no context
    bool distinct = true;
    for (size_t s : seeds) distinct = distinct && dot(p, &points[s * dims], dims) < 0.9f;
    if (distinct) seeds.push_back(i);
  }
  if (seeds.empty()) return std::vector<uint16_t>(n, 0);
  k = seeds.size();
  std::vector<float> centroids(k * dims);
  for (size_t c = 0; c < k; ++c) std::copy_n(&points[seeds[c] * dims], dims, &centroids[c * dims]);
  std::vector<uint16_t> assignment(n, 0);
  for (int round = 0; round < iterations; ++round) {
    for (size_t i = 0; i < n; ++i) {
      const float* p = &points[i * dims];
      float best = -2;
      size_t best_c = 0;
      for (size_t c = 0; c < k; ++c) {
        const float similarity = dot(p, &centroids[c * dims], dims);
        if (similarity > best) {
          best = similarity;
          best_c = c;
        }
      }
      assignment[i] = static_cast<uint16_t>(best_c);
    }
    std::vector<float> sums(k * dims, 0.0f);
    std::vector<size_t> members(k, 0);
    for (size_t i = 0; i < n; ++i) {
      ++members[assignment[i]];
      for (size_t d = 0; d < dims; ++d) sums[assignment[i] * dims + d] += points[i * dims + d];
    }
    for (size_t c = 0; c < k; ++c) {
      if (members[c] == 0) continue;  // an empty cluster keeps its centroid
      std::copy(sums.begin() + c * dims, sums.begin() + (c + 1) * dims, centroids.begin() + c * dims);
    }
    normalize_rows(&centroids, dims);
  }
  return assignment;
}

}  // namespace

void WordClusters::write(std::string* out) const {
  std::vector<std::pair<uint64_t, WordCluster>> sorted;
  sorted.reserve(words_.size());
  words_.for_each([&](uint64_t key, const WordCluster& cluster) { sorted.emplace_back(key, cluster); });
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  const uint64_t count = sorted.size();
  out->append(reinterpret_cast<const char*>(&count), sizeof count);
  for (const auto& [key, cluster] : sorted) {
    out->append(reinterpret_cast<const char*>(&key), sizeof key);
    out->append(reinterpret_cast<const char*>(&cluster.coarse), sizeof cluster.coarse);
    out->append(reinterpret_cast<const char*>(&cluster.fine), sizeof cluster.fine);
  }
}

bool WordClusters::read(std::string_view* in) {
  constexpr size_t kEntry = sizeof(uint64_t) + 2 * sizeof(uint16_t);
  uint64_t count = 0;
  if (in->size() < sizeof count) return false;
  std::memcpy(&count, in->data(), sizeof count);
  in->remove_prefix(sizeof count);
  if (count > in->size() / kEntry) return false;
  words_.clear();
  words_.reserve(count);
  for (uint64_t k = 0; k < count; ++k) {
    uint64_t key = 0;
    WordCluster cluster;
    std::memcpy(&key, in->data(), sizeof key);
    std::memcpy(&cluster.coarse, in->data() + 8, sizeof cluster.coarse);
    std::memcpy(&cluster.fine, in->data() + 10, sizeof cluster.fine);
    words_[key] = cluster;
    in->remove_prefix(kEntry);
  }
  return true;
}

Status WordClusters::save(const std::string& path) const {
  std::string out(kClusterMagic);
  write(&out);
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) return Status::io_error(path, "cannot create the word-cluster file");
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  file.close();
  if (!file) return Status::io_error(path, "write error while saving the word clusters");
  return Status::ok_status();
}

Status WordClusters::load(const std::string& path, WordClusters* clusters) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Status::not_found(path, "no word-cluster file here; build it with `marsad ner-clusters`");
  std::stringstream buffer;
  buffer << file.rdbuf();
  const std::string data = buffer.str();
  std::string_view in(data);
  if (in.substr(0, kClusterMagic.size()) != kClusterMagic) {
    return Status::invalid_input(path, "not a word-cluster file (unknown header)");
  }
  in.remove_prefix(kClusterMagic.size());
  WordClusters loaded;
  if (!loaded.read(&in) || !in.empty()) return Status::invalid_input(path, "truncated or corrupt word-cluster file");
  *clusters = std::move(loaded);
  return Status::ok_status();
}

void WordClusterBuilder::add_text(std::string_view text) {
  for (const NerToken& token : tokenize_for_ner(text)) {
    std::string form = strip_article_clitics(normalize_arabic_word(token.text));
    auto [it, inserted] = ids_.try_emplace(std::move(form), static_cast<uint32_t>(words_.size()));
    if (inserted) words_.push_back(it->first);
    stream_.push_back(it->second);
  }
  stream_.push_back(kBoundary);
}

WordClusters WordClusterBuilder::build(const WordClusterOptions& options) const {
  const size_t word_count = words_.size();
  std::vector<uint64_t> freq(word_count, 0);
  for (uint32_t id : stream_) {
    if (id != kBoundary) ++freq[id];
  }
  // Ids by frequency, ties by spelling, so the order does not depend on hashing.
  std::vector<uint32_t> by_freq(word_count);
  for (uint32_t i = 0; i < word_count; ++i) by_freq[i] = i;
  std::sort(by_freq.begin(), by_freq.end(), [&](uint32_t a, uint32_t b) {
    return freq[a] != freq[b] ? freq[a] > freq[b] : words_[a] < words_[b];
  });
  size_t vocab = 0;
  while (vocab < by_freq.size() && vocab < options.vocabulary && freq[by_freq[vocab]] >= options.min_count) ++vocab;
  WordClusters clusters;
  if (vocab == 0) return clusters;
  const size_t contexts = std::min(options.context_words, vocab);
  constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> row_of(word_count, kNone), context_of(word_count, kNone);
  for (size_t r = 0; r < vocab; ++r) row_of[by_freq[r]] = static_cast<uint32_t>(r);
  for (size_t c = 0; c < contexts; ++c) context_of[by_freq[c]] = static_cast<uint32_t>(c);

  // Co-occurrence counts: columns [0, contexts) the word before, then the word after.
  const size_t cols = 2 * contexts;
  std::vector<uint32_t> counts(vocab * cols, 0);
  for (size_t t = 0; t < stream_.size(); ++t) {
    const uint32_t id = stream_[t];
    if (id == kBoundary || row_of[id] == kNone) continue;
    uint32_t* row = &counts[size_t(row_of[id]) * cols];
    if (t > 0 && stream_[t - 1] != kBoundary && context_of[stream_[t - 1]] != kNone) ++row[context_of[stream_[t - 1]]];
    if (t + 1 < stream_.size() && stream_[t + 1] != kBoundary && context_of[stream_[t + 1]] != kNone) {
      ++row[contexts + context_of[stream_[t + 1]]];
    }
  }
  std::vector<double> row_sum(vocab, 0), col_sum(cols, 0);
  double total = 0;
  for (size_t r = 0; r < vocab; ++r) {
    for (size_t c = 0; c < cols; ++c) {
      row_sum[r] += counts[r * cols + c];
      col_sum[c] += counts[r * cols + c];
    }
    total += row_sum[r];
  }

  // Positive PMI, projected on random +-1 directions.
  const size_t dims = options.dimensions;
  std::vector<float> directions(cols * dims);
  uint64_t state = options.seed;
  for (float& v : directions) v = (splitmix(&state) & 1) ? 1.0f : -1.0f;
  std::vector<float> points(vocab * dims, 0.0f);
  for (size_t r = 0; r < vocab; ++r) {
    float* p = &points[r * dims];
    for (size_t c = 0; c < cols; ++c) {
      const uint32_t n = counts[r * cols + c];
      if (n == 0) continue;
      const double pmi = std::log(n * total / (row_sum[r] * col_sum[c]));
      if (pmi <= 0) continue;
      const float* dir = &directions[c * dims];
      for (size_t d = 0; d < dims; ++d) p[d] += static_cast<float>(pmi) * dir[d];
    }
  }
  normalize_rows(&points, dims);
  const std::vector<uint16_t> coarse = spherical_kmeans(points, vocab, dims, options.coarse_clusters, options.iterations);
  const std::vector<uint16_t> fine = spherical_kmeans(points, vocab, dims, options.fine_clusters, options.iterations);
  for (size_t r = 0; r < vocab; ++r) clusters.set(hash_word(words_[by_freq[r]]), WordCluster{coarse[r], fine[r]});
  return clusters;
}

}  // namespace marsad::ner
