// Storylines: events that continue one another (two countries' security
// officials meeting again and again over months), linked online.
//
//   StorylineLinker linker;
//   // whenever an event is created or has grown:
//   uint32_t storyline = linker.update(event, summary_of(event));
//   // when two events turned out to be one:
//   linker.merge_events(survivor, absorbed);
//   linker.storyline_of(event);   // the current answer, after every link made since
//
// An event is summarized by its salient features (the heaviest entries of its
// centroid, L2-normalized: words and entity features together) and by its
// entities, each weighed by the share of its articles that name it times its
// idf (a name in every other story, the crown prince's, says less of a
// storyline than the name of one hacker). When an event is
// updated, its summary is compared with those of the events seen within the
// storyline window (weeks: a storyline's episodes are days to weeks apart,
// longer than the event window), found through an inverted index over summary
// features; the event's storyline is joined to that of the most similar one
// if
//   similarity = cosine(summaries) + entity_weight × weighted Jaccard(entities)
// reaches link_threshold (the entity term counts only when at least
// min_shared_entities are shared: one shared country links nothing), or
// pair_link_threshold when both events' titles mostly name the same two
// countries and share pair_title_terms title terms. Links are never undone (a
// live monitor has shown them); joined storylines keep the id of the earliest
// event of either.
//
// A storyline id is the id of its earliest event, so a new event that links
// to nothing is a storyline of its own with the event's id.
//
// Not thread-safe; one writer. Event ids are dense (0, 1, 2, ... as the
// clusterer creates them).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "cluster/sparse_vector.h"
#include "cluster/term_index.h"

namespace marsad {

struct StorylineOptions {
  // How far apart (between last articles) two events of one storyline may
  // be and still be linked: four weeks. Monthly meetings, a trial's hearings,
  // a season's matches fall within it; older events leave the index, so the
  // cost of a link does not grow with the corpus.
  int64_t window_seconds = 28 * 86400;
  // Summary cosine + entity term at which events are linked. Links chain
  // (union-find), so a low bar glues a whole news cycle: on SaudiNewsNet at
  // 0.30 the largest storyline held 17,000 of 31,000 articles (storyline
  // B-cubed F1 0.54 on the dev set), at 0.45 1,862 (0.78), at 0.55 366 (0.74,
  // precision 0.98 but recall 0.60). 0.5 sits between (bench/cluster_bench.cc).
  double link_threshold = 0.50;
  // Two events whose titles mostly name the same two countries (by name or
  // adjective) and share pair_title_terms title terms (the countries' among
  // them) are linked from pair_link_threshold: such titles tell of one
  // relation (the seeds' 003, "التعاون الأمني المغربي-الفرنسي", joins S1's
  // "المغرب وفرنسا ... التعاون الأمني" at 0.30-0.35). A pair alone is not
  // enough: world news titles name Israel and the Palestinians, Iran and
  // America every day (375 links, storylines B-cubed -0.03 on both dev sets);
  // with four shared title terms 35 links, the dev sets unchanged.
  double pair_link_threshold = 0.30;
  size_t pair_title_terms = 4;
  // Weight of the entity Jaccard: shared protagonists are the surest sign of
  // a storyline, and the only one across languages.
  double entity_weight = 0.3;
  // Entities that must be shared for the entity term to count: the country
  // or capital that half the news names is no protagonist.
  size_t min_shared_entities = 2;
  // Features kept in a summary: enough to name a happening's who/what/where,
  // few enough that incidental words do not link unrelated events.
  size_t summary_terms = 30;
  // Candidates scored per update (most shared summary features first).
  size_t max_candidates = 100;
};

// What the linker knows of an event.
struct EventSummary {
  SparseVector features;  // salient features, L2 norm 1
  // Entity feature id → share (0, 1] of the event's articles naming it × the
  // entity's idf; sorted by id.
  std::vector<std::pair<uint32_t, float>> entities;
  int64_t last_time = 0;  // time of the event's latest article
  // The pairs of countries most of its articles' titles name (country_pair_key),
  // and, if any, the ids of its titles' terms; both sorted.
  std::vector<uint64_t> country_pairs;
  std::vector<uint32_t> title_terms;
};

// One key for the relation of two countries, whichever is named first.
uint64_t country_pair_key(const std::string& a, const std::string& b);

class StorylineLinker {
 public:
  explicit StorylineLinker(StorylineOptions options = {});

  // Records `event`'s summary (replacing any earlier one), links its
  // storyline to the most similar recent event's if above the threshold, and
  // returns the event's storyline. Events whose last_time is more than the
  // window before summary.last_time leave the index first.
  uint32_t update(uint32_t event, EventSummary summary);

  // The events `survivor` and `absorbed` are one: their storylines are
  // joined, and `absorbed` leaves the index (call update(survivor, ...) after,
  // with the merged event's summary).
  void merge_events(uint32_t survivor, uint32_t absorbed);

  // The current storyline of an event (after every link made so far); an
  // event never given to update() is its own storyline.
  uint32_t storyline_of(uint32_t event) const;

  // The similarity that update() compares with link_threshold.
  double similarity(const EventSummary& a, const EventSummary& b) const;

  // Events currently in the index (within the window of the latest update).
  size_t indexed_events() const { return index_.items(); }
  const StorylineOptions& options() const { return options_; }

 private:
  void grow_to(uint32_t event);
  uint32_t find(uint32_t event) const;
  void join(uint32_t a, uint32_t b);
  void expire(int64_t now);

  StorylineOptions options_;
  std::vector<EventSummary> summaries_;  // by event id; emptied when the event leaves
  mutable std::vector<uint32_t> parent_;  // storyline union-find over event ids
  TermIndex index_;
  int64_t clock_ = 0;
  int64_t last_expiry_ = 0;
  DenseScratch scratch_;  // update(): the summary being linked, spread out for its dot products
};

}  // namespace marsad
