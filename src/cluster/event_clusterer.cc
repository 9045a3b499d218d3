#include "cluster/event_clusterer.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace marsad {
namespace {

int64_t abs_gap(int64_t a, int64_t b) { return a > b ? a - b : b - a; }

// Adds one to each of `ids` (sorted, distinct) in sorted `counts`.
void count_entities(std::vector<std::pair<uint32_t, uint32_t>>* counts, const std::vector<uint32_t>& ids,
                    uint32_t by) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  out.reserve(counts->size() + ids.size());
  size_t i = 0, j = 0;
  while (i < counts->size() || j < ids.size()) {
    if (j == ids.size() || (i < counts->size() && (*counts)[i].first < ids[j])) {
      out.push_back((*counts)[i++]);
    } else if (i == counts->size() || ids[j] < (*counts)[i].first) {
      out.push_back({ids[j++], by});
    } else {
      out.push_back({ids[j++], (*counts)[i++].second + by});
    }
  }
  counts->swap(out);
}

}  // namespace

EventClusterer::EventClusterer(ClusterOptions options)
    : options_(options), weights_(options.weights), linker_(options.storyline) {}

uint32_t EventClusterer::find(uint32_t event) const {
  uint32_t root = event;
  while (events_[root].parent != root) root = events_[root].parent;
  while (events_[event].parent != root) event = std::exchange(events_[event].parent, root);
  return root;
}

uint32_t EventClusterer::current_event(uint32_t event) const { return find(event); }

uint32_t EventClusterer::event_of(size_t article_index) const {
  return find(article_event_[article_index]);
}

uint32_t EventClusterer::storyline_of_event(uint32_t event) const {
  return linker_.storyline_of(find(event));
}

double EventClusterer::score(const ArticleVector& v, const Arrival& a, const Event& e) const {
  return score(v, a, dot(v.features, e.centroid), e);
}

double EventClusterer::language_independent_cosine(const SparseVector& article, const SparseVector& centroid) const {
  double product = 0, article_sq = 0, centroid_sq = 0;
  size_t i = 0, j = 0;
  while (i < article.size() || j < centroid.size()) {
    if (j == centroid.size() || (i < article.size() && article[i].term < centroid[j].term)) {
      if (weights_.kind_of(article[i].term) != FeatureKind::kTerm) article_sq += article[i].weight * article[i].weight;
      ++i;
    } else if (i == article.size() || centroid[j].term < article[i].term) {
      if (weights_.kind_of(centroid[j].term) != FeatureKind::kTerm) centroid_sq += centroid[j].weight * centroid[j].weight;
      ++j;
    } else {
      if (weights_.kind_of(article[i].term) != FeatureKind::kTerm) {
        product += article[i].weight * centroid[j].weight;
        article_sq += article[i].weight * article[i].weight;
        centroid_sq += centroid[j].weight * centroid[j].weight;
      }
      ++i, ++j;
    }
  }
  return article_sq == 0 || centroid_sq == 0 ? 0 : product / std::sqrt(article_sq * centroid_sq);
}

bool EventClusterer::has_other_language(const Event& e, const std::string& lang) {
  for (const auto& [language, count] : e.languages) {
    if (language != lang && count != 0) return true;
  }
  return false;
}

void EventClusterer::count_language(Event& e, const std::string& lang, uint32_t by) {
  for (auto& [language, count] : e.languages) {
    if (language == lang) {
      count += by;
      return;
    }
  }
  e.languages.emplace_back(lang, by);
}

bool EventClusterer::has_day_near(const std::vector<long>& days, long day, int tolerance) {
  auto it = std::lower_bound(days.begin(), days.end(), day - tolerance);
  return it != days.end() && *it <= day + tolerance;
}

bool EventClusterer::share_a_day(const std::vector<long>& a, const std::vector<long>& b, int tolerance) {
  for (const long d : a) {
    if (has_day_near(b, d, tolerance)) return true;
  }
  return false;
}

