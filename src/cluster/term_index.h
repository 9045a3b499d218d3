// An inverted index from feature ids to the items (events) indexed under
// them: how the clusterer finds candidate events without scanning them all.
//
//   TermIndex index;
//   index.set(event, top_terms(centroid, 24));     // replaces event's previous terms
//   index.lookup(top_terms(article, 30), &hits);   // events sharing a term, with counts
//   index.remove(event);                           // it left the time window
//
// Items and terms are small dense ids (event ids, feature ids), so postings
// and each item's terms are vectors indexed by id, not hash maps: a lookup is
// an array access per query term. Each item keeps the list of terms it is
// under, so that set() and remove() touch only its own postings; the indexed
// items are kept in a list of their own, so that indexed_items() costs the
// items in the index, not every id ever seen. Memory: a few words per term
// id and per item id ever used. Not thread-safe; lookup() uses scratch space
// of the index.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace marsad {

class TermIndex {
 public:
  // Indexes `item` under exactly `terms` (repeats ignored), replacing what it was under.
  void set(uint32_t item, std::vector<uint32_t> terms);

  // Takes `item` out of the index; nothing if it was not in it.
  void remove(uint32_t item);

  bool contains(uint32_t item) const { return item < slot_of_.size() && slot_of_[item] != kAbsent; }

  // The items indexed under at least one of `query`'s terms, each with the
  // number of query terms it is under, sorted by that count (largest first,
  // ties by item id), at most `limit` of them (0: no limit). Replaces *hits.
  void lookup(const std::vector<uint32_t>& query, size_t limit,
              std::vector<std::pair<uint32_t, uint32_t>>* hits) const;

  // Items indexed, and (term, item) postings held: what the index costs.
  size_t items() const { return items_.size(); }
  size_t postings() const { return postings_count_; }

  // The items indexed, in no particular order.
  std::vector<uint32_t> indexed_items() const;

 private:
  static constexpr uint32_t kAbsent = ~uint32_t{0};

  std::vector<std::vector<uint32_t>> postings_;  // by term id: the items under it
  std::vector<std::vector<uint32_t>> terms_of_;  // by item id: its terms (empty if not indexed)
  std::vector<uint32_t> slot_of_;                // by item id: its position in items_, or kAbsent
  std::vector<uint32_t> items_;                  // the indexed items
  size_t postings_count_ = 0;
  mutable std::vector<uint32_t> hit_count_;  // by item id; zero between lookups
  mutable std::vector<uint8_t> term_seen_;   // by term id; zero between lookups
};

}  // namespace marsad
