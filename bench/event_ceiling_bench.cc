// How far the engine's similarity can take event clustering. Each dev set's
// articles are clustered offline, every pair's similarity known at once (no
// stream, no decision taken before the later reports came), by agglomerative
// clustering (single, average and complete link), twice: the labelled
// articles alone, and with every article of their days (as `marsad cluster`
// sees them). Each cut of the dendrogram is scored against the gold and the
// best is printed. The cut is chosen on the very labels it is scored on, so
// the figure is a ceiling of these clusterings on this similarity, not a
// result. Also printed: how well the similarity alone tells same-event pairs
// from the others.
//
//   build-x/event_ceiling_bench [--gold GOLD.jsonl]... [--set NAME=VALUE]... [CORPUS_PATH...]
//
// Without --gold, the dev sets A, B and C (data/devsets/snn-events*.jsonl);
// without a path, SaudiNewsNet beside the source tree (skipped if absent).
// --set changes a term weighting or decay option (cluster/cluster_settings.h)
// for the vectors and similarities measured here; the flow runs as usual.
//
// The similarity of two articles is the engine's own (cluster/term_weights.h
// vectors, as `marsad cluster` weighs them on arrival): their cosine times
// the clusterer's time decay of the gap between them (grace 12 h, then e-fold
// every 3 days); two articles of one duplicate group score 1.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <numeric>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "cluster/cluster_settings.h"
#include "cluster/event_clusterer.h"
#include "cluster/term_weights.h"
#include "eval/cluster_labels.h"
#include "eval/metrics.h"
#include "flow/news_flow.h"