double EventClusterer::day_factor(const LeadDay& day, const Event& e) const {
  if (day_conflicts(day, e)) return options_.day_conflict_factor;
  if (day.written && day.date && !e.written_days.empty() &&
      !has_day_near(e.written_days, days_since_epoch(*day.date), options_.written_day_tolerance)) {
    return options_.written_day_conflict_factor;
  }
  return 1.0;
}

double EventClusterer::days_factor(const Event& a, const Event& b) const {
  if (days_conflict(a, b)) return options_.day_conflict_factor;
  if (!a.written_days.empty() && !b.written_days.empty() &&
      !share_a_day(a.written_days, b.written_days, options_.written_day_tolerance)) {
    return options_.written_day_conflict_factor;
  }
  return 1.0;
}

bool EventClusterer::day_conflicts(const LeadDay& day, const Event& e) const {
  if (day.weekday < 0) return false;
  if (day.date && !e.days.empty()) return !has_day_near(e.days, days_since_epoch(*day.date), options_.day_tolerance);
  bool event_knows_weekdays = false;
  for (const uint32_t count : e.weekday_counts) event_knows_weekdays |= count != 0;
  return event_knows_weekdays && e.weekday_counts[static_cast<size_t>(day.weekday)] == 0;
}

bool EventClusterer::days_conflict(const Event& a, const Event& b) const {
  if (!a.days.empty() && !b.days.empty()) return !share_a_day(a.days, b.days, options_.day_tolerance);
  bool a_known = false, b_known = false;
  for (size_t w = 0; w < 7; ++w) {
    if (a.weekday_counts[w] != 0 && b.weekday_counts[w] != 0) return false;
    a_known |= a.weekday_counts[w] != 0;
    b_known |= b.weekday_counts[w] != 0;
  }
  return a_known && b_known;
}

void EventClusterer::insert_day(std::vector<long>& days, long day) {
  if (days.size() >= kMaxDays) return;
  auto it = std::lower_bound(days.begin(), days.end(), day);
  if (it == days.end() || *it != day) days.insert(it, day);
}

void EventClusterer::add_day(Event& e, const LeadDay& day) {
  if (day.weekday >= 0) ++e.weekday_counts[static_cast<size_t>(day.weekday)];
  if (!day.date) return;
  insert_day(e.days, days_since_epoch(*day.date));
  if (day.written) insert_day(e.written_days, days_since_epoch(*day.date));
}

void EventClusterer::add_days(Event& into, const Event& from) {
  for (size_t w = 0; w < 7; ++w) into.weekday_counts[w] += from.weekday_counts[w];
  for (const long d : from.days) insert_day(into.days, d);
  for (const long d : from.written_days) insert_day(into.written_days, d);
}

double EventClusterer::across_languages(double cosine, const SparseVector& features, const std::string& lang,
                                        const Event& e) const {
  if (!has_other_language(e, lang)) return cosine;
  return std::max(cosine, options_.cross_language_factor * language_independent_cosine(features, e.centroid));
}

double EventClusterer::cohesion_weighted(double cosine, const Event& e) const {
  if (e.size > 1 && options_.cohesion_exponent != 0) {
    cosine *= std::pow(std::min(1.0, e.centroid_norm / e.size), options_.cohesion_exponent);
  }
  return cosine;
}

double EventClusterer::entity_bonus(const std::vector<uint32_t>& ids, const Event& e) const {
  if (ids.empty() || e.entity_counts.empty()) return 0;
  size_t shared = 0;
  double share_sum = 0;
  size_t j = 0;
  for (const uint32_t id : ids) {
    while (j < e.entity_counts.size() && e.entity_counts[j].first < id) ++j;
    if (j < e.entity_counts.size() && e.entity_counts[j].first == id) {
      ++shared;
      share_sum += static_cast<double>(e.entity_counts[j].second) / e.size;
    }
  }
  if (shared < options_.min_shared_entities) return 0;
  return options_.entity_bonus * share_sum / static_cast<double>(ids.size());
}

double EventClusterer::decay(int64_t gap) const {
  const int64_t late = gap - options_.decay_grace_seconds;
  return late <= 0 ? 1.0 : std::exp(-static_cast<double>(late) / static_cast<double>(options_.decay_tau_seconds));
}

