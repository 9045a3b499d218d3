// Figures behind the clustering parameters (src/cluster/event_clusterer.h):
// runs the online clusterer over SaudiNewsNet (or any corpus read_documents
// reads) in publication order and prints throughput, peak RSS, the time per
// article early and late in the stream (it must not grow with the corpus),
// the events and storylines made, and a sample of multi-article events to read.
//
//   build-x/cluster_bench [--out PRED.jsonl] [--gold GOLD.jsonl] [--sweep [NAME=]0.25,0.3,0.35]
//                         [--limit N] [--no-dedup] [--show N] [--set NAME=VALUE]...
//                         [CORPUS_PATH...]
//
// Articles go through the flow of `marsad cluster` (flow/news_flow.h: read,
// clean, analyze with entities unless --no-entities, dedup unless
// --no-dedup), then the clusterer is run again for each threshold swept, with
// the flow's options (its background frequencies included). The runs see each
// article's final duplicate group where the flow saw the group at its
// arrival, so scores differ from `marsad cluster`'s by about 0.01. With --gold (ids "<day>/<index>", segment 0),
// events and storylines are scored (pairwise and B-cubed F1) for each join
// threshold of --sweep (or each value of the setting NAME, --sweep NAME=v1,v2); --out writes {"id","segment","event","storyline"}
// lines of the run with the default options (or the last threshold swept).
// --set changes one option for every run (names in cluster/cluster_settings.h).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cluster/event_clusterer.h"
#include "dedup/near_duplicate_index.h"
#include "eval/cluster_labels.h"
#include "eval/metrics.h"
#include "ingest/reader.h"
#include "cluster/cluster_settings.h"
#include "flow/news_flow.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

long peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;  // Linux reports kilobytes
}

struct Corpus {
  std::vector<marsad::ArticleFeatures> articles;  // in time order
  std::vector<std::string> titles;
  std::vector<std::string> sources;
};

struct RunResult {
  std::vector<uint32_t> event, storyline;
  double seconds = 0;
  double first_us = 0, last_us = 0;
  marsad::ClusterStats stats;
  std::vector<size_t> new_events;  // article index of each event's first article
};

RunResult run(const Corpus& corpus, const marsad::ClusterOptions& options, marsad::EventClusterer** keep) {
  RunResult r;
  auto* clusterer = new marsad::EventClusterer(options);
  std::vector<double> per_article;
  per_article.reserve(corpus.articles.size());
  const auto t0 = Clock::now();
  for (const marsad::ArticleFeatures& f : corpus.articles) {
    const auto a0 = Clock::now();
    clusterer->add(f);
    per_article.push_back(seconds_since(a0));
  }
  r.seconds = seconds_since(t0);
  const size_t n = per_article.size(), k = std::min<size_t>(1000, n);
  for (size_t i = 0; i < k; ++i) r.first_us += per_article[i] * 1e6 / static_cast<double>(k);
  for (size_t i = n - k; i < n; ++i) r.last_us += per_article[i] * 1e6 / static_cast<double>(k);
  for (size_t i = 0; i < n; ++i) {
    r.event.push_back(clusterer->event_of(i));
    r.storyline.push_back(clusterer->storyline_of_event(r.event.back()));
  }
  r.stats = clusterer->stats();
  *keep = clusterer;
  return r;
}

void score(const char* field, const marsad::Clustering& gold, const marsad::Clustering& pred) {
  const marsad::ClusteringScores s = marsad::score_clustering(gold, pred);
  std::printf("  %-9s items %zu (missing %zu)  gold/pred clusters %zu/%zu  pairwise P %.3f R %.3f F1 %.3f"
              "  B3 P %.3f R %.3f F1 %.3f  ARI %.3f\n",
              field, s.items, s.missing_in_pred, s.gold_clusters, s.pred_clusters, s.pairwise.precision,
              s.pairwise.recall, s.pairwise.f1, s.bcubed.precision, s.bcubed.recall, s.bcubed.f1, s.ari);
}