namespace {

struct Item {
  std::string key;  // item_key(id, segment)
  marsad::ArticleVector vector;
  int64_t time = 0;
  std::optional<uint32_t> dup_group;
};

struct Merge {
  size_t a, b;  // the clusters merged (their first members' indexes)
  double similarity;
};

enum class Linkage { kSingle, kAverage, kComplete };

// Agglomeration by the nearest-neighbour chain (O(n^2) time for these
// reducible linkages) with Lance-Williams updates, over a dense n×n matrix:
// a dev set's days hold a few thousand articles. Merges come out of order;
// they are returned by falling similarity.
std::vector<Merge> agglomerate(std::vector<float> sim, size_t n, Linkage linkage, double floor) {
  std::vector<size_t> size(n, 1);
  std::vector<bool> active(n, true);
  std::vector<Merge> merges;
  std::vector<size_t> chain;
  size_t remaining = n, next_start = 0;
  while (remaining > 1) {
    if (chain.empty()) {
      while (!active[next_start]) ++next_start;
      chain.push_back(next_start);
    }
    const size_t top = chain.back();
    const size_t previous = chain.size() >= 2 ? chain[chain.size() - 2] : n;
    // The nearest active cluster; the previous link of the chain wins ties, so the chain ends.
    size_t nearest = previous;
    float best = previous < n ? sim[top * n + previous] : -1;
    for (size_t k = 0; k < n; ++k) {
      if (k != top && active[k] && sim[top * n + k] > best) best = sim[top * n + k], nearest = k;
    }
    if (nearest != previous) {
      chain.push_back(nearest);
      continue;
    }
    chain.pop_back();
    chain.pop_back();
    merges.push_back({std::min(top, nearest), std::max(top, nearest), best});
    const size_t a = std::min(top, nearest), b = std::max(top, nearest);
    for (size_t k = 0; k < n; ++k) {
      if (!active[k] || k == a || k == b) continue;
      float s = 0;
      switch (linkage) {
        case Linkage::kSingle: s = std::max(sim[a * n + k], sim[b * n + k]); break;
        case Linkage::kComplete: s = std::min(sim[a * n + k], sim[b * n + k]); break;
        case Linkage::kAverage:
          s = static_cast<float>((static_cast<double>(size[a]) * sim[a * n + k] +
                                  static_cast<double>(size[b]) * sim[b * n + k]) /
                                 static_cast<double>(size[a] + size[b]));
          break;
      }
      sim[a * n + k] = sim[k * n + a] = s;
    }
    size[a] += size[b];
    active[b] = false;
    --remaining;
  }
  std::sort(merges.begin(), merges.end(), [](const Merge& x, const Merge& y) { return x.similarity > y.similarity; });
  while (!merges.empty() && merges.back().similarity < floor) merges.pop_back();
  return merges;
}

size_t root(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

// The clustering left by the merges at or above `cut`.
marsad::Clustering cut_at(const std::vector<Item>& items, const std::vector<Merge>& merges, double cut) {
  std::vector<size_t> parent(items.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (const Merge& m : merges) {
    if (m.similarity < cut) break;  // these linkages merge at falling similarities
    parent[root(parent, m.b)] = root(parent, m.a);
  }
  marsad::Clustering out;
  for (size_t i = 0; i < items.size(); ++i) out[items[i].key] = std::to_string(root(parent, i));
  return out;
}

double decay(int64_t gap_seconds, const marsad::ClusterOptions& o) {
  const int64_t late = std::llabs(gap_seconds) - o.decay_grace_seconds;
  return late <= 0 ? 1.0 : std::exp(-static_cast<double>(late) / static_cast<double>(o.decay_tau_seconds));
}

std::string day_of(const std::string& key) { return key.substr(0, key.find('/')); }

// Every pair's similarity (n×n, row-major): cosine × decay, 1 for copies.
std::vector<float> similarities(const std::vector<Item>& items, const marsad::ClusterOptions& options) {
  const size_t n = items.size();
  std::vector<float> sim(n * n, 0);
  marsad::DenseScratch scratch;
  for (size_t i = 0; i < n; ++i) {
    scratch.load(items[i].vector.features);
    for (size_t j = i + 1; j < n; ++j) {
      const bool copies = items[i].dup_group && items[i].dup_group == items[j].dup_group;
      sim[i * n + j] = sim[j * n + i] = static_cast<float>(
          copies ? 1.0 : scratch.dot(items[j].vector.features) * decay(items[i].time - items[j].time, options));
    }
    scratch.unload(items[i].vector.features);
  }
  return sim;
}

// How well the similarity alone tells pairs apart: the share of same-event
// pairs scoring above the similarity that only 0.1% / 0.5% / 1% of the
// different-event pairs exceed.
void print_separation(const std::vector<Item>& items, const std::vector<float>& sim, const marsad::Clustering& gold) {
  const size_t n = items.size();
  std::vector<float> same, different;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      (gold.at(items[i].key) == gold.at(items[j].key) ? same : different).push_back(sim[i * n + j]);
    }
  }
  std::sort(different.begin(), different.end(), std::greater<>());
  std::printf("  pairs: %zu same-event, %zu different\n", same.size(), different.size());
  for (const double rate : {0.001, 0.005, 0.01}) {
    const float bar = different[static_cast<size_t>(rate * static_cast<double>(different.size()))];
    const auto above = std::count_if(same.begin(), same.end(), [&](float s) { return s > bar; });
    std::printf("    above the similarity %.3f that %.1f%% of different-event pairs pass: %.3f of same-event pairs\n",
                bar, 100 * rate, static_cast<double>(above) / static_cast<double>(same.size()));
  }
}

// For each linkage, the cut (0.05, 0.075, ... 0.95) of best pairwise F1 on the
// gold's articles, and its scores.
void print_best_cuts(const std::vector<Item>& items, const std::vector<float>& sim, const marsad::Clustering& gold) {
  const std::pair<const char*, Linkage> linkages[] = {
      {"single", Linkage::kSingle}, {"average", Linkage::kAverage}, {"complete", Linkage::kComplete}};
  for (const auto& [name, linkage] : linkages) {
    const std::vector<Merge> merges = agglomerate(sim, items.size(), linkage, 0.05);
    marsad::ClusteringScores best;
    double best_cut = 0;
    for (double cut = 0.05; cut < 0.951; cut += 0.025) {
      const marsad::ClusteringScores s = marsad::score_clustering(gold, cut_at(items, merges, cut));
      if (s.pairwise.f1 > best.pairwise.f1) best = s, best_cut = cut;
    }
    std::printf("    %-8s best cut %.3f: pairwise P %.3f R %.3f F1 %.3f  B-cubed F1 %.3f\n", name, best_cut,
                best.pairwise.precision, best.pairwise.recall, best.pairwise.f1, best.bcubed.f1);
    if (linkage != Linkage::kAverage) continue;
    // One cut serves every set in a running engine: the F1 at each nearby cut.
    std::printf("             pairwise F1 by cut:");
    for (double cut = 0.15; cut < 0.401; cut += 0.05) {
      std::printf(" %.2f %.3f", cut, marsad::score_clustering(gold, cut_at(items, merges, cut)).pairwise.f1);
    }
    std::printf("\n");
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> gold_paths, paths, settings;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--gold" && i + 1 < argc) {
      gold_paths.push_back(argv[++i]);
    } else if (a == "--set" && i + 1 < argc) {
      settings.push_back(argv[++i]);
    } else if (a.rfind("--", 0) == 0) {
      std::fprintf(stderr, "event_ceiling_bench: unknown option %s\n", a.c_str());
      return 2;
    } else {
      paths.push_back(a);
    }
  }
  const std::filesystem::path source_tree = std::filesystem::path(__FILE__).parent_path().parent_path();
  if (gold_paths.empty()) {
    for (const char* set : {"snn-events.jsonl", "snn-events-b.jsonl", "snn-events-c.jsonl"}) {
      gold_paths.push_back((source_tree / "data/devsets" / set).string());
    }
  }
  if (paths.empty()) paths.push_back((source_tree.parent_path() / "shared/corpus/saudinewsnet").string());
  if (!std::filesystem::exists(paths.front())) {
    std::fprintf(stderr, "event_ceiling_bench: no corpus at %s; skipped\n", paths.front().c_str());
    return 0;
  }