double EventClusterer::score(const ArticleVector& v, const Arrival& a, double dot_with_centroid,
                             const Event& e) const {
  if (e.centroid_norm == 0) return 0;
  const double cosine = across_languages(dot_with_centroid / e.centroid_norm, v.features, a.lang, e);
  return day_factor(a.day, e) * decay(abs_gap(a.time, e.last_time)) *
         (cohesion_weighted(cosine, e) + entity_bonus(v.entities, e));
}

CandidateScore EventClusterer::score_parts(const ArticleVector& v, const Arrival& a, double dot_with_centroid,
                                           const Event& e, uint32_t event) const {
  CandidateScore parts;
  parts.event = event;
  parts.event_size = e.size;
  parts.similarity = score(v, a, dot_with_centroid, e);
  if (e.centroid_norm == 0) return parts;
  parts.cosine = across_languages(dot_with_centroid / e.centroid_norm, v.features, a.lang, e);
  parts.cohesion_weighted = cohesion_weighted(parts.cosine, e);
  parts.entity_bonus = entity_bonus(v.entities, e);
  parts.decay = decay(abs_gap(a.time, e.last_time));
  parts.day_factor = day_factor(a.day, e);
  return parts;
}

double EventClusterer::lone_article_score(const Event& lone, double dot_with_event, int64_t gap,
                                          const Event& e) const {
  double cosine = dot_with_event / (lone.centroid_norm * e.centroid_norm);
  if (!lone.languages.empty()) cosine = across_languages(cosine, lone.centroid, lone.languages.front().first, e);
  std::vector<uint32_t> entities;
  entities.reserve(lone.entity_counts.size());
  for (const auto& [id, count] : lone.entity_counts) entities.push_back(id);
  return days_factor(lone, e) * decay(gap) * (cohesion_weighted(cosine, e) + entity_bonus(entities, e));
}

std::vector<EventClusterer::Scored> EventClusterer::candidates(const ArticleVector& v, const Arrival& a) {
  std::vector<uint32_t> query = top_terms(v.features, options_.query_terms);
  query.insert(query.end(), v.entities.begin(), v.entities.end());
  std::vector<std::pair<uint32_t, uint32_t>> hits;
  index_.lookup(query, options_.max_candidates, &hits);
  std::vector<Scored> out;
  out.reserve(hits.size());
  scratch_.load(v.features);
  for (const auto& [event, shared] : hits) {
    // Index entries are always roots: merges and expiry take the others out.
    const Event& e = events_[event];
    const double product = scratch_.dot(e.centroid);
    out.push_back({event, score(v, a, product, e)});
    if (explain_next_) explained_.push_back(score_parts(v, a, product, e, event));
  }
  scratch_.unload(v.features);
  candidates_scored_ += out.size();
  std::sort(out.begin(), out.end(), [](const Scored& a, const Scored& b) {
    return a.similarity != b.similarity ? a.similarity > b.similarity : a.event < b.event;
  });
  return out;
}

void EventClusterer::add_to_centroid(Event& e, const SparseVector& v) {
  add_scaled(&e.centroid, v, 1.0);
  if (e.centroid.size() > options_.centroid_max_terms + options_.centroid_max_terms / 2) {
    e.centroid = top_weighted(e.centroid, options_.centroid_max_terms);
  }
  e.centroid_norm = norm(e.centroid);
}

void EventClusterer::reindex(uint32_t event) {
  Event& e = events_[event];
  std::vector<uint32_t> terms = top_terms(e.centroid, options_.index_terms_per_event);
  SparseVector entities;
  for (const TermWeight& f : e.centroid) {
    if (weights_.kind_of(f.term) == FeatureKind::kEntity) entities.push_back(f);
  }
  const std::vector<uint32_t> top_entities = top_terms(entities, options_.index_entities_per_event);
  terms.insert(terms.end(), top_entities.begin(), top_entities.end());
  index_.set(event, std::move(terms));
  if (!e.indexed) {
    e.indexed = true;
    indexed_.push_back(event);
  }
}

