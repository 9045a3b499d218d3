#include "cluster/term_weights.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>

namespace marsad {

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

std::vector<TermWeights::Counted> TermWeights::count(const ArticleFeatures& article,
                                                     double title_weight) {
  // An ordered map: the order of features (and so of new ids) depends only on the input.
  std::map<std::string, Counted> counts;
  auto bump = [&](std::string key, FeatureKind kind, double by) {
    auto [it, inserted] = counts.try_emplace(key, Counted{key, kind, 0.0});
    it->second.tf += by;
  };
  for (const std::string& t : article.body_terms) bump(t, FeatureKind::kTerm, 1.0);
  for (const std::string& t : article.title_terms) bump(t, FeatureKind::kTerm, title_weight);
  for (const std::string& e : article.entities) bump(entity_key(e), FeatureKind::kEntity, 1.0);
  for (const std::string& n : article.numbers) bump(number_key(n), FeatureKind::kNumber, 1.0);
  std::vector<Counted> out;
  out.reserve(counts.size());
  for (auto& [key, c] : counts) {
    if (!key.empty()) out.push_back(std::move(c));
  }
  return out;
}

uint32_t TermWeights::intern(const std::string& key, FeatureKind kind) {
  auto [it, inserted] = ids_.try_emplace(key, static_cast<uint32_t>(keys_.size()));
  if (inserted) {
    keys_.push_back(key);
    kinds_.push_back(kind);
    df_.push_back(0);
    uint32_t background = 0;
    if (options_.background != nullptr && kind == FeatureKind::kTerm) {
      auto b = options_.background->df.find(key);
      if (b != options_.background->df.end()) background = b->second;
    }
    background_df_.push_back(background);
  }
  return it->second;
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
  auto it = ids_.find(std::string(key));
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

const TermWeights::SourceCounts* TermWeights::source_counts(const std::string& source) const {
  if (!options_.source_damping || source.empty()) return nullptr;
  auto it = sources_.find(source);
  if (it == sources_.end() || it->second.documents < options_.min_source_documents) return nullptr;
  return &it->second;
}

double TermWeights::source_factor(uint32_t id, const SourceCounts& source) const {
  auto it = source.df.find(id);
  const double df_s = it == source.df.end() ? 0 : it->second;
  // A handful of uses says nothing about a habit (and the smoothing would damp every rare word a little).
  if (df_s < 5) return 1.0;
  const double n_s = static_cast<double>(source.documents);
  const double idf_s = std::log((1.0 + n_s) / (1.0 + df_s)) + 1.0;
  const double expected_df = df_[id] * n_s / static_cast<double>(documents_);
  const double expected_idf = std::log((1.0 + n_s) / (1.0 + expected_df)) + 1.0;
  return std::min(1.0, idf_s / expected_idf);
}

ArticleVector TermWeights::add(const ArticleFeatures& article) {
  const std::vector<Counted> counted = count(article, options_.title_weight);
  ++documents_;
  SourceCounts* source = nullptr;
  if (options_.source_damping && !article.source.empty()) {
    source = &sources_[article.source];
    ++source->documents;
  }
  std::vector<int64_t> ids;
  ids.reserve(counted.size());
  for (const Counted& c : counted) {
    const uint32_t id = intern(c.key, c.kind);
    ++df_[id];
    if (source != nullptr && c.kind == FeatureKind::kTerm) ++source->df[id];
    ids.push_back(id);
  }
  return build(counted, ids, source_counts(article.source));
}

ArticleVector TermWeights::weigh(const ArticleFeatures& article) const {
  const std::vector<Counted> counted = count(article, options_.title_weight);
  std::vector<int64_t> ids;
  ids.reserve(counted.size());
  for (const Counted& c : counted) {
    auto it = ids_.find(c.key);
    ids.push_back(it == ids_.end() ? -1 : static_cast<int64_t>(it->second));
  }
  return build(counted, ids, source_counts(article.source));
}

ArticleVector TermWeights::build(const std::vector<Counted>& counted, const std::vector<int64_t>& ids,
                                 const SourceCounts* source) const {
  ArticleVector out;
  std::vector<TermWeight> terms;
  for (size_t i = 0; i < counted.size(); ++i) {
    // An unseen feature can match nothing in any centroid: leaving it out changes no cosine's
    // numerator, only the norm, which it would inflate.
    if (ids[i] < 0) continue;
    const uint32_t id = static_cast<uint32_t>(ids[i]);
    const Counted& c = counted[i];
    double w = (1.0 + std::log(c.tf)) * idf(id);
    if (c.kind == FeatureKind::kEntity) {
      w *= options_.entity_weight;
      out.features.push_back({id, static_cast<float>(w)});
      out.entities.push_back(id);
      continue;
    }
    if (c.kind == FeatureKind::kNumber) w *= options_.number_weight;
    if (c.kind == FeatureKind::kTerm && source != nullptr) w *= source_factor(id, *source);
    terms.push_back({id, static_cast<float>(w)});
  }
  const SparseVector kept = top_weighted(from_unsorted(std::move(terms)), options_.max_terms);
  out.features.insert(out.features.end(), kept.begin(), kept.end());
  out.features = from_unsorted(std::move(out.features));
  normalize(&out.features);
  std::sort(out.entities.begin(), out.entities.end());
  return out;
}

}  // namespace marsad
