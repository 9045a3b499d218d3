#include "cluster/storyline_linker.h"

#include <algorithm>
#include <numeric>
#include <functional>
#include <string>

namespace marsad {
namespace {

// Σ min / Σ max over the union of two sorted (id, share) lists; 0 when fewer
// than min_shared ids are in both.
double weighted_jaccard(const std::vector<std::pair<uint32_t, float>>& a,
                        const std::vector<std::pair<uint32_t, float>>& b, size_t min_shared) {
  double min_sum = 0, max_sum = 0;
  size_t shared = 0;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) {
      max_sum += a[i++].second;
    } else if (i == a.size() || b[j].first < a[i].first) {
      max_sum += b[j++].second;
    } else {
      ++shared;
      min_sum += std::min(a[i].second, b[j].second);
      max_sum += std::max(a[i].second, b[j].second);
      ++i, ++j;
    }
  }
  return shared < min_shared || max_sum == 0 ? 0 : min_sum / max_sum;
}

bool share_one(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    if (a[i] < b[j]) ++i; else ++j;
  }
  return false;
}

size_t shared_count(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t n = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) ++n, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return n;
}

}  // namespace

uint64_t country_pair_key(const std::string& a, const std::string& b) {
  const std::string& first = a < b ? a : b;
  const std::string& second = a < b ? b : a;
  const uint64_t h = std::hash<std::string>()(first + "|" + second);
  return h == 0 ? 1 : h;
}

StorylineLinker::StorylineLinker(StorylineOptions options) : options_(options) {}

void StorylineLinker::grow_to(uint32_t event) {
  if (event < parent_.size()) return;
  const size_t old = parent_.size();
  parent_.resize(event + 1);
  std::iota(parent_.begin() + static_cast<std::ptrdiff_t>(old), parent_.end(), static_cast<uint32_t>(old));
  summaries_.resize(event + 1);
}

uint32_t StorylineLinker::find(uint32_t event) const {
  uint32_t root = event;
  while (parent_[root] != root) root = parent_[root];
  while (parent_[event] != root) event = std::exchange(parent_[event], root);
  return root;
}

void StorylineLinker::join(uint32_t a, uint32_t b) {
  const uint32_t ra = find(a), rb = find(b);
  if (ra == rb) return;
  // The earlier event's id names the joined storyline.
  if (ra < rb) parent_[rb] = ra; else parent_[ra] = rb;
}

uint32_t StorylineLinker::storyline_of(uint32_t event) const {
  if (event >= parent_.size()) return event;
  return find(event);
}

double StorylineLinker::similarity(const EventSummary& a, const EventSummary& b) const {
  return dot(a.features, b.features) + options_.entity_weight * weighted_jaccard(a.entities, b.entities, options_.min_shared_entities);
}

void StorylineLinker::expire(int64_t now) {
  // A sweep costs one pass over the index: do it at most once per simulated hour.
  if (now - last_expiry_ < 3600) return;
  last_expiry_ = now;
  for (const uint32_t event : index_.indexed_items()) {
    if (now - summaries_[event].last_time > options_.window_seconds) {
      index_.remove(event);
      summaries_[event] = EventSummary{};
    }
  }
}

uint32_t StorylineLinker::update(uint32_t event, EventSummary summary) {
  grow_to(event);
  clock_ = std::max(clock_, summary.last_time);
  expire(clock_);
  summaries_[event] = std::move(summary);
  const EventSummary& mine = summaries_[event];
  std::vector<uint32_t> query;
  query.reserve(mine.features.size());
  for (const TermWeight& f : mine.features) query.push_back(f.term);

  std::vector<std::pair<uint32_t, uint32_t>> hits;
  index_.lookup(query, options_.max_candidates, &hits);
  const uint32_t my_story = find(event);
  uint32_t best = event;
  double best_similarity = -1;
  // similarity() with the dot product taken against a dense copy of mine: one array read per
  // feature of theirs instead of a merge; the shared terms are summed in the same order.
  scratch_.load(mine.features);
  for (const auto& [other, shared] : hits) {
    if (other == event || find(other) == my_story) continue;
    const EventSummary& theirs = summaries_[other];
    const int64_t gap = mine.last_time > theirs.last_time ? mine.last_time - theirs.last_time
                                                          : theirs.last_time - mine.last_time;
    if (gap > options_.window_seconds) continue;
    double s = scratch_.dot(theirs.features) +
               options_.entity_weight * weighted_jaccard(mine.entities, theirs.entities, options_.min_shared_entities);
    if (s < options_.link_threshold && s >= options_.pair_link_threshold &&
        share_one(mine.country_pairs, theirs.country_pairs) &&
        shared_count(mine.title_terms, theirs.title_terms) >= options_.pair_title_terms) {
      s = options_.link_threshold;
    }
    // Ties go to the earlier event, so the result does not depend on hit order.
    if (s > best_similarity || (s == best_similarity && other < best)) {
      best_similarity = s;
      best = other;
    }
  }
  scratch_.unload(mine.features);
  if (best != event && best_similarity >= options_.link_threshold) join(event, best);
  index_.set(event, std::move(query));
  return find(event);
}

void StorylineLinker::merge_events(uint32_t survivor, uint32_t absorbed) {
  grow_to(std::max(survivor, absorbed));
  join(survivor, absorbed);
  index_.remove(absorbed);
  summaries_[absorbed] = EventSummary{};
}

}  // namespace marsad
