#include "eval/metrics.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace marsad {
namespace {

using Count = uint64_t;

double pairs(Count x) { return static_cast<double>(x) * static_cast<double>(x - (x > 0)) / 2.0; }

double f1_of(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

}  // namespace

ClusteringScores score_clustering(const Clustering& gold, const Clustering& pred) {
  ClusteringScores s;
  // Dense ids for the labels; a missing prediction gets a fresh id of its own.
  std::unordered_map<std::string, uint32_t> gold_ids, pred_ids;
  std::vector<Count> gold_sizes, pred_sizes;
  std::unordered_map<uint64_t, Count> cells;
  cells.reserve(gold.size());
  for (const auto& [item, gold_label] : gold) {
    const auto [g, g_new] = gold_ids.emplace(gold_label, static_cast<uint32_t>(gold_sizes.size()));
    if (g_new) gold_sizes.push_back(0);
    uint32_t p;
    const auto found = pred.find(item);
    if (found == pred.end()) {
      ++s.missing_in_pred;
      p = static_cast<uint32_t>(pred_sizes.size());
      pred_sizes.push_back(0);
    } else {
      const auto [it, p_new] = pred_ids.emplace(found->second, static_cast<uint32_t>(pred_sizes.size()));
      if (p_new) pred_sizes.push_back(0);
      p = it->second;
    }
    ++gold_sizes[g->second];
    ++pred_sizes[p];
    ++cells[(static_cast<uint64_t>(g->second) << 32) | p];
  }
  for (const auto& entry : pred) s.pred_only += gold.count(entry.first) == 0;
  s.items = gold.size();
  s.gold_clusters = gold_sizes.size();
  s.pred_clusters = pred_sizes.size();
  if (s.items == 0) return s;

  double same_both = 0, bcubed_p = 0, bcubed_r = 0;
  for (const auto& [key, n] : cells) {
    const Count a = gold_sizes[key >> 32], b = pred_sizes[key & 0xffffffffu];
    same_both += pairs(n);
    const double sq = static_cast<double>(n) * static_cast<double>(n);
    bcubed_p += sq / static_cast<double>(b);
    bcubed_r += sq / static_cast<double>(a);
  }
  double same_gold = 0, same_pred = 0;
  for (const Count a : gold_sizes) same_gold += pairs(a);
  for (const Count b : pred_sizes) same_pred += pairs(b);

  s.pairwise.precision = same_pred > 0 ? same_both / same_pred : 1.0;
  s.pairwise.recall = same_gold > 0 ? same_both / same_gold : 1.0;
  s.pairwise.f1 = f1_of(s.pairwise.precision, s.pairwise.recall);

  const double n = static_cast<double>(s.items);
  s.bcubed.precision = bcubed_p / n;
  s.bcubed.recall = bcubed_r / n;
  s.bcubed.f1 = f1_of(s.bcubed.precision, s.bcubed.recall);

  const double all_pairs = pairs(s.items);
  const double expected = all_pairs > 0 ? same_gold * same_pred / all_pairs : 0;
  const double denominator = (same_gold + same_pred) / 2 - expected;
  // The denominator is >= 0; compare with a relative epsilon, as E is a rounded quotient.
  s.ari = denominator > 1e-9 * std::max(1.0, all_pairs) ? (same_both - expected) / denominator : 1.0;
  return s;
}

}  // namespace marsad