std::vector<double> parse_list(const char* s) {
  std::vector<double> out;
  std::string item;
  for (const char* p = s;; ++p) {
    if (*p == ',' || *p == '\0') {
      if (!item.empty()) out.push_back(std::stod(item));
      item.clear();
      if (*p == '\0') break;
    } else {
      item += *p;
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out_path, gold_path;
  std::vector<std::string> paths;
  std::vector<double> sweep;
  std::string sweep_name = "join_threshold";
  size_t limit = 0, show = 8;
  bool dedup = true, entities = true;
  std::vector<std::string> settings;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--out" && i + 1 < argc) out_path = argv[++i];
    else if (a == "--gold" && i + 1 < argc) gold_path = argv[++i];
    else if (a == "--sweep" && i + 1 < argc) {
      std::string list = argv[++i];
      if (const size_t eq = list.find('='); eq != std::string::npos) {
        sweep_name = list.substr(0, eq);
        list.erase(0, eq + 1);
      }
      sweep = parse_list(list.c_str());
    }
    else if (a == "--limit" && i + 1 < argc) limit = std::stoul(argv[++i]);
    else if (a == "--show" && i + 1 < argc) show = std::stoul(argv[++i]);
    else if (a == "--no-dedup") dedup = false;
    else if (a == "--no-entities") entities = false;
    else if (a == "--set" && i + 1 < argc) settings.push_back(argv[++i]);
    else if (a.rfind("--", 0) == 0) {
      std::fprintf(stderr, "cluster_bench: unknown option %s\n", a.c_str());
      return 2;
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) {
    // The shared folder sits beside the source tree (CMake's MARSAD_SHARED_DIR default).
    paths.push_back((std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() /
                     "shared/corpus/saudinewsnet")
                        .string());
  }

  // 1. The flow up to clustering (read, clean, analyze, dedup), as `marsad cluster` runs it.
  Corpus corpus;
  // Each swept run starts from the options the flow clustered with, so that it
  // weighs terms with the same background frequencies as `marsad cluster`.
  marsad::ClusterOptions flow_cluster_options;
  {
    marsad::FlowOptions flow_options;
    flow_options.entities = entities;
    marsad::NewsFlow flow(flow_options);
    size_t problems = 0;
    const auto t0 = Clock::now();
    const marsad::FlowStats st = flow.run(paths, [&](const marsad::Status& s) {
      if (++problems <= 5) std::fprintf(stderr, "%s\n", s.to_string().c_str());
    });
    flow_cluster_options = flow.clusterer().options();
    for (const marsad::FlowArticle& a : flow.articles()) {
      if (limit != 0 && corpus.articles.size() >= limit) break;
      corpus.articles.push_back(marsad::cluster_features(a));
      if (!dedup) corpus.articles.back().dup_group.reset();
      corpus.titles.push_back(a.title);
      corpus.sources.push_back(a.source);
    }
    std::printf("== input\n%zu pages, %zu articles in %.1f s: read+clean %.1f s, analyze %.1f s (entities %s), "
                "dedup %.1f s, cluster (default options) %.1f s; %zu problems; peak RSS so far %ld MB\n\n",
                st.pages, st.articles, seconds_since(t0), st.read_clean_seconds, st.analyze_seconds,
                entities ? "on" : "off", st.dedup_seconds, st.cluster_seconds, problems, peak_rss_mb());
  }
  if (corpus.articles.empty()) {
    std::fprintf(stderr, "cluster_bench: no articles read from the given paths\n");
    return 1;
  }

  marsad::ClusterLabels gold;
  bool have_gold = false;
  if (!gold_path.empty()) {
    const marsad::Status s = marsad::read_cluster_labels(gold_path, &gold);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.to_string().c_str());
      return 1;
    }
    have_gold = true;
  }

  if (sweep.empty()) {
    sweep_name = "join_threshold";
    sweep.push_back(marsad::ClusterOptions{}.join_threshold);
  }
  marsad::EventClusterer* last = nullptr;
  RunResult result;
  for (const double value : sweep) {
    marsad::ClusterOptions options = flow_cluster_options;
    std::vector<std::string> run_settings = settings;
    run_settings.push_back(sweep_name + "=" + std::to_string(value));
    for (const std::string& setting : run_settings) {
      if (const marsad::Status st = marsad::apply_cluster_setting(setting, &options); !st.ok()) {
        std::fprintf(stderr, "cluster_bench: %s\n", st.to_string().c_str());
        return 2;
      }
    }
    delete last;
    const long rss_before = peak_rss_mb();
    result = run(corpus, options, &last);
    const size_t n = corpus.articles.size();
    std::map<uint32_t, size_t> sizes;
    std::map<uint32_t, size_t> story_sizes;
    for (size_t i = 0; i < n; ++i) ++sizes[result.event[i]], ++story_sizes[result.storyline[i]];
    size_t singletons = 0, in_multi = 0, biggest = 0;
    for (const auto& [e, s] : sizes) {
      if (s == 1) ++singletons; else in_multi += s;
      biggest = std::max(biggest, s);
    }
    size_t story_biggest = 0;
    for (const auto& [s, c] : story_sizes) story_biggest = std::max(story_biggest, c);
    std::printf("== %s %.3f\n", sweep_name.c_str(), value);
    std::printf("clustering: %zu articles in %.2f s = %.0f articles/s; per article: first 1000 %.1f us, "
                "last 1000 %.1f us\n",
                n, result.seconds, static_cast<double>(n) / result.seconds, result.first_us, result.last_us);
    std::printf("peak RSS %ld MB (%ld MB before this run)\n", peak_rss_mb(), rss_before);
    std::printf("events %zu (created %zu, merged %zu), singletons %zu, articles in multi-article events %zu "
                "(%.1f%%), largest event %zu\n",
                sizes.size(), result.stats.events_created, result.stats.events_merged, singletons, in_multi,
                100.0 * static_cast<double>(in_multi) / static_cast<double>(n), biggest);
    std::printf("storylines %zu, largest %zu articles; at the end: %zu events indexed, %zu postings, "
                "%.1f candidates scored per article, vocabulary %zu\n",
                story_sizes.size(), story_biggest, result.stats.indexed_events, result.stats.index_postings,
                static_cast<double>(result.stats.candidates_scored) / static_cast<double>(n),
                result.stats.vocabulary);
    if (have_gold) {
      marsad::Clustering pred_events, pred_stories;
      for (size_t i = 0; i < n; ++i) {
        const std::string key = marsad::item_key(corpus.articles[i].id, corpus.articles[i].segment);
        pred_events[key] = std::to_string(result.event[i]);
        pred_stories[key] = std::to_string(result.storyline[i]);
      }
      if (gold.by_field.count("event")) score("event", gold.by_field["event"], pred_events);
      if (gold.by_field.count("storyline")) score("storyline", gold.by_field["storyline"], pred_stories);
    }
    std::printf("\n");
  }

  // A sample of multi-article events to read, and the largest ones.
  {
    const size_t n = corpus.articles.size();
    std::map<uint32_t, std::vector<size_t>> members;
    for (size_t i = 0; i < n; ++i) members[result.event[i]].push_back(i);
    std::vector<uint32_t> multi, by_size;
    for (const auto& [e, m] : members) {
      if (m.size() >= 3) multi.push_back(e);
      by_size.push_back(e);
    }
    std::sort(by_size.begin(), by_size.end(), [&](uint32_t a, uint32_t b) {
      return members[a].size() != members[b].size() ? members[a].size() > members[b].size() : a < b;
    });
    std::mt19937 rng(7);
    std::shuffle(multi.begin(), multi.end(), rng);
    auto print_event = [&](uint32_t e) {
      const auto& m = members[e];
      const int64_t span = corpus.articles[m.back()].time - corpus.articles[m.front()].time;
      std::printf("event %u: %zu articles over %.1f h, storyline %u; top: ", e, m.size(), span / 3600.0,
                  result.storyline[m.front()]);
      for (const std::string& k : last->top_keys(e, 6)) std::printf("%s ", k.c_str());
      std::printf("\n");
      for (size_t j = 0; j < std::min<size_t>(m.size(), 6); ++j) {
        std::printf("    %s %-12s %s\n", corpus.articles[m[j]].id.c_str(), corpus.sources[m[j]].c_str(),
                    corpus.titles[m[j]].c_str());
      }
    };
    if (show > 0) {
      std::printf("== largest events\n");
      for (size_t i = 0; i < std::min<size_t>(3, by_size.size()); ++i) print_event(by_size[i]);
      std::printf("== random events of 3+ articles\n");
      for (size_t i = 0; i < std::min(show, multi.size()); ++i) print_event(multi[i]);
    }
  }

  if (!out_path.empty()) {
    std::ofstream out(out_path);
    if (!out) {
      std::fprintf(stderr, "cluster_bench: cannot write %s\n", out_path.c_str());
      return 1;
    }
    for (size_t i = 0; i < corpus.articles.size(); ++i) {
      nlohmann::json line = {{"id", corpus.articles[i].id},
                             {"segment", corpus.articles[i].segment},
                             {"event", result.event[i]},
                             {"storyline", result.storyline[i]}};
      out << line.dump() << '\n';
    }
    std::printf("\nwrote %zu lines to %s\n", corpus.articles.size(), out_path.c_str());
  }
  delete last;
  return 0;
}
