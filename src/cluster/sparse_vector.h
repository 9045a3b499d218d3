// Sparse vectors over term ids: the article vectors and event centroids of
// the clusterer.
//
//   SparseVector a = from_unsorted({{7, 2.0f}, {3, 1.0f}});  // sorted by term, repeats summed
//   normalize(&a);                                          // L2 norm 1
//   double cosine_ab = dot(a, b) / (norm(a) * norm(b));
//   add_scaled(&centroid, a, 1.0);                          // centroid += a
//   SparseVector top = top_weighted(centroid, 24);          // the 24 largest entries
//
// A SparseVector is a vector of (term, weight) sorted by term with no repeated
// term, so that dot products and sums are linear merges; every function here
// keeps that invariant.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace marsad {

struct TermWeight {
  uint32_t term = 0;
  float weight = 0;
};

using SparseVector = std::vector<TermWeight>;

// Sorts by term and sums the weights of repeated terms.
SparseVector from_unsorted(std::vector<TermWeight> entries);

// Sum over shared terms of the products of weights.
double dot(const SparseVector& a, const SparseVector& b);

// Sum of squared weights.
double squared_norm(const SparseVector& v);
double norm(const SparseVector& v);

// Scales v to L2 norm 1; a zero vector stays as it is.
void normalize(SparseVector* v);

// *acc += scale * v (terms of v missing from acc are inserted).
void add_scaled(SparseVector* acc, const SparseVector& v, double scale);

// The k entries with the largest weights (ties: smaller term first), sorted
// by term. All of v if it has at most k entries.
SparseVector top_weighted(const SparseVector& v, size_t k);

// In place: *entries (distinct terms, any order) becomes its k heaviest
// entries sorted by term, i.e. top_weighted(from_unsorted(*entries), k)
// without the two copies.
void keep_top_weighted(std::vector<TermWeight>* entries, size_t k);

// The terms of top_weighted(v, k) ordered by weight, largest first.
std::vector<uint32_t> top_terms(const SparseVector& v, size_t k);

// A sparse vector spread into a dense array, for dot products of one vector
// with many: each costs one array read per entry of the other vector instead
// of a branchy merge of two sorted lists (the clusterer's hot loop).
//
//   DenseScratch scratch;
//   scratch.load(article);
//   for (const SparseVector& c : centroids) use(scratch.dot(c));
//   scratch.unload(article);   // back to all zeros, in time linear in article
class DenseScratch {
 public:
  void load(const SparseVector& v);
  void unload(const SparseVector& v);
  double dot(const SparseVector& other) const;

 private:
  std::vector<float> weights_;
};

}  // namespace marsad
