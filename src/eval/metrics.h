// Scores of a predicted clustering against a gold one: pairwise (pair-counting)
// precision/recall/F1, B-cubed precision/recall/F1, and the adjusted Rand index.
//
//   Clustering gold = {{"a", "e1"}, {"b", "e1"}, {"c", "e2"}};
//   Clustering pred = {{"a", "7"},  {"b", "8"},  {"c", "8"}};
//   ClusteringScores s = score_clustering(gold, pred);
//   // s.pairwise.precision, s.bcubed.f1, s.ari, ...
//
// Items are matched by key; cluster labels are opaque strings (only equality
// matters). Items of `gold` missing from `pred` are each scored as a cluster of
// their own (a system that said nothing about an item put it with nothing);
// items only in `pred` are ignored (nothing to score them against).
//
// Everything is computed from the contingency table n_ij (items in gold
// cluster i and predicted cluster j), its row sums a_i and column sums b_j, in
// O(n) time, never enumerating pairs. With C(x) = x(x-1)/2:
//   pairwise  (Miranda et al. 2018, "Multilingual Clustering of Streaming News"):
//     P = sum_ij C(n_ij) / sum_j C(b_j),  R = sum_ij C(n_ij) / sum_i C(a_i);
//     P is 1 when no pair is predicted (no pair claimed wrongly), R is 1 when
//     gold has no pair; F1 = 2PR/(P+R), 0 when P+R = 0.
//   B-cubed   (Bagga & Baldwin 1998), averaged over items:
//     P = (1/n) sum_ij n_ij^2 / b_j,  R = (1/n) sum_ij n_ij^2 / a_i,  F1 their harmonic mean.
//   ARI       (Hubert & Arabie 1985):
//     (sum_ij C(n_ij) - E) / ((sum_i C(a_i) + sum_j C(b_j)) / 2 - E),
//     E = sum_i C(a_i) * sum_j C(b_j) / C(n);
//     1 when the denominator is 0 (both clusterings all singletons, or both one
//     cluster, or fewer than 2 items), as scikit-learn does.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

namespace marsad {

// item key -> cluster label.
using Clustering = std::unordered_map<std::string, std::string>;

struct PrecisionRecall {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

struct ClusteringScores {
  size_t items = 0;            // gold items scored
  size_t missing_in_pred = 0;  // of them, absent from pred (scored as singletons)
  size_t pred_only = 0;        // pred items absent from gold (ignored)
  size_t gold_clusters = 0;
  size_t pred_clusters = 0;    // among the scored items, missing ones counted as singletons
  PrecisionRecall pairwise;
  PrecisionRecall bcubed;
  double ari = 0;
};

// Scores `pred` against `gold` as described above. An empty gold gives all
// scores 0 and items 0.
ClusteringScores score_clustering(const Clustering& gold, const Clustering& pred);

}  // namespace marsad
