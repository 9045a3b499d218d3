#include "cluster/term_weights.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <fstream>

namespace marsad {

namespace {

// std::log(tf): most tf are small whole numbers (occurrences, title ones
// counted title_weight times), whose logs are looked up, computed once by
// std::log of the same doubles.
double log_of_tf(double tf) {
  static constexpr int kTable = 64;
  static const auto table = [] {
    std::array<double, kTable> t{};
    for (int i = 1; i < kTable; ++i) t[i] = std::log(static_cast<double>(i));
    return t;
  }();
  if (tf >= 1 && tf < kTable) {
    const int whole = static_cast<int>(tf);
    if (static_cast<double>(whole) == tf) return table[whole];
  }
  return std::log(tf);
}

// The count of `id`: 0 where it was never counted.
uint32_t count_of(const FlatHashMap<uint32_t>& counts, uint32_t id) {
  const uint32_t* count = counts.find(id);
  return count == nullptr ? 0 : *count;
}

}  // namespace

TermWeights::TermWeights(TermWeightOptions options) : options_(options) {}

std::string TermWeights::entity_key(std::string_view entity) {
  std::string key = "ent:";
  key += entity;
  return key;
}

std::string TermWeights::number_key(std::string_view number) {
  std::string key = "num:";
  key += number;
  return key;
}

std::vector<FeatureCount> count_features(const ArticleFeatures& article, double title_weight, std::string* arena) {
  static constexpr std::string_view kEntityPrefix = "ent:", kNumberPrefix = "num:";
  // Reserved to its final size first: the views into it must not move.
  size_t arena_size = 0;
  for (const std::string& e : article.entities) arena_size += kEntityPrefix.size() + e.size();
  for (const std::string& n : article.numbers) arena_size += kNumberPrefix.size() + n.size();
  arena->clear();
  arena->reserve(arena_size);
  const auto prefixed = [&](std::string_view prefix, const std::string& text) {
    const size_t start = arena->size();
    arena->append(prefix);
    arena->append(text);
    return std::string_view(arena->data() + start, prefix.size() + text.size());
  };

  size_t occurrences = article.body_terms.size() + article.title_terms.size() + article.entities.size() +
                       article.numbers.size();
  // Open addressing, at most half full: slot -> 1 + index into out, 0 empty.
  size_t capacity = 16;
  while (capacity < 2 * occurrences) capacity *= 2;
  std::vector<uint32_t> table(capacity, 0);
  std::vector<FeatureCount> out;
  out.reserve(occurrences);
  const std::hash<std::string_view> hash;
  const auto bump = [&](std::string_view key, FeatureKind kind, double by) {
    if (key.empty()) return;
    for (size_t slot = hash(key) & (capacity - 1);; slot = (slot + 1) & (capacity - 1)) {
      if (table[slot] == 0) {
        out.push_back({key, kind, by});
        table[slot] = static_cast<uint32_t>(out.size());
        return;
      }
      FeatureCount& c = out[table[slot] - 1];
      if (c.key == key) {
        c.tf += by;
        return;
      }
    }
  };
  for (const std::string& t : article.body_terms) bump(t, FeatureKind::kTerm, 1.0);
  for (const std::string& t : article.title_terms) bump(t, FeatureKind::kTerm, title_weight);
  for (const std::string& e : article.entities) bump(prefixed(kEntityPrefix, e), FeatureKind::kEntity, 1.0);
  for (const std::string& n : article.numbers) bump(prefixed(kNumberPrefix, n), FeatureKind::kNumber, 1.0);
  return out;
}

uint32_t TermWeights::intern(std::string_view key, FeatureKind kind) {
  const size_t known = keys_.size();
  const uint32_t id = keys_.add(key);
  if (id < known) return id;
  kinds_.push_back(kind);
  df_.push_back(0);
  uint32_t background = 0;
  if (options_.background != nullptr && kind == FeatureKind::kTerm) {
    auto b = options_.background->df.find(key);
    if (b != options_.background->df.end()) background = b->second;
  }
  background_df_.push_back(background);
  return id;
}

double TermWeights::idf_of_df(double df) const {
  const double background = options_.background != nullptr ? static_cast<double>(options_.background->documents) : 0;
  return std::log((1.0 + static_cast<double>(documents_) + background) / (1.0 + df)) + 1.0;
}

double TermWeights::idf(uint32_t id) const { return idf_of_df(df_[id] + background_df_[id]); }

Status BackgroundFrequencies::load(const std::string& path, BackgroundFrequencies* out) {
  std::ifstream in(path);
  if (!in) return Status::not_found(path, "cannot read the background frequencies");
  BackgroundFrequencies b;
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    const size_t tab = line.find('\t');
    char* end = nullptr;
    const unsigned long value = tab == std::string::npos ? 0 : std::strtoul(line.c_str() + tab + 1, &end, 10);
    if (tab == std::string::npos || end == nullptr || *end != '\0') {
      return Status::invalid_input(path + ":" + std::to_string(number), "expected \"term<TAB>count\"");
    }
    if (number == 1) {
      if (line.substr(0, tab) != "documents") {
        return Status::invalid_input(path + ":1", "the first line must be \"documents<TAB>N\"");
      }
      b.documents = value;
    } else {
      b.df[line.substr(0, tab)] = static_cast<uint32_t>(value);
    }
  }
  *out = std::move(b);
  return Status();
}

std::optional<uint32_t> TermWeights::id_of(std::string_view key) const {
  const uint32_t id = keys_.find(key);
  if (id == StringIds::kMissing) return std::nullopt;
  return id;
}