void EventClusterer::retire(uint32_t event) {
  Event& e = events_[event];
  index_.remove(event);
  e.indexed = false;
  SparseVector().swap(e.centroid);
  e.centroid_norm = 0;
  std::vector<std::pair<uint32_t, uint32_t>>().swap(e.entity_counts);
  std::vector<std::pair<uint32_t, uint32_t>>().swap(e.demonym_counts);
}

void EventClusterer::expire() {
  std::vector<uint32_t> live;
  live.reserve(indexed_.size());
  for (const uint32_t event : indexed_) {
    Event& e = events_[event];
    if (!e.indexed) continue;  // merged away or already retired
    if (clock_ - e.last_time > options_.window_seconds) {
      retire(event);
    } else {
      live.push_back(event);
    }
  }
  if (live.size() > options_.max_indexed_events) {
    std::sort(live.begin(), live.end(), [&](uint32_t a, uint32_t b) {
      return events_[a].last_time != events_[b].last_time ? events_[a].last_time > events_[b].last_time
                                                           : a > b;
    });
    for (size_t i = options_.max_indexed_events; i < live.size(); ++i) retire(live[i]);
    live.resize(options_.max_indexed_events);
    std::sort(live.begin(), live.end());
  }
  indexed_.swap(live);
}

void EventClusterer::mark_dirty(uint32_t event) {
  if (!events_[event].dirty) {
    events_[event].dirty = true;
    dirty_.push_back(event);
  }
}

uint32_t EventClusterer::create_event(const ArticleVector& v, const Arrival& a) {
  const uint32_t id = static_cast<uint32_t>(events_.size());
  events_.emplace_back();
  Event& e = events_.back();
  e.parent = id;
  e.first_time = e.last_time = a.time;
  join(id, v, a);
  return id;
}

void EventClusterer::count_pair(std::vector<std::pair<uint64_t, uint32_t>>& pairs, uint64_t pair, uint32_t by) {
  auto it = std::lower_bound(pairs.begin(), pairs.end(), std::make_pair(pair, uint32_t{0}));
  if (it == pairs.end() || it->first != pair) it = pairs.insert(it, {pair, 0});
  it->second += by;
}

void EventClusterer::add_title_terms(std::vector<uint32_t>& into, const std::vector<uint32_t>& terms) {
  for (const uint32_t t : terms) {
    if (into.size() >= kMaxTitleTerms) return;
    auto it = std::lower_bound(into.begin(), into.end(), t);
    if (it == into.end() || *it != t) into.insert(it, t);
  }
}

void EventClusterer::join(uint32_t event, const ArticleVector& v, const Arrival& a) {
  Event& e = events_[event];
  ++e.size;
  e.first_time = std::min(e.first_time, a.time);
  e.last_time = std::max(e.last_time, a.time);
  add_to_centroid(e, v.features);
  count_entities(&e.entity_counts, v.entities, 1);
  count_entities(&e.demonym_counts, a.demonyms, 1);
  if (a.title_pair != 0) count_pair(e.title_pairs, a.title_pair, 1);
  add_title_terms(e.title_terms, a.title_terms);
  add_day(e, a.day);
  count_language(e, a.lang, 1);
  reindex(event);
  mark_dirty(event);
}

EventSummary EventClusterer::summary(const Event& e) const {
  EventSummary s;
  s.features = top_weighted(e.centroid, options_.storyline.summary_terms);
  normalize(&s.features);
  // Countries named by adjective count for the storyline too; a share is
  // capped at 1 (an article may name a country both ways). Weighed by idf:
  // storylines B-cubed on the dev sets 0.798 -> 0.805 (A), 0.828 -> 0.854 (B).
  std::vector<std::pair<uint32_t, uint32_t>> named = e.entity_counts;
  for (const auto& [id, count] : e.demonym_counts) count_entities(&named, {id}, count);
  s.entities.reserve(named.size());
  for (auto [id, count] : named) {
    count = std::min(count, e.size);
    s.entities.push_back({id, static_cast<float>(weights_.idf(id) * count / e.size)});
  }
  s.last_time = e.last_time;
  // A pair most of its titles name: the event is about that relation.
  for (const auto& [pair, count] : e.title_pairs) {
    if (2 * count >= e.size) s.country_pairs.push_back(pair);
  }
  if (!s.country_pairs.empty()) s.title_terms = e.title_terms;
  return s;
}

