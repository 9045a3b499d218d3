#include "cluster/term_index.h"

#include <algorithm>

namespace marsad {

void TermIndex::set(uint32_t item, std::vector<uint32_t> terms) {
  remove(item);
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  for (const uint32_t t : terms) postings_[t].push_back(item);
  postings_count_ += terms.size();
  terms_of_[item] = std::move(terms);
}

void TermIndex::remove(uint32_t item) {
  auto it = terms_of_.find(item);
  if (it == terms_of_.end()) return;
  for (const uint32_t t : it->second) {
    auto p = postings_.find(t);
    std::vector<uint32_t>& items = p->second;
    items.erase(std::find(items.begin(), items.end(), item));
    if (items.empty()) postings_.erase(p);
  }
  postings_count_ -= it->second.size();
  terms_of_.erase(it);
}

void TermIndex::lookup(const std::vector<uint32_t>& query, size_t limit,
                       std::vector<std::pair<uint32_t, uint32_t>>* hits) const {
  hits->clear();
  std::vector<uint32_t> seen_terms;
  for (const uint32_t t : query) {
    // A query term given twice must not count twice.
    if (std::find(seen_terms.begin(), seen_terms.end(), t) != seen_terms.end()) continue;
    seen_terms.push_back(t);
    auto p = postings_.find(t);
    if (p == postings_.end()) continue;
    for (const uint32_t item : p->second) {
      if (item >= hit_count_.size()) hit_count_.resize(item + 1, 0);
      if (hit_count_[item]++ == 0) hits->push_back({item, 0});
    }
  }
  for (auto& [item, count] : *hits) {
    count = hit_count_[item];
    hit_count_[item] = 0;
  }
  const auto more_shared = [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  };
  // Only the first `limit` need ordering: select them, then sort those.
  if (limit != 0 && hits->size() > limit) {
    std::nth_element(hits->begin(), hits->begin() + static_cast<std::ptrdiff_t>(limit), hits->end(), more_shared);
    hits->resize(limit);
  }
  std::sort(hits->begin(), hits->end(), more_shared);
}

std::vector<uint32_t> TermIndex::indexed_items() const {
  std::vector<uint32_t> out;
  out.reserve(terms_of_.size());
  for (const auto& [item, terms] : terms_of_) out.push_back(item);
  return out;
}

}  // namespace marsad
