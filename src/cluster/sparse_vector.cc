#include "cluster/sparse_vector.h"

#include <algorithm>
#include <cmath>

namespace marsad {
namespace {

// Larger weight first; equal weights by term so that results never depend on input order.
bool heavier(const TermWeight& a, const TermWeight& b) {
  if (a.weight != b.weight) return a.weight > b.weight;
  return a.term < b.term;
}

bool by_term(const TermWeight& a, const TermWeight& b) { return a.term < b.term; }

}  // namespace

SparseVector from_unsorted(std::vector<TermWeight> entries) {
  std::sort(entries.begin(), entries.end(), by_term);
  SparseVector out;
  out.reserve(entries.size());
  for (const TermWeight& e : entries) {
    if (!out.empty() && out.back().term == e.term) {
      out.back().weight += e.weight;
    } else {
      out.push_back(e);
    }
  }
  return out;
}

double dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].term < b[j].term) {
      ++i;
    } else if (b[j].term < a[i].term) {
      ++j;
    } else {
      sum += static_cast<double>(a[i].weight) * b[j].weight;
      ++i, ++j;
    }
  }
  return sum;
}

double squared_norm(const SparseVector& v) {
  double sum = 0;
  for (const TermWeight& e : v) sum += static_cast<double>(e.weight) * e.weight;
  return sum;
}

double norm(const SparseVector& v) { return std::sqrt(squared_norm(v)); }

void normalize(SparseVector* v) {
  const double n = norm(*v);
  if (n == 0) return;
  for (TermWeight& e : *v) e.weight = static_cast<float>(e.weight / n);
}

void add_scaled(SparseVector* acc, const SparseVector& v, double scale) {
  SparseVector out;
  out.reserve(acc->size() + v.size());
  size_t i = 0, j = 0;
  while (i < acc->size() || j < v.size()) {
    if (j == v.size() || (i < acc->size() && (*acc)[i].term < v[j].term)) {
      out.push_back((*acc)[i++]);
    } else if (i == acc->size() || v[j].term < (*acc)[i].term) {
      out.push_back({v[j].term, static_cast<float>(v[j].weight * scale)});
      ++j;
    } else {
      out.push_back({v[j].term, static_cast<float>((*acc)[i].weight + v[j].weight * scale)});
      ++i, ++j;
    }
  }
  acc->swap(out);
}

SparseVector top_weighted(const SparseVector& v, size_t k) {
  if (v.size() <= k) return v;
  SparseVector out = v;
  std::nth_element(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(k), out.end(), heavier);
  out.resize(k);
  std::sort(out.begin(), out.end(), by_term);
  return out;
}

void keep_top_weighted(std::vector<TermWeight>* entries, size_t k) {
  if (entries->size() > k) {
    std::nth_element(entries->begin(), entries->begin() + static_cast<std::ptrdiff_t>(k), entries->end(), heavier);
    entries->resize(k);
  }
  std::sort(entries->begin(), entries->end(), by_term);
}

std::vector<uint32_t> top_terms(const SparseVector& v, size_t k) {
  SparseVector top = v;
  const size_t n = std::min(k, top.size());
  // heavier is a total order, so selecting then sorting the n gives partial_sort's result, in
  // linear time plus n log n instead of |v| log n.
  if (n < top.size()) std::nth_element(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(n), top.end(), heavier);
  std::sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(n), heavier);
  std::vector<uint32_t> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) out.push_back(top[i].term);
  return out;
}

void DenseScratch::load(const SparseVector& v) {
  if (!v.empty() && v.back().term >= weights_.size()) weights_.resize(v.back().term + 1024, 0.0f);
  for (const TermWeight& e : v) weights_[e.term] = e.weight;
}

void DenseScratch::unload(const SparseVector& v) {
  for (const TermWeight& e : v) weights_[e.term] = 0.0f;
}

double DenseScratch::dot(const SparseVector& other) const {
  double sum = 0;
  const size_t n = weights_.size();
  for (const TermWeight& e : other) {
    if (e.term < n) sum += static_cast<double>(weights_[e.term]) * e.weight;
  }
  return sum;
}

}  // namespace marsad