void EventClusterer::link(uint32_t event) {
  Event& e = events_[event];
  e.linked_size = e.size;
  linker_.update(event, summary(e));
}

bool EventClusterer::try_merge(uint32_t a, uint32_t b, const DenseScratch* a_centroid, bool late_join) {
  a = find(a), b = find(b);
  if (a == b) return false;
  Event& ea = events_[a];
  Event& eb = events_[b];
  if (!ea.indexed || !eb.indexed || ea.centroid_norm == 0 || eb.centroid_norm == 0) return false;
  const int64_t gap = std::max<int64_t>(0, std::max(ea.first_time, eb.first_time) -
                                               std::min(ea.last_time, eb.last_time));
  if (gap > options_.merge_max_gap_seconds) return false;
  const double product = a_centroid != nullptr ? a_centroid->dot(eb.centroid) : dot(ea.centroid, eb.centroid);
  const double cosine = product / (ea.centroid_norm * eb.centroid_norm);
  // Weighed by the larger event's cohesion, as an arriving article is: a
  // loose event's centroid is a topic, close to every step of its story.
  bool merge = cohesion_weighted(cosine, ea.size >= eb.size ? ea : eb) * days_factor(ea, eb) >=
               options_.merge_threshold;
  // A lone article that scored below the threshold when it came may pass now
  // that the event has grown (or came after it): it joins as an article would.
  if (!merge && late_join && (ea.size == 1) != (eb.size == 1)) {
    merge = ea.size == 1 ? lone_article_score(ea, product, gap, eb) >= options_.join_threshold
                         : lone_article_score(eb, product, gap, ea) >= options_.join_threshold;
  }
  if (!merge) return false;

  const uint32_t survivor = std::min(a, b), absorbed = std::max(a, b);
  Event& s = events_[survivor];
  Event& x = events_[absorbed];
  x.parent = survivor;
  s.size += x.size;
  s.first_time = std::min(s.first_time, x.first_time);
  s.last_time = std::max(s.last_time, x.last_time);
  add_to_centroid(s, x.centroid);
  for (const auto& [id, count] : x.entity_counts) count_entities(&s.entity_counts, {id}, count);
  for (const auto& [id, count] : x.demonym_counts) count_entities(&s.demonym_counts, {id}, count);
  for (const auto& [pair, count] : x.title_pairs) count_pair(s.title_pairs, pair, count);
  add_title_terms(s.title_terms, x.title_terms);
  add_days(s, x);
  for (const auto& [language, count] : x.languages) count_language(s, language, count);
  retire(absorbed);
  reindex(survivor);
  mark_dirty(survivor);
  linker_.merge_events(survivor, absorbed);
  link(survivor);
  ++events_merged_;
  return true;
}

void EventClusterer::merge_pass() {
  std::vector<uint32_t> dirty;
  dirty.swap(dirty_);
  std::sort(dirty.begin(), dirty.end());
  std::vector<std::pair<uint32_t, uint32_t>> hits;
  for (const uint32_t d : dirty) events_[d].dirty = false;
  for (const uint32_t d : dirty) {
    const uint32_t event = find(d);
    if (!events_[event].indexed) continue;
    index_.lookup(top_terms(events_[event].centroid, options_.index_terms_per_event),
                  options_.merge_candidates, &hits);
    const SparseVector centroid = events_[event].centroid;
    scratch_.load(centroid);
    for (const auto& [other, shared] : hits) {
      if (try_merge(event, other, &scratch_, options_.late_join)) break;  // the survivor is dirty again: the next pass goes on
    }
    scratch_.unload(centroid);
  }
}