  std::vector<marsad::ClusterLabels> golds(gold_paths.size());
  std::unordered_set<std::string> days;  // SaudiNewsNet ids are "<day>/<index>"
  for (size_t g = 0; g < gold_paths.size(); ++g) {
    if (const marsad::Status s = marsad::read_cluster_labels(gold_paths[g], &golds[g]); !s.ok()) {
      std::fprintf(stderr, "%s\n", s.to_string().c_str());
      return 1;
    }
    for (const auto& [key, event] : golds[g].by_field["event"]) days.insert(day_of(key));
  }

  // The flow as `marsad cluster` runs it; then every article is weighed in
  // time order, as the clusterer weighs it on arrival.
  marsad::NewsFlow flow(marsad::FlowOptions{});
  flow.run(paths, [](const marsad::Status&) {});
  marsad::ClusterOptions options = flow.clusterer().options();
  for (const std::string& setting : settings) {
    if (const marsad::Status st = marsad::apply_cluster_setting(setting, &options); !st.ok()) {
      std::fprintf(stderr, "event_ceiling_bench: %s\n", st.to_string().c_str());
      return 2;
    }
  }
  marsad::TermWeights weights(options.weights);
  std::vector<Item> of_days;
  for (const marsad::FlowArticle& article : flow.articles()) {
    const marsad::ArticleFeatures features = marsad::cluster_features(article);
    marsad::ArticleVector v = weights.add(features);
    std::string key = marsad::item_key(features.id, features.segment);
    if (days.count(day_of(key))) of_days.push_back({std::move(key), std::move(v), features.time, features.dup_group});
  }

  for (size_t g = 0; g < golds.size(); ++g) {
    const marsad::Clustering& gold = golds[g].by_field["event"];
    std::unordered_set<std::string> set_days;
    for (const auto& [key, event] : gold) set_days.insert(day_of(key));
    std::vector<Item> labelled, all;
    for (const Item& item : of_days) {
      if (!set_days.count(day_of(item.key))) continue;
      all.push_back(item);
      if (gold.count(item.key)) labelled.push_back(item);
    }
    std::printf("%s: %zu of %zu labelled articles found, %zu articles on their days\n", gold_paths[g].c_str(),
                labelled.size(), gold.size(), all.size());
    const std::vector<float> sim = similarities(labelled, options);
    print_separation(labelled, sim, gold);
    for (const auto* items : {&labelled, &all}) {
      std::printf("  %s:\n", items == &labelled ? "the labelled articles alone" : "with every article of their days");
      const std::vector<float> matrix = items == &labelled ? sim : similarities(*items, options);
      print_best_cuts(*items, matrix, gold);
    }
  }
  return 0;
}
