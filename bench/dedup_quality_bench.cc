// How well NearDuplicateIndex (src/dedup/near_duplicate_index.h) finds text
// reuse on a real corpus, measured against the exact shingle Jaccard:
//   1. the corpus is read with read_documents, analyzed as the pipeline does
//      (text::Analyzer("ar").terms() of the title, then of the text: what
//      NewsFlow and cluster_bench pass to add()), shingled with the index's own
//      shingle_hashes(k = 4), and added to the index in publication order;
//   2. precision: the exact Jaccard and containment of every pair the index
//      reported (each non-new article and its `closest`), and of every pair of
//      articles that ended in the same group (groups are a union-find, so two
//      members may be linked only through a third); and of every LSH
//      candidate pair, rebuilt with the index's band layout;
//   3. recall against two ground truths the index had no part in:
//      a. every pair of a random sample of articles that shares a shingle
//         (an inverted index over the sample's shingles: exact, no blocking);
//      b. the whole corpus, blocked on rare shingles (pairs sharing at least 3
//         shingles of document frequency <= --rare-cap), exact J computed;
//      a true pair is found when both articles end in the same group; every
//      miss is diagnosed (no shared LSH band / screened out by the estimate /
//      other), with the index's own MinHasher and band layout;
//   4. reuse: articles that are not the first of their group, group sizes, the
//      sources that publish first and those that reuse most, and random
//      example pairs (J 0.5-0.6, containment) to read.
//
//   cmake --build build-x --target dedup_quality_bench -j2
//   build-x/dedup_quality_bench                    # the shared SaudiNewsNet corpus
//   build-x/dedup_quality_bench [--sample N] [--rare-cap N] [--seed N] [--limit N]
//                               [--words] [--examples N] [CORPUS_PATH...]
//
// Defaults: --sample 8000 --rare-cap 1000 --seed 20150721 --examples 10; the
// whole of SaudiNewsNet takes about 20 s of CPU (a minute of wall time on a
// shared machine) and 430 MB. --words shingles Analyzer::words() (not stemmed,
// stopwords kept: the form fingerprint.h describes) instead of terms(), to
// compare the two inputs. SaudiNewsNet dates are `date_extracted`, the crawl
// time: "publishes first" there means "was crawled first".
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <numeric>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dedup/minhash.h"
#include "dedup/near_duplicate_index.h"
#include "ingest/reader.h"
#include "text/analyzer.h"