ClusterDecision EventClusterer::add(const ArticleFeatures& article) {
  const int64_t time = article.time != 0 ? article.time : clock_;
  clock_ = std::max(clock_, time);
  // Sweeping costs one pass over the window's events: at most once per
  // simulated hour, or per 1,000 articles when time stands still.
  if (clock_ - last_expiry_ >= 3600 || ++since_expiry_ >= 1000) {
    expire();
    last_expiry_ = clock_;
    since_expiry_ = 0;
  }

  const ArticleVector v = weights_.add(article);
  Arrival arrival{article.happening, article.lang, time, {}, 0, {}};
  if (article.title_countries.size() == 2) {
    arrival.title_pair = country_pair_key(article.title_countries[0], article.title_countries[1]);
    for (const std::string& term : article.title_terms) {
      if (const auto id = weights_.id_of(term)) arrival.title_terms.push_back(*id);
    }
    std::sort(arrival.title_terms.begin(), arrival.title_terms.end());
    arrival.title_terms.erase(std::unique(arrival.title_terms.begin(), arrival.title_terms.end()), arrival.title_terms.end());
  }
  for (const std::string& place : article.demonym_places) {
    if (const auto id = weights_.id_of(TermWeights::entity_key(place))) arrival.demonyms.push_back(*id);
  }
  std::sort(arrival.demonyms.begin(), arrival.demonyms.end());
  arrival.demonyms.erase(std::unique(arrival.demonyms.begin(), arrival.demonyms.end()), arrival.demonyms.end());
  ClusterDecision decision;
  uint32_t event = 0;
  bool placed = false;

  // A copy joins its original's event; a part of a wire report the report's,
  // and the report its parts'.
  std::optional<uint32_t> known;
  if (article.dup_group) {
    if (auto it = dup_event_.find(*article.dup_group); it != dup_event_.end()) known = it->second;
  }
  if (!known && article.report != 0) {
    auto it = report_event_.find(article.report);
    if (it != report_event_.end() && (article.report_part || it->second.has_part)) known = it->second.event;
  }
  if (known) {
    event = find(*known);
    decision.similarity = score(v, arrival, events_[event]);
    const bool was_indexed = events_[event].indexed;
    join(event, v, arrival);
    if (!was_indexed) events_[event].linked_size = 0;  // revived: relink below
    placed = true;
  }
  if (!placed) {
    const std::vector<Scored> scored = candidates(v, arrival);
    if (!scored.empty() && scored[0].similarity >= options_.join_threshold) {
      event = scored[0].event;
      decision.similarity = scored[0].similarity;
      join(event, v, arrival);
      if (scored.size() > 1 && scored[1].similarity >= options_.join_threshold) {
        try_merge(event, scored[1].event);
        event = find(event);
      }
    } else {
      decision.similarity = scored.empty() ? 0 : scored[0].similarity;
      event = create_event(v, arrival);
      decision.new_event = true;
    }
  }

  if (events_[event].size >= 2 * events_[event].linked_size) link(event);
  article_event_.push_back(event);
  if (article.dup_group) dup_event_.try_emplace(*article.dup_group, event);
  if (article.report != 0) {
    report_event_.try_emplace(article.report, ReportEvent{event, false}).first->second.has_part |= article.report_part;
  }

  if (options_.merge_every != 0 && ++since_merge_pass_ >= options_.merge_every) {
    merge_pass();
    since_merge_pass_ = 0;
  }
  decision.event = find(event);
  decision.storyline = linker_.storyline_of(decision.event);
  if (explain_next_) {
    std::stable_sort(explained_.begin(), explained_.end(),
                     [](const CandidateScore& x, const CandidateScore& y) { return x.similarity > y.similarity; });
    decision.explained.swap(explained_);
    explained_.clear();
    explain_next_ = false;
  }
  return decision;
}

std::vector<std::string> EventClusterer::top_keys(uint32_t event, size_t k) const {
  std::vector<std::string> out;
  for (const uint32_t id : top_terms(events_[find(event)].centroid, k)) out.emplace_back(weights_.key_of(id));
  return out;
}

ClusterStats EventClusterer::stats() const {
  ClusterStats s;
  s.articles = article_event_.size();
  s.events_created = events_.size();
  s.events_merged = events_merged_;
  s.indexed_events = index_.items();
  s.index_postings = index_.postings();
  s.candidates_scored = candidates_scored_;
  s.vocabulary = weights_.vocabulary();
  return s;
}

}  // namespace marsad