const TermWeights::SourceCounts* TermWeights::source_counts(const std::string& source) const {
  if (!options_.source_damping || source.empty()) return nullptr;
  auto it = sources_.find(source);
  if (it == sources_.end() || it->second.documents < options_.min_source_documents) return nullptr;
  return &it->second;
}

double TermWeights::source_factor(uint32_t id, const SourceCounts& source) const {
  return source_factor(id, count_of(source.df, id), source);
}

double TermWeights::source_factor(uint32_t id, uint32_t source_df, const SourceCounts& source) const {
  const double df_s = source_df;
  // A handful of uses says nothing about a habit (and the smoothing would damp every rare word a little).
  if (df_s < 5) return 1.0;
  const double n_s = static_cast<double>(source.documents);
  const double idf_s = std::log((1.0 + n_s) / (1.0 + df_s)) + 1.0;
  const double expected_df = df_[id] * n_s / static_cast<double>(documents_);
  const double expected_idf = std::log((1.0 + n_s) / (1.0 + expected_df)) + 1.0;
  return std::min(1.0, idf_s / expected_idf);
}

ArticleVector TermWeights::add(const ArticleFeatures& article) {
  const std::vector<Counted> counted = count_features(article, options_.title_weight, &arena_);
  ++documents_;
  SourceCounts* source = nullptr;
  if (options_.source_damping && !article.source.empty()) {
    auto it = sources_.find(article.source);
    if (it == sources_.end()) it = sources_.emplace(article.source, SourceCounts{}).first;
    source = &it->second;
    ++source->documents;
  }
  std::vector<int64_t>& ids = ids_scratch_;
  ids.assign(counted.size(), -1);
  std::vector<uint32_t>& fresh = fresh_scratch_;  // features never seen, by index into counted
  fresh.clear();
  for (size_t i = 0; i < counted.size(); ++i) {
    const uint32_t id = keys_.find(counted[i].key);
    if (id != StringIds::kMissing) {
      ids[i] = id;
    } else {
      fresh.push_back(static_cast<uint32_t>(i));
    }
  }
  // New ids in the order of their keys: they depend on the article's features, not on their order.
  std::sort(fresh.begin(), fresh.end(), [&](uint32_t a, uint32_t b) { return counted[a].key < counted[b].key; });
  for (const uint32_t i : fresh) ids[i] = intern(counted[i].key, counted[i].kind);
  // The source's df of each term, kept as counted: build() needs it again, and a second hash
  // lookup per term costs as much as the counting.
  std::vector<uint32_t>& source_df = source_df_scratch_;
  source_df.assign(source != nullptr ? counted.size() : 0, 0);
  for (size_t i = 0; i < counted.size(); ++i) {
    const uint32_t id = static_cast<uint32_t>(ids[i]);
    ++df_[id];
    if (source != nullptr && counted[i].kind == FeatureKind::kTerm) source_df[i] = ++source->df[id];
  }
  const bool damped = source != nullptr && source->documents >= options_.min_source_documents;
  return build(counted, ids, damped ? source : nullptr, damped ? &source_df : nullptr);
}

ArticleVector TermWeights::weigh(const ArticleFeatures& article) const {
  std::string arena;
  const std::vector<Counted> counted = count_features(article, options_.title_weight, &arena);
  std::vector<int64_t> ids;
  ids.reserve(counted.size());
  for (const Counted& c : counted) {
    const uint32_t id = keys_.find(c.key);
    ids.push_back(id == StringIds::kMissing ? -1 : static_cast<int64_t>(id));
  }
  return build(counted, ids, source_counts(article.source), nullptr);
}

ArticleVector TermWeights::build(const std::vector<Counted>& counted, const std::vector<int64_t>& ids,
                                 const SourceCounts* source, const std::vector<uint32_t>* source_df) const {
  ArticleVector out;
  std::vector<TermWeight> terms;
  for (size_t i = 0; i < counted.size(); ++i) {
    // An unseen feature can match nothing in any centroid: leaving it out changes no cosine's
    // numerator, only the norm, which it would inflate.
    if (ids[i] < 0) continue;
    const uint32_t id = static_cast<uint32_t>(ids[i]);
    const Counted& c = counted[i];
    double w = (1.0 + log_of_tf(c.tf)) * idf(id);
    if (c.kind == FeatureKind::kEntity) {
      w *= options_.entity_weight;
      out.features.push_back({id, static_cast<float>(w)});
      out.entities.push_back(id);
      continue;
    }
    if (c.kind == FeatureKind::kNumber) w *= options_.number_weight;
    if (c.kind == FeatureKind::kTerm && source != nullptr) {
      w *= source_df != nullptr ? source_factor(id, (*source_df)[i], *source) : source_factor(id, *source);
    }
    terms.push_back({id, static_cast<float>(w)});
  }
  // An article's features have distinct ids (one per distinct key), so no weights are summed:
  // the heaviest terms are selected in place and the two sorted lists merged, without the
  // copies and re-sorts of from_unsorted and top_weighted (same entries, same order).
  keep_top_weighted(&terms, options_.max_terms);
  std::sort(out.features.begin(), out.features.end(),
            [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  SparseVector entities;
  entities.swap(out.features);
  out.features.resize(entities.size() + terms.size());
  std::merge(entities.begin(), entities.end(), terms.begin(), terms.end(), out.features.begin(),
             [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  normalize(&out.features);
  std::sort(out.entities.begin(), out.entities.end());
  return out;
}

}  // namespace marsad
