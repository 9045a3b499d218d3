// The whole flow without a database: crawled pages in, articles with their
// duplicate group, event and storyline out (what `marsad cluster` prints).
//
//   NewsFlow flow;                                   // FlowOptions below
//   FlowStats stats = flow.run({"pages.jsonl"}, on_problem, on_progress);
//   for (const FlowArticle& a : flow.articles()) ...  // in processing (time) order
//
// The stages, in order:
//   1. ingest and clean, in input order: pages are read in batches, each
//      batch observed by the cleaner (recurring lines) before it is cleaned;
//      every article of a page becomes a FlowArticle. A batch is cleaned on
//      worker threads while the next one is read; it is observed only after
//      the batch before it is cleaned, so every page is cleaned with the same
//      recurring lines whatever the number of threads;
//   2. time order: articles are sorted by publication time (stable); an
//      undated article takes the time of the dated article read before it,
//      so it keeps its place in the input;
//   3. analysis, in parallel (one text::Analyzer per thread and language):
//      title and body terms, entities (NER for Arabic, capitalized names for
//      Latin-script text) with their spelling-independent keys, and the dedup
//      sketch of the terms (shingles, fingerprint, MinHash signature);
//   4. dedup (NearDuplicateIndex) and event clustering (EventClusterer), one
//      article at a time in time order, as a live monitor would: on the
//      calling thread, overlapped with step 3 (an article is taken as soon as
//      it and every article before it are analyzed; while waiting, the
//      calling thread analyzes articles further on);
//   5. the final answers (after every merge) are written back to the articles.
// Each article's analysis depends on that article alone, and steps 4 and 5
// take the articles in one order, so the output is the same for any threads.
//
// Bad pages are reported through on_problem and skipped; they never stop the
// run. Memory: every article is held (sorting needs them); ~10 KB an article.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "clean/cleaner.h"
#include "cluster/event_clusterer.h"
#include "core/document.h"
#include "core/status.h"
#include "dedup/near_duplicate_index.h"
#include "flow/flow_article.h"

namespace marsad {

struct FlowOptions {
  CleanOptions clean;
  NearDuplicateParams dedup;
  ClusterOptions cluster;
  size_t clean_batch = 2000;  // pages read ahead to learn each outlet's recurring lines
  bool entities = true;       // tag names (needs data/models/ner-ar.model; warns without)
  // Reference document frequencies added to the learned ones (see
  // BackgroundFrequencies in cluster/term_weights.h); "" for none.
  std::string background_frequencies = "default";  // "default": data/cluster/background-df.tsv
  size_t threads = 0;         // clean and analysis threads; 0: one per core
  // Articles whose clustering decision is explained (explanations()): ids,
  // or flow keys ("id#1") for a page's later articles.
  std::vector<std::string> explain;
};

// Why one article joined its event or started one: the decision and every
// candidate event scored, each with the title of the article that started it.
struct FlowExplanation {
  std::string key;  // the article's flow key
  std::string title;
  std::string published;
  ClusterDecision decision;
  std::vector<std::string> candidate_titles;  // by decision.explained
};

struct FlowStats {
  size_t pages = 0;
  size_t articles = 0;
  size_t undated = 0;
  size_t reused = 0;  // articles that are exact, near or contained copies
  size_t events = 0;
  size_t storylines = 0;
  // Wall seconds. Steps 3 and 4 overlap: dedup and cluster are the calling
  // thread's time in them, analyze the rest of that phase's wall time (so
  // the four add up to the run's time).
  double read_clean_seconds = 0, analyze_seconds = 0, dedup_seconds = 0, cluster_seconds = 0;
  std::string entity_warning;  // why entities were not tagged, if they were not
  std::string background_warning;  // why the background frequencies were not used
};

// Progress of a phase: its name ("read", "analyze", "cluster") and the count done.
using FlowProgress = std::function<void(const char* phase, size_t done)>;

class NewsFlow {
 public:
  explicit NewsFlow(FlowOptions options = {});
  ~NewsFlow();

  // Reads every input (files, folders, "-": as marsad clean) and runs the
  // flow. May be called once.
  FlowStats run(const std::vector<std::string>& inputs, const std::function<void(const Status&)>& on_problem,
                const FlowProgress& on_progress = {});

  // The same over pages already in memory (tests, other front ends).
  FlowStats run_pages(std::vector<RawDoc> pages, const FlowProgress& on_progress = {});

  // The articles in the order they were clustered, with every answer filled.
  const std::vector<FlowArticle>& articles() const { return articles_; }
  // The articles, moved out: for a caller that needs them no more after this
  // (articles() is then empty).
  std::vector<FlowArticle> take_articles() { return std::move(articles_); }
  const EventClusterer& clusterer() const { return *clusterer_; }
  // One per article of FlowOptions::explain found, in clustering order.
  const std::vector<FlowExplanation>& explanations() const { return explanations_; }
  const NearDuplicateIndex& dedup_index() const { return *dedup_; }

 private:
  size_t thread_count() const;
  // Waits for the batch being cleaned, then observes `batch` and starts
  // cleaning it (on the calling thread when there is one thread).
  void clean_batch(std::vector<RawDoc>& batch, FlowStats& stats);
  // Waits for the batch being cleaned and appends its articles in input order.
  void collect_cleaned();
  void finish(FlowStats& stats, const FlowProgress& on_progress);

  FlowOptions options_;
  Cleaner cleaner_;
  std::vector<FlowArticle> articles_;
  // The batch being cleaned, and by page the articles cleaned from it.
  std::vector<RawDoc> cleaning_;
  std::vector<std::vector<FlowArticle>> cleaned_;
  std::vector<std::thread> cleaners_;
  std::unique_ptr<NearDuplicateIndex> dedup_;
  std::unique_ptr<EventClusterer> clusterer_;
  std::vector<FlowExplanation> explanations_;
};

// What the clusterer is given of an analyzed article.
ArticleFeatures cluster_features(const FlowArticle& article);

// The words dedup compares: the title terms, then the body terms (views into
// the article, valid while its terms are unchanged).
std::vector<std::string_view> dedup_words(const FlowArticle& article);

// Publication time of "YYYY-MM-DD", "YYYY-MM-DD hh:mm[:ss]" or
// "YYYY-MM-DDThh:mm:ss[Z]" as Unix seconds (UTC); 0 if it does not parse.
int64_t parse_publication_time(const std::string& published);

}  // namespace marsad