namespace {

using marsad::DedupDecision;
using Kind = DedupDecision::Kind;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// CPU time of this thread: the machine is shared, and wall time would then
// measure the neighbours too.
double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

long peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
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

// The first `n` code points of UTF-8 text after leading whitespace, line breaks as spaces.
std::string lead(const std::string& text, size_t n) {
  std::string out;
  size_t points = 0;
  const size_t start = std::min(text.size(), text.find_first_not_of(" \t\r\n"));
  for (const char c : std::string_view(text).substr(start)) {
    const bool starts_point = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (starts_point && points++ == n) break;
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  return out;
}

struct Doc {
  std::string id, source, title, text_lead;
  int64_t time = 0;
  std::vector<std::string> words;  // analyzed; cleared once added to the index
  size_t word_count = 0;
  std::vector<uint64_t> shingles;  // sorted, distinct: shingle_hashes(words, k)
};

struct Overlap {
  double jaccard = 0, containment = 0, growth = 0;
};

Overlap overlap_of(size_t common, size_t size_a, size_t size_b) {
  Overlap o;
  const double small = static_cast<double>(std::min(size_a, size_b));
  const double large = static_cast<double>(std::max(size_a, size_b));
  if (small <= 0) return o;
  o.jaccard = static_cast<double>(common) / (small + large - static_cast<double>(common));
  o.containment = static_cast<double>(common) / small;
  o.growth = large / small - 1;
  return o;
}

Overlap overlap_of(const Doc& a, const Doc& b) {
  return overlap_of(marsad::intersection_size(a.shingles, b.shingles), a.shingles.size(), b.shingles.size());
}

// The relations the index is meant to find, as it defines them.
bool is_near(const Overlap& o, const marsad::NearDuplicateParams& p) { return o.jaccard >= p.near_threshold; }
bool is_contained(const Overlap& o, const marsad::NearDuplicateParams& p) {
  return o.containment >= p.containment_threshold && o.growth >= p.min_growth;
}

double pct(size_t part, size_t whole) { return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / whole; }

// ---------------------------------------------------------------------------
// Pairs sharing shingles, by an inverted index over a subset of the articles.

struct SharedPair {
  uint32_t a, b;       // positions in time order, a < b
  uint32_t shared;     // shingles counted (all, or only the rare ones)
};

// Calls `on_pair` for every pair of `members` (positions, any order) sharing
// at least `min_shared` shingles among those whose document frequency within
// `members` is at most `max_df` (0: no limit, and then `shared` is the exact
// intersection). Returns the number of postings visited (the cost).
template <typename OnPair>
uint64_t for_each_sharing_pair(const std::vector<Doc>& docs, std::vector<uint32_t> members, uint32_t max_df,
                               uint32_t min_shared, OnPair on_pair) {
  std::sort(members.begin(), members.end());
  std::vector<std::pair<uint64_t, uint32_t>> postings;  // (shingle, position)
  size_t total = 0;
  for (const uint32_t m : members) total += docs[m].shingles.size();
  postings.reserve(total);
  for (const uint32_t m : members) {
    for (const uint64_t s : docs[m].shingles) postings.push_back({s, m});
  }
  std::sort(postings.begin(), postings.end());
  // Runs of one shingle: run_docs holds the positions, run_start the bounds;
  // doc_runs lists, for each member, the runs it is in (kept ones only).
  std::vector<uint32_t> run_docs, run_start{0};
  std::unordered_map<uint32_t, std::vector<uint32_t>> doc_runs;
  for (size_t i = 0; i < postings.size();) {
    size_t j = i;
    while (j < postings.size() && postings[j].first == postings[i].first) ++j;
    const size_t df = j - i;
    if (df >= 2 && (max_df == 0 || df <= max_df)) {
      const uint32_t run = static_cast<uint32_t>(run_start.size() - 1);
      for (size_t k = i; k < j; ++k) {
        run_docs.push_back(postings[k].second);
        doc_runs[postings[k].second].push_back(run);
      }
      run_start.push_back(static_cast<uint32_t>(run_docs.size()));
    }
    i = j;
  }
  postings.clear();
  postings.shrink_to_fit();

  uint64_t visited = 0;
  std::vector<uint32_t> count(docs.size(), 0), touched;
  for (const uint32_t b : members) {
    const auto it = doc_runs.find(b);
    if (it == doc_runs.end()) continue;
    for (const uint32_t run : it->second) {
      // Positions within a run are sorted: the earlier articles come first.
      for (uint32_t k = run_start[run]; k < run_start[run + 1] && run_docs[k] < b; ++k) {
        if (count[run_docs[k]]++ == 0) touched.push_back(run_docs[k]);
        ++visited;
      }
    }
    for (const uint32_t a : touched) {
      if (count[a] >= min_shared) on_pair(SharedPair{a, b, count[a]});
      count[a] = 0;
    }
    touched.clear();
  }
  return visited;
}

// ---------------------------------------------------------------------------

struct Run {
  marsad::NearDuplicateParams params;
  std::vector<Doc> docs;                 // in time order
  std::vector<DedupDecision> decisions;  // per doc
  std::vector<uint32_t> group;           // final group per doc (index of the group's original)
  std::unordered_map<std::string, uint32_t> position;
  std::mt19937_64 rng;
  // The LSH view of each indexed article, rebuilt with the index's parameters
  // to diagnose misses: signature, or empty when not indexed (short, or an
  // exact copy that the index does not put in the bands).
  std::vector<std::vector<uint64_t>> signatures;
};

bool indexed_by_lsh(const Run& run, uint32_t i) {
  return run.docs[i].shingles.size() >= static_cast<size_t>(run.params.min_shingles) &&
         run.decisions[i].kind != Kind::kExact;
}

bool shares_band(const Run& run, const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  const size_t rows = static_cast<size_t>(run.params.rows);
  for (size_t band = 0; band < static_cast<size_t>(run.params.bands); ++band) {
    if (std::equal(a.begin() + band * rows, a.begin() + (band + 1) * rows, b.begin() + band * rows)) return true;
  }
  return false;
}

// Why a true pair (a earlier than b) ended in different groups.
enum class Miss { kShort, kNoBand, kScreened, kOther };
const char* miss_name(Miss m) {
  switch (m) {
    case Miss::kShort: return "a side too short";
    case Miss::kNoBand: return "no shared LSH band";
    case Miss::kScreened: return "screened out by the estimate";
    case Miss::kOther: return "candidate, verified, not joined (!)";
  }
  return "";
}

// The article the index compared against in place of `i`: an exact copy is
// not in the bands, the first article with its words is.
uint32_t lsh_stand_in(const Run& run, uint32_t i) {
  if (run.decisions[i].kind != Kind::kExact) return i;
  return run.position.at(run.decisions[i].closest);
}

Miss diagnose(const Run& run, uint32_t a, uint32_t b) {
  const size_t min = static_cast<size_t>(run.params.min_shingles);
  if (run.docs[a].shingles.size() < min || run.docs[b].shingles.size() < min) return Miss::kShort;
  const uint32_t sa = lsh_stand_in(run, a), sb = lsh_stand_in(run, b);
  const auto& siga = run.signatures[sa];
  const auto& sigb = run.signatures[sb];
  if (!shares_band(run, siga, sigb)) return Miss::kNoBand;
  // The index's screen: the estimate's overlap, with a margin of 2/sqrt(N).
  const double est = marsad::estimated_jaccard(siga, sigb);
  const double na = static_cast<double>(run.docs[sa].shingles.size());
  const double nb = static_cast<double>(run.docs[sb].shingles.size());
  const double common = est * (na + nb) / (1 + est);
  const double small = std::min(na, nb), large = std::max(na, nb);
  const double j = common / (na + nb - common), c = std::min(1.0, common / small), g = large / small - 1;
  const double margin = 2.0 / std::sqrt(static_cast<double>(siga.size()));
  const bool passes = (c >= run.params.containment_threshold - margin && g >= run.params.min_growth - margin) ||
                      j >= run.params.near_threshold - margin;
  return passes ? Miss::kOther : Miss::kScreened;
}

// Recall of a set of true pairs, by relation, with every miss diagnosed.
struct RecallTable {
  struct Row {
    size_t pairs = 0, found = 0;
    std::map<Miss, size_t> misses;
    double expected_no_band = 0;  // sum over the pairs of 1 - P(candidate | J), the S-curve's forecast
  };
  std::map<std::string, Row> rows;  // by relation name
  // Misses worth reading: J >= 0.8, or not explained by the bands.
  std::vector<std::pair<uint32_t, uint32_t>> notable;
  std::map<int, std::pair<size_t, size_t>> contained_by_j;  // J in tenths: (pairs, missed for want of a band)

  void add(const Run& run, uint32_t a, uint32_t b, const Overlap& o) {
    const bool found = run.group[a] == run.group[b];
    std::vector<const char*> names;
    if (o.jaccard >= 0.8) names.push_back("J >= 0.8");
    if (o.jaccard >= 0.5) names.push_back("J >= 0.5");
    if (o.jaccard >= 0.5 && o.jaccard < 0.8) names.push_back("  0.5 <= J < 0.8");
    if (is_contained(o, run.params)) names.push_back("contained");
    if (is_contained(o, run.params) && o.jaccard < 0.5) names.push_back("  contained, J < 0.5");
    if (names.empty()) return;
    const Miss why = found ? Miss::kOther : diagnose(run, a, b);
    for (const char* n : names) {
      Row& r = rows[n];
      // Short articles are never matched by design: they are counted apart
      // and left out of recall.
      if (!found && why == Miss::kShort) {
        r.misses[why]++;
        continue;
      }
      r.pairs++;
      r.expected_no_band += std::pow(1 - std::pow(o.jaccard, run.params.rows), run.params.bands);
      if (found) {
        r.found++;
      } else {
        r.misses[why]++;
      }
    }
    if (!found && why != Miss::kShort && (o.jaccard >= 0.8 || why != Miss::kNoBand)) notable.push_back({a, b});
    if (is_contained(o, run.params) && why != Miss::kShort) {
      auto& bin = contained_by_j[std::min(9, static_cast<int>(o.jaccard * 10))];
      bin.first++;
      bin.second += !found && why == Miss::kNoBand;
    }
  }

  void print(const Run& run) const {
    std::printf("  %-22s %9s %9s %8s %9s   misses by cause\n", "true relation", "pairs", "found", "recall",
                "S-curve");
    for (const char* name : {"J >= 0.8", "J >= 0.5", "  0.5 <= J < 0.8", "contained", "  contained, J < 0.5"}) {
      const auto it = rows.find(name);
      if (it == rows.end()) {
        std::printf("  %-22s %9d\n", name, 0);
        continue;
      }
      const Row& r = it->second;
      std::printf("  %-22s %9zu %9zu %7.2f%% %9.1f  ", name, r.pairs, r.found, pct(r.found, r.pairs),
                  r.expected_no_band);
      for (const auto& [why, n] : r.misses) std::printf(" %s %zu;", miss_name(why), n);
      std::printf("\n");
    }
    std::printf("  (S-curve: the misses the band layout forecasts, sum of (1-J^%d)^%d; a pair can still be "
                "found through a third article)\n",
                run.params.rows, run.params.bands);
    std::printf("  contained pairs by J, missed for want of a band / all:");
    for (const auto& [t, n] : contained_by_j) std::printf("  %.1f: %zu/%zu", t / 10.0, n.second, n.first);
    std::printf("\n");
    for (size_t i = 0; i < std::min<size_t>(notable.size(), 5); ++i) {
      const auto [a, b] = notable[i];
      const Overlap o = overlap_of(run.docs[a], run.docs[b]);
      std::printf("  missed J=%.3f: %s (%s, %zu sh) / %s (%s, %zu sh): %s\n", o.jaccard, run.docs[a].id.c_str(),
                  run.docs[a].source.c_str(), run.docs[a].shingles.size(), run.docs[b].id.c_str(),
                  run.docs[b].source.c_str(), run.docs[b].shingles.size(), miss_name(diagnose(run, a, b)));
    }
  }
};

// ---------------------------------------------------------------------------

void print_precision(const Run& run) {
  std::printf("== 2. Precision: exact shingle overlap of the pairs the index reported\n");
  std::printf("(each non-new article with its `closest`; near is decided on the exact sets, so its J >= 0.5 by "
              "construction)\n");
  std::printf("  %-10s %7s %9s %9s %11s %11s %9s\n", "kind", "pairs", "J>=0.8", "J>=0.5", "cont>=0.85",
              "cont>=0.95", "mean J");
  std::map<Kind, std::vector<Overlap>> by_kind;
  for (size_t i = 0; i < run.docs.size(); ++i) {
    const DedupDecision& d = run.decisions[i];
    if (d.kind == Kind::kNew) continue;
    by_kind[d.kind].push_back(overlap_of(run.docs[i], run.docs[run.position.at(d.closest)]));
  }
  std::vector<Overlap> all;
  auto row = [](const char* name, const std::vector<Overlap>& v) {
    size_t j8 = 0, j5 = 0, c85 = 0, c95 = 0;
    double sum = 0;
    for (const Overlap& o : v) {
      j8 += o.jaccard >= 0.8, j5 += o.jaccard >= 0.5, c85 += o.containment >= 0.85, c95 += o.containment >= 0.95;
      sum += o.jaccard;
    }
    std::printf("  %-10s %7zu %8.1f%% %8.1f%% %10.1f%% %10.1f%% %9.3f\n", name, v.size(), pct(j8, v.size()),
                pct(j5, v.size()), pct(c85, v.size()), pct(c95, v.size()), v.empty() ? 0.0 : sum / v.size());
  };
  for (const auto& [kind, v] : by_kind) {
    row(marsad::kind_name(kind), v);
    all.insert(all.end(), v.begin(), v.end());
  }
  row("all", all);
  if (by_kind.count(Kind::kContained)) {
    std::printf("  contained pairs by J:");
    const double edges[] = {0, 0.2, 0.3, 0.4, 0.5, 0.8, 1.01};
    for (size_t e = 0; e + 1 < std::size(edges); ++e) {
      size_t n = 0;
      for (const Overlap& o : by_kind[Kind::kContained]) n += o.jaccard >= edges[e] && o.jaccard < edges[e + 1];
      std::printf("  [%.1f,%.1f) %zu", edges[e], std::min(1.0, edges[e + 1]), n);
    }
    std::printf("\n");
  }

  // Every pair inside a final group: what a reader of the group sees.
  std::map<uint32_t, std::vector<uint32_t>> members;
  for (uint32_t i = 0; i < run.docs.size(); ++i) members[run.group[i]].push_back(i);
  size_t pairs = 0, j8 = 0, j5 = 0, contained = 0, related = 0, below02 = 0, chained_groups = 0, multi = 0;
  std::map<uint32_t, size_t> unrelated_in;  // group -> unrelated pairs in it
  for (const auto& [g, m] : members) {
    if (m.size() < 2) continue;
    ++multi;
    bool chained = false;
    for (size_t x = 0; x < m.size(); ++x) {
      for (size_t y = x + 1; y < m.size(); ++y) {
        const Overlap o = overlap_of(run.docs[m[x]], run.docs[m[y]]);
        ++pairs;
        j8 += o.jaccard >= 0.8, j5 += o.jaccard >= 0.5;
        contained += is_contained(o, run.params);
        related += is_near(o, run.params) || is_contained(o, run.params);
        if (o.jaccard < 0.2 && o.containment < 0.5) ++below02, chained = true, ++unrelated_in[g];
      }
    }
    chained_groups += chained;
  }
  std::printf("every pair within a final group (%zu groups of 2+, %zu pairs):\n", multi, pairs);
  std::printf("  J>=0.8 %.1f%%, J>=0.5 %.1f%%, contained %.1f%%, near or contained %.1f%%; "
              "unrelated (J<0.2 and containment<0.5) %zu pairs in %zu groups (joined through a third)\n",
              pct(j8, pairs), pct(j5, pairs), pct(contained, pairs), pct(related, pairs), below02, chained_groups);
  // The groups most joined through others: each member with its size and the
  // member it matched at arrival, to see which article bridged.
  std::vector<std::pair<size_t, uint32_t>> worst;
  for (const auto& [g, n] : unrelated_in) worst.push_back({n, g});
  std::sort(worst.rbegin(), worst.rend());
  for (size_t w = 0; w < std::min<size_t>(2, worst.size()); ++w) {
    const std::vector<uint32_t>& m = members[worst[w].second];
    std::printf("  group %s: %zu members, %zu unrelated pairs; members (shingles, kind, matched at arrival):\n",
                run.docs[worst[w].second].id.c_str(), m.size(), worst[w].first);
    for (const uint32_t i : m) {
      const DedupDecision& d = run.decisions[i];
      std::printf("    %-16s %-12s %5zu %-9s %-16s %s\n", run.docs[i].id.c_str(), run.docs[i].source.c_str(),
                  run.docs[i].shingles.size(), marsad::kind_name(d.kind), d.closest.c_str(),
                  lead(run.docs[i].title, 60).c_str());
    }
  }
  std::printf("\n");
}

// The pairs the LSH bands make candidates, rebuilt with the index's layout
// (an exact copy is not in the bands, as in the index), with the exact overlap
// of each: what the verification step sees.
void print_candidates(const Run& run) {
  std::printf("== 2b. LSH candidate pairs (%d bands x %d rows, rebuilt as the index makes them): exact overlap\n",
              run.params.bands, run.params.rows);
  const auto t0 = Clock::now();
  const size_t bands = static_cast<size_t>(run.params.bands), rows = static_cast<size_t>(run.params.rows);
  std::vector<std::unordered_map<uint64_t, std::vector<uint32_t>>> buckets(bands);
  std::vector<uint32_t> candidates;
  size_t pairs = 0, related = 0;
  std::map<int, size_t> histogram;
  for (uint32_t b = 0; b < run.docs.size(); ++b) {
    const std::vector<uint64_t>& sig = run.signatures[b];
    if (sig.empty()) continue;
    candidates.clear();
    for (size_t band = 0; band < bands; ++band) {
      uint64_t key = 0x9e3779b97f4a7c15ULL;
      for (size_t r = 0; r < rows; ++r) key = (key ^ sig[band * rows + r]) * 0x100000001b3ULL + (key >> 29);
      std::vector<uint32_t>& bucket = buckets[band][key];
      candidates.insert(candidates.end(), bucket.begin(), bucket.end());
      bucket.push_back(b);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (const uint32_t a : candidates) {
      const Overlap o = overlap_of(run.docs[a], run.docs[b]);
      ++pairs;
      histogram[std::min(9, static_cast<int>(o.jaccard * 10))]++;
      related += is_near(o, run.params) || is_contained(o, run.params);
    }
  }
  std::printf("%zu candidate pairs (%.1f an indexed article), %zu (%.1f%%) near or contained, in %.1f s; "
              "J by tenths:",
              pairs, static_cast<double>(pairs) / run.docs.size(), related, pct(related, pairs), seconds_since(t0));
  for (const auto& [t, n] : histogram) std::printf(" %.1f:%zu", t / 10.0, n);
  std::printf("\n\n");
}

uint64_t pair_key(uint32_t a, uint32_t b) { return (uint64_t{a} << 32) | b; }

bool is_true_pair(const Run& run, uint32_t a, uint32_t b, const Overlap& o) {
  const size_t min = static_cast<size_t>(run.params.min_shingles);
  if (run.docs[a].shingles.size() < min || run.docs[b].shingles.size() < min) return false;
  return is_near(o, run.params) || is_contained(o, run.params);
}

// Returns the sample's true pairs (near or contained, neither side short).
std::vector<uint64_t> print_recall_sample(Run& run, size_t sample_size) {
  std::vector<uint32_t> all(run.docs.size());
  std::iota(all.begin(), all.end(), 0);
  std::shuffle(all.begin(), all.end(), run.rng);
  all.resize(std::min(sample_size, all.size()));
  std::printf("== 3a. Recall on a random sample of %zu articles: every pair sharing a shingle, exact J\n", all.size());
  const auto t0 = Clock::now();
  RecallTable table;
  std::vector<uint64_t> truth;
  size_t sharing = 0;
  std::map<int, size_t> histogram;  // J in tenths, for pairs sharing a shingle
  const uint64_t visited = for_each_sharing_pair(run.docs, all, 0, 1, [&](const SharedPair& p) {
    ++sharing;
    const Overlap o = overlap_of(p.shared, run.docs[p.a].shingles.size(), run.docs[p.b].shingles.size());
    histogram[std::min(9, static_cast<int>(o.jaccard * 10))]++;
    table.add(run, p.a, p.b, o);
    if (is_true_pair(run, p.a, p.b, o)) truth.push_back(pair_key(p.a, p.b));
  });
  std::printf("%zu pairs share a shingle (%llu postings visited) in %.1f s; their J by tenths:", sharing,
              static_cast<unsigned long long>(visited), seconds_since(t0));
  for (const auto& [t, n] : histogram) std::printf(" %.1f:%zu", t / 10.0, n);
  std::printf("\n");
  table.print(run);
  std::printf("\n");
  return truth;
}

// Whole corpus: df of every shingle, then pairs sharing >= 3 rare ones.
// Returns the true pairs found by the blocking.
std::unordered_set<uint64_t> print_recall_blocked(Run& run, uint32_t rare_cap) {
  std::printf("== 3b. Recall on the whole corpus, blocked: pairs sharing >= 3 shingles of df <= %u, exact J\n",
              rare_cap);
  const auto t0 = Clock::now();
  std::vector<uint32_t> all(run.docs.size());
  std::iota(all.begin(), all.end(), 0);
  RecallTable table;
  std::unordered_set<uint64_t> truth;
  size_t blocked = 0;
  const uint64_t visited = for_each_sharing_pair(run.docs, all, rare_cap, 3, [&](const SharedPair& p) {
    ++blocked;
    const Overlap o = overlap_of(run.docs[p.a], run.docs[p.b]);
    if (is_true_pair(run, p.a, p.b, o)) truth.insert(pair_key(p.a, p.b));
    table.add(run, p.a, p.b, o);
  });
  std::printf("%zu blocked pairs (%llu postings visited), %zu of them near or contained, in %.1f s\n", blocked,
              static_cast<unsigned long long>(visited), truth.size(), seconds_since(t0));
  table.print(run);
  return truth;
}

// How many of the sample's exact true pairs the blocking found too: the
// blocking's own recall, so that 3b's ground truth can be trusted.
void print_blocking_completeness(const std::vector<uint64_t>& sample_truth,
                                 const std::unordered_set<uint64_t>& blocked_truth) {
  size_t kept = 0;
  for (const uint64_t key : sample_truth) kept += blocked_truth.count(key);
  std::printf("blocking completeness: %zu of the %zu true pairs (near or contained) of sample 3a are among the "
              "blocked pairs (%.2f%%)\n\n",
              kept, sample_truth.size(), pct(kept, sample_truth.size()));
}

void print_reuse(Run& run, size_t examples) {
  std::printf("== 4. Reuse\n");
  std::array<size_t, 4> kinds{};
  for (const DedupDecision& d : run.decisions) kinds[static_cast<size_t>(d.kind)]++;
  size_t reused_final = 0;
  std::map<uint32_t, std::vector<uint32_t>> members;
  for (uint32_t i = 0; i < run.docs.size(); ++i) {
    members[run.group[i]].push_back(i);
    reused_final += run.group[i] != i;
  }
  size_t short_docs = 0;
  for (const Doc& d : run.docs) short_docs += d.shingles.size() < static_cast<size_t>(run.params.min_shingles);
  std::printf("decisions at arrival: new %zu, exact %zu, near %zu, contained %zu -> reuse %zu of %zu articles "
              "(%.1f%%)\n",
              kinds[0], kinds[1], kinds[2], kinds[3], kinds[1] + kinds[2] + kinds[3], run.docs.size(),
              pct(kinds[1] + kinds[2] + kinds[3], run.docs.size()));
  std::printf("after merges: %zu articles are not the original of their group (%.1f%%); %zu articles too short "
              "to compare (< %d shingles)\n",
              reused_final, pct(reused_final, run.docs.size()), short_docs, run.params.min_shingles);
  std::map<std::string, size_t> size_bins;
  size_t multi = 0, in_multi = 0, largest = 0;
  uint32_t largest_group = 0;
  const std::pair<size_t, const char*> bins[] = {{2, "2"},     {3, "3"},       {4, "4"},      {5, "5-9"},
                                                 {10, "10-19"}, {20, "20-49"}, {50, "50+"}};
  std::map<size_t, size_t> bin_counts;
  for (const auto& [g, m] : members) {
    if (m.size() < 2) continue;
    ++multi, in_multi += m.size();
    if (m.size() > largest) largest = m.size(), largest_group = g;
    size_t bin = 0;
    for (size_t b = 0; b < std::size(bins); ++b) {
      if (m.size() >= bins[b].first) bin = b;
    }
    bin_counts[bin]++;
  }
  std::printf("groups of 2+: %zu holding %zu articles; largest %zu (original %s, %s)\nsize distribution:", multi,
              in_multi, largest, run.docs[largest_group].id.c_str(), lead(run.docs[largest_group].title, 60).c_str());
  for (const auto& [b, n] : bin_counts) std::printf("  %s: %zu", bins[b].second, n);
  std::printf("\n");

  // Sources: who is the original of a group, who reuses.
  std::map<std::string, size_t> total, first, reuses;
  for (const Doc& d : run.docs) total[d.source]++;
  for (const auto& [g, m] : members) {
    if (m.size() < 2) continue;
    first[run.docs[g].source]++;
    for (const uint32_t i : m) {
      if (i != g) reuses[run.docs[i].source]++;
    }
  }
  auto top = [&](const char* title, const std::map<std::string, size_t>& counts, const char* what) {
    std::vector<std::pair<size_t, std::string>> v;
    for (const auto& [s, n] : counts) v.push_back({n, s});
    std::sort(v.rbegin(), v.rend());
    std::printf("%s\n", title);
    for (size_t i = 0; i < std::min<size_t>(10, v.size()); ++i) {
      std::printf("  %-16s %6zu %s (%.1f%% of its %zu articles)\n", v[i].second.c_str(), v[i].first, what,
                  pct(v[i].first, total[v[i].second]), total[v[i].second]);
    }
  };
  size_t same_source = 0;
  std::map<std::pair<std::string, std::string>, size_t> flows;  // (original's source, reuser's source)
  for (const auto& [g, m] : members) {
    for (const uint32_t i : m) {
      if (i == g) continue;
      same_source += run.docs[i].source == run.docs[g].source;
      flows[{run.docs[g].source, run.docs[i].source}]++;
    }
  }
  std::printf("of the %zu reusing articles, %zu (%.1f%%) reuse an original of their own source\n", reused_final,
              same_source, pct(same_source, reused_final));
  std::vector<std::pair<size_t, std::pair<std::string, std::string>>> top_flows;
  for (const auto& [f, n] : flows) top_flows.push_back({n, f});
  std::sort(top_flows.rbegin(), top_flows.rend());
  std::printf("most frequent reuse (original's source -> reusing source):");
  for (size_t i = 0; i < std::min<size_t>(10, top_flows.size()); ++i) {
    std::printf("%s %s->%s %zu", i % 5 == 0 ? "\n " : ";", top_flows[i].second.first.c_str(),
                top_flows[i].second.second.c_str(), top_flows[i].first);
  }
  std::printf("\n");
  top("top sources publishing first (originals of groups of 2+):", first, "groups");
  top("top sources reusing (articles not the original of their group):", reuses, "reused");

  // Examples to read.
  std::vector<std::pair<uint32_t, uint32_t>> near, contained;
  for (uint32_t i = 0; i < run.docs.size(); ++i) {
    const DedupDecision& d = run.decisions[i];
    if (d.kind == Kind::kNear && d.similarity < 0.6) near.push_back({run.position.at(d.closest), i});
    if (d.kind == Kind::kContained) contained.push_back({run.position.at(d.closest), i});
  }
  auto show = [&](const char* title, std::vector<std::pair<uint32_t, uint32_t>> pairs) {
    std::shuffle(pairs.begin(), pairs.end(), run.rng);
    std::printf("%s (%zu in all; %zu at random)\n", title, pairs.size(), std::min(examples, pairs.size()));
    for (size_t k = 0; k < std::min(examples, pairs.size()); ++k) {
      const Doc &a = run.docs[pairs[k].first], &b = run.docs[pairs[k].second];
      const Overlap o = overlap_of(a, b);
      std::printf("  J=%.3f containment=%.3f shingles %zu/%zu\n", o.jaccard, o.containment, a.shingles.size(),
                  b.shingles.size());
      std::printf("    %-13s %-10s %s | %s\n", a.id.c_str(), a.source.c_str(), lead(a.title, 50).c_str(),
                  lead(a.text_lead, 100).c_str());
      std::printf("    %-13s %-10s %s | %s\n", b.id.c_str(), b.source.c_str(), lead(b.title, 50).c_str(),
                  lead(b.text_lead, 100).c_str());
    }
  };
  show("near pairs with J in [0.5, 0.6)", near);
  show("contained pairs", contained);
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  size_t sample_size = 8000, limit = 0, examples = 10;
  uint32_t rare_cap = 1000;
  uint64_t seed = 20150721;
  bool use_words = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--sample" && i + 1 < argc) sample_size = std::stoul(argv[++i]);
    else if (a == "--rare-cap" && i + 1 < argc) rare_cap = static_cast<uint32_t>(std::stoul(argv[++i]));
    else if (a == "--seed" && i + 1 < argc) seed = std::stoull(argv[++i]);
    else if (a == "--limit" && i + 1 < argc) limit = std::stoul(argv[++i]);
    else if (a == "--examples" && i + 1 < argc) examples = std::stoul(argv[++i]);
    else if (a == "--words") use_words = true;
    else if (a.rfind("--", 0) == 0) {
      std::fprintf(stderr, "dedup_quality_bench: unknown option %s\n", a.c_str());
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

  const auto t_start = Clock::now();
  Run run;
  run.rng.seed(seed);
  const int k = run.params.minhash.shingle_words;

  // 1. Read, analyze, shingle; then the index in publication order.
  {
    marsad::text::Analyzer analyzer("ar");
    size_t problems = 0;
    const auto t0 = Clock::now();
    const double c0 = cpu_seconds();
    marsad::read_documents(
        paths,
        [&](marsad::RawDoc&& raw) {
          if (limit != 0 && run.docs.size() >= limit) return;
          Doc d;
          d.id = raw.id;
          d.source = raw.source;
          d.title = raw.title;
          d.text_lead = lead(raw.text, 120);
          d.time = parse_time(raw.published);
          std::vector<std::string> words = use_words ? analyzer.words(raw.title) : analyzer.terms(raw.title);
          std::vector<std::string> body = use_words ? analyzer.words(raw.text) : analyzer.terms(raw.text);
          words.insert(words.end(), std::make_move_iterator(body.begin()), std::make_move_iterator(body.end()));
          d.word_count = words.size();
          d.shingles = marsad::shingle_hashes(words, k);
          d.words = std::move(words);
          run.docs.push_back(std::move(d));
        },
        [&](const marsad::Status& s) {
          if (++problems <= 5) std::fprintf(stderr, "%s\n", s.to_string().c_str());
        });
    std::stable_sort(run.docs.begin(), run.docs.end(), [](const Doc& a, const Doc& b) { return a.time < b.time; });
    size_t words = 0, shingles = 0;
    for (const Doc& d : run.docs) words += d.word_count, shingles += d.shingles.size();
    std::printf("== 1. Input\n%zu articles read and analyzed (%s of title + text) in %.1f s CPU, %.1f s wall, %zu problems; "
                "mean %.0f words, %.0f distinct %d-word shingles an article\n",
                run.docs.size(), use_words ? "words()" : "terms()", cpu_seconds() - c0, seconds_since(t0), problems,
                static_cast<double>(words) / std::max<size_t>(1, run.docs.size()),
                static_cast<double>(shingles) / std::max<size_t>(1, run.docs.size()), k);
  }
  if (run.docs.empty()) {
    std::fprintf(stderr, "dedup_quality_bench: no articles read from the given paths\n");
    return 1;
  }
  {
    const auto t0 = Clock::now();
    const double c0 = cpu_seconds();
    marsad::NearDuplicateIndex index(run.params);
    run.decisions.reserve(run.docs.size());
    for (uint32_t i = 0; i < run.docs.size(); ++i) {
      Doc& d = run.docs[i];
      run.position[d.id] = i;
      run.decisions.push_back(index.add(d.id, d.source, d.time, d.words));
      d.words.clear();
      d.words.shrink_to_fit();
    }
    const double add_seconds = seconds_since(t0), add_cpu = cpu_seconds() - c0;
    for (const Doc& d : run.docs) run.group.push_back(run.position.at(index.original_of(d.id)));
    std::printf("index: %zu add() calls in %.1f s CPU, %.1f s wall (%.0f us CPU an article); peak RSS %ld MB\n",
                run.docs.size(), add_cpu, add_seconds, 1e6 * add_cpu / run.docs.size(), peak_rss_mb());
    // The index's LSH view, rebuilt for diagnosing misses.
    marsad::MinHasher hasher(run.params.minhash);
    run.signatures.resize(run.docs.size());
    for (uint32_t i = 0; i < run.docs.size(); ++i) {
      if (indexed_by_lsh(run, i)) run.signatures[i] = hasher.signature(run.docs[i].shingles);
    }
    std::printf("\n");
  }

  print_precision(run);
  print_candidates(run);
  const std::vector<uint64_t> sample_truth = print_recall_sample(run, sample_size);
  const std::unordered_set<uint64_t> blocked_truth = print_recall_blocked(run, rare_cap);
  print_blocking_completeness(sample_truth, blocked_truth);
  print_reuse(run, examples);
  std::printf("total %.1f s wall, %.1f s CPU, peak RSS %ld MB\n", seconds_since(t_start), cpu_seconds(),
              peak_rss_mb());
  return 0;
}
