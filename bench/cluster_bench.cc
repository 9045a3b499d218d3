// Figures behind the clustering parameters (src/cluster/event_clusterer.h):
// runs the online clusterer over SaudiNewsNet (or any corpus read_documents
// reads) in publication order and prints throughput, peak RSS, the time per
// article early and late in the stream (it must not grow with the corpus),
// the events and storylines made, and a sample of multi-article events to read.
//
//   build-x/cluster_bench [--out PRED.jsonl] [--gold GOLD.jsonl] [--sweep 0.25,0.3,0.35]
//                         [--limit N] [--no-dedup] [--show N] [--set NAME=VALUE]...
//                         [CORPUS_PATH...]
//
// Articles are analyzed with text::Analyzer("ar") (title and content; this
// corpus needs no cleaning); their dup_group comes from NearDuplicateIndex
// unless --no-dedup. No entity model is used (none is trained yet), so the
// entity features are empty. With --gold (ids "<day>/<index>", segment 0),
// events and storylines are scored (pairwise and B-cubed F1) for each join
// threshold of --sweep; --out writes {"id","segment","event","storyline"}
// lines of the run with the default options (or the last threshold swept).
// --set changes one option for every run (names in apply_setting below).
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
#include "text/analyzer.h"

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

// "YYYY-MM-DD[ hh:mm:ss]" as Unix seconds (UTC); 0 if it does not parse.
int64_t parse_time(const std::string& s) {
  std::tm tm{};
  if (std::sscanf(s.c_str(), "%d-%d-%d %d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                  &tm.tm_min, &tm.tm_sec) < 3) {
    return 0;
  }
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return static_cast<int64_t>(timegm(&tm));
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

// "name=value" for the numeric options worth sweeping; false if the name is unknown.
bool apply_setting(const std::string& setting, marsad::ClusterOptions* o) {
  const size_t eq = setting.find('=');
  if (eq == std::string::npos) return false;
  const std::string name = setting.substr(0, eq);
  const double v = std::stod(setting.substr(eq + 1));
  const auto hours = [](double h) { return static_cast<int64_t>(h * 3600); };
  if (name == "title_weight") o->weights.title_weight = v;
  else if (name == "entity_weight") o->weights.entity_weight = v;
  else if (name == "max_terms") o->weights.max_terms = static_cast<size_t>(v);
  else if (name == "source_damping") o->weights.source_damping = v != 0;
  else if (name == "cohesion_exponent") o->cohesion_exponent = v;
  else if (name == "decay_grace_hours") o->decay_grace_seconds = hours(v);
  else if (name == "decay_tau_hours") o->decay_tau_seconds = hours(v);
  else if (name == "window_hours") o->window_seconds = hours(v);
  else if (name == "centroid_max_terms") o->centroid_max_terms = static_cast<size_t>(v);
  else if (name == "index_terms_per_event") o->index_terms_per_event = static_cast<size_t>(v);
  else if (name == "query_terms") o->query_terms = static_cast<size_t>(v);
  else if (name == "max_candidates") o->max_candidates = static_cast<size_t>(v);
  else if (name == "merge_threshold") o->merge_threshold = v;
  else if (name == "merge_every") o->merge_every = static_cast<size_t>(v);
  else if (name == "link_threshold") o->storyline.link_threshold = v;
  else if (name == "link_entity_weight") o->storyline.entity_weight = v;
  else if (name == "summary_terms") o->storyline.summary_terms = static_cast<size_t>(v);
  else if (name == "link_window_hours") o->storyline.window_seconds = hours(v);
  else return false;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out_path, gold_path;
  std::vector<std::string> paths;
  std::vector<double> sweep;
  size_t limit = 0, show = 8;
  bool dedup = true;
  std::vector<std::string> settings;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--out" && i + 1 < argc) out_path = argv[++i];
    else if (a == "--gold" && i + 1 < argc) gold_path = argv[++i];
    else if (a == "--sweep" && i + 1 < argc) sweep = parse_list(argv[++i]);
    else if (a == "--limit" && i + 1 < argc) limit = std::stoul(argv[++i]);
    else if (a == "--show" && i + 1 < argc) show = std::stoul(argv[++i]);
    else if (a == "--no-dedup") dedup = false;
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

  // 1. Read and analyze (not timed as clustering).
  Corpus corpus;
  {
    struct Pending {
      int64_t time;
      size_t order;
      marsad::ArticleFeatures features;
      std::string title, source;
    };
    std::vector<Pending> pending;
    marsad::text::Analyzer analyzer("ar");
    const auto t0 = Clock::now();
    size_t problems = 0;
    marsad::read_documents(
        paths,
        [&](marsad::RawDoc&& doc) {
          if (limit != 0 && pending.size() >= limit) return;
          Pending p;
          p.time = parse_time(doc.published);
          p.order = pending.size();
          p.features.id = doc.id;
          p.features.source = doc.source;
          p.features.time = p.time;
          p.features.lang = "ar";
          p.features.title_terms = analyzer.terms(doc.title);
          p.features.body_terms = analyzer.terms(doc.text);
          p.title = doc.title;
          p.source = doc.source;
          pending.push_back(std::move(p));
        },
        [&](const marsad::Status& s) {
          if (++problems <= 5) std::fprintf(stderr, "%s\n", s.to_string().c_str());
        });
    const double analyze_seconds = seconds_since(t0);
    std::stable_sort(pending.begin(), pending.end(),
                     [](const Pending& a, const Pending& b) { return a.time < b.time; });
    // Near-duplicate groups, as the pipeline's dedup stage would give them.
    const auto d0 = Clock::now();
    if (dedup) {
      marsad::NearDuplicateIndex index;
      for (Pending& p : pending) {
        std::vector<std::string> w = p.features.title_terms;
        w.insert(w.end(), p.features.body_terms.begin(), p.features.body_terms.end());
        p.features.dup_group = index.add(p.features.id, p.source, p.time, w).group;
      }
      for (Pending& p : pending) p.features.dup_group = index.group_of(p.features.id);
    }
    const double dedup_seconds = seconds_since(d0);
    for (Pending& p : pending) {
      corpus.articles.push_back(std::move(p.features));
      corpus.titles.push_back(std::move(p.title));
      corpus.sources.push_back(std::move(p.source));
    }
    std::printf("== input\n%zu articles read and analyzed in %.1f s (%.0f/s); dedup %s in %.1f s; "
                "%zu problems; peak RSS so far %ld MB\n\n",
                corpus.articles.size(), analyze_seconds,
                static_cast<double>(corpus.articles.size()) / analyze_seconds, dedup ? "on" : "off",
                dedup_seconds, problems, peak_rss_mb());
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

  if (sweep.empty()) sweep.push_back(marsad::ClusterOptions{}.join_threshold);
  marsad::EventClusterer* last = nullptr;
  RunResult result;
  for (const double threshold : sweep) {
    marsad::ClusterOptions options;
    for (const std::string& setting : settings) {
      if (!apply_setting(setting, &options)) {
        std::fprintf(stderr, "cluster_bench: unknown setting %s\n", setting.c_str());
        return 2;
      }
    }
    options.join_threshold = threshold;
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
    std::printf("== join_threshold %.3f\n", threshold);
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
