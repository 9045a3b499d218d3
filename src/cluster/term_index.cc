#include "cluster/term_index.h"

#include <algorithm>

namespace marsad {

void TermIndex::set(uint32_t item, std::vector<uint32_t> terms) {
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  if (!terms.empty() && terms.back() >= postings_.size()) postings_.resize(terms.back() + 1);
  if (contains(item)) {
    // Re-indexing a grown event mostly keeps its terms: touch only the postings of those that
    // change (a common term's posting list is long, so a remove is a long search).
    std::vector<uint32_t>& old = terms_of_[item];
    size_t i = 0, j = 0;
    while (i < old.size() || j < terms.size()) {
      if (j == terms.size() || (i < old.size() && old[i] < terms[j])) {
        std::vector<uint32_t>& items = postings_[old[i++]];
        items.erase(std::find(items.begin(), items.end(), item));
      } else if (i == old.size() || terms[j] < old[i]) {
        postings_[terms[j++]].push_back(item);
      } else {
        ++i, ++j;
      }
    }
    postings_count_ = postings_count_ - old.size() + terms.size();
    old = std::move(terms);
    return;
  }
  for (const uint32_t t : terms) postings_[t].push_back(item);
  postings_count_ += terms.size();
  if (item >= terms_of_.size()) {
    terms_of_.resize(item + 1);
    slot_of_.resize(item + 1, kAbsent);
  }
  terms_of_[item] = std::move(terms);
  slot_of_[item] = static_cast<uint32_t>(items_.size());
  items_.push_back(item);
}

void TermIndex::remove(uint32_t item) {
  if (!contains(item)) return;
  std::vector<uint32_t>& terms = terms_of_[item];
  for (const uint32_t t : terms) {
    std::vector<uint32_t>& items = postings_[t];
    // Order kept: lookup() sorts its hits, but a stable layout keeps runs comparable.
    items.erase(std::find(items.begin(), items.end(), item));
  }
  postings_count_ -= terms.size();
  std::vector<uint32_t>().swap(terms);
  // Swap-remove from the list of indexed items.
  const uint32_t slot = slot_of_[item];
  const uint32_t last = items_.back();
  items_[slot] = last;
  slot_of_[last] = slot;
  items_.pop_back();
  slot_of_[item] = kAbsent;
}

void TermIndex::lookup(const std::vector<uint32_t>& query, size_t limit,
                       std::vector<std::pair<uint32_t, uint32_t>>* hits) const {
  hits->clear();
  if (term_seen_.size() < postings_.size()) term_seen_.resize(postings_.size(), 0);
  for (const uint32_t t : query) {
    if (t >= postings_.size()) continue;  // under no item
    // A query term given twice must not count twice.
    if (term_seen_[t] != 0) continue;
    term_seen_[t] = 1;
    for (const uint32_t item : postings_[t]) {
      if (item >= hit_count_.size()) hit_count_.resize(item + 1, 0);
      if (hit_count_[item]++ == 0) hits->push_back({item, 0});
    }
  }
  for (const uint32_t t : query) {
    if (t < term_seen_.size()) term_seen_[t] = 0;
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

std::vector<uint32_t> TermIndex::indexed_items() const { return items_; }

}  // namespace marsad
