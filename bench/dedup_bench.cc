// Figures behind the dedup parameters (src/dedup/near_duplicate_index.h):
//   1. the LSH S-curve P(candidate | J = s) = 1 - (1 - s^r)^b of candidate
//      band layouts, with the Jaccard where it crosses 0.5 and 0.95;
//   2. the shingle Jaccard of copies with controlled edit rates, for k = 3..5;
//   3. the MinHash estimate's bias and spread against the exact Jaccard;
//   4. add() throughput and the decisions on synthetic documents (300 words,
//      controlled edits and added paragraphs);
//   5. with a path argument (default: the shared saudinewsnet corpus), a run
//      over real articles in time order, fed what the pipeline feeds the index
//      (text::Analyzer("ar").terms() of the title, then of the text).
// The precision and recall of the index on the corpus, against the exact
// Jaccard, are measured by bench/dedup_quality_bench.cc.
//
//   build-x/dedup_bench [--docs N] [--no-corpus] [CORPUS_PATH...]
#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "dedup/minhash.h"
#include "dedup/near_duplicate_index.h"
#include "ingest/reader.h"
#include "text/analyzer.h"

namespace {

using marsad::DedupDecision;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// CPU time of this thread: the machine may be shared, and wall time would
// then measure the neighbours.
double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

double p_candidate(double s, int b, int r) { return 1 - std::pow(1 - std::pow(s, r), b); }

// The s where the S-curve reaches p (it is increasing in s).
double s_at(double p, int b, int r) {
  double lo = 0, hi = 1;
  for (int i = 0; i < 60; ++i) {
    const double mid = (lo + hi) / 2;
    (p_candidate(mid, b, r) < p ? lo : hi) = mid;
  }
  return (lo + hi) / 2;
}

void print_s_curves() {
  std::printf("== 1. LSH S-curve P(candidate | J=s) = 1-(1-s^r)^b\n");
  std::printf("%-9s", "b x r");
  for (int i = 1; i <= 9; ++i) std::printf("  s=%.1f", i / 10.0);
  std::printf("   s@0.5  s@0.95\n");
  const std::pair<int, int> layouts[] = {{16, 8}, {20, 6}, {32, 4}, {42, 3}, {64, 2}};
  for (const auto& [b, r] : layouts) {
    char name[16];
    std::snprintf(name, sizeof name, "%dx%d%s", b, r, b == 42 && r == 3 ? "*" : "");
    std::printf("%-9s", name);
    for (int i = 1; i <= 9; ++i) std::printf("  %5.3f", p_candidate(i / 10.0, b, r));
    std::printf("   %5.3f  %5.3f\n", s_at(0.5, b, r), s_at(0.95, b, r));
  }
  std::printf("(* the default)\n\n");
}

// Words drawn from a Zipf(1) distribution over a 30,000-word vocabulary, so
// that frequent words recur as in real text.
class TextGenerator {
 public:
  explicit TextGenerator(uint32_t seed) : rng_(seed) {
    std::vector<double> weights(30000);
    for (size_t i = 0; i < weights.size(); ++i) weights[i] = 1.0 / static_cast<double>(i + 1);
    word_ = std::discrete_distribution<int>(weights.begin(), weights.end());
  }
  std::string word() {
    std::string s = "w";
    s += std::to_string(word_(rng_));
    return s;
  }
  std::vector<std::string> text(int n) {
    std::vector<std::string> out;
    for (int i = 0; i < n; ++i) out.push_back(word());
    return out;
  }
  // Each word replaced by a random word with probability `rate`.
  std::vector<std::string> edit(std::vector<std::string> words, double rate) {
    std::bernoulli_distribution hit(rate);
    for (auto& w : words) {
      if (hit(rng_)) w = word();
    }
    return words;
  }
  std::mt19937& rng() { return rng_; }

 private:
  std::mt19937 rng_;
  std::discrete_distribution<int> word_;
};

void print_shingle_sizes() {
  std::printf("== 2. Mean exact Jaccard of a 300-word text and its edited copy (200 pairs)\n");
  const double rates[] = {0.01, 0.02, 0.05, 0.10, 0.15, 0.20};
  std::printf("%-4s", "k");
  for (const double r : rates) std::printf("  e=%4.0f%%", r * 100);
  std::printf("  unrelated(mean/max)\n");
  for (int k = 3; k <= 5; ++k) {
    TextGenerator gen(42);
    std::printf("%-4d", k);
    for (const double rate : rates) {
      double sum = 0;
      for (int i = 0; i < 200; ++i) {
        const auto a = gen.text(300);
        sum += marsad::jaccard(marsad::shingle_hashes(a, k), marsad::shingle_hashes(gen.edit(a, rate), k));
      }
      std::printf("  %7.3f", sum / 200);
    }
    double sum = 0, max = 0;
    for (int i = 0; i < 200; ++i) {
      const double j = marsad::jaccard(marsad::shingle_hashes(gen.text(300), k),
                                       marsad::shingle_hashes(gen.text(300), k));
      sum += j, max = std::max(max, j);
    }
    std::printf("  %.4f/%.4f\n", sum / 200, max);
  }
  std::printf("(model: J ~ q/(2-q), q=(1-e)^k; synthetic Zipf text understates real stock phrases)\n\n");
}

void print_estimator_accuracy() {
  std::printf("== 3. MinHash estimate vs exact Jaccard, N=128, k=4 (300 pairs per rate)\n");
  std::printf("%-8s  %8s  %8s  %9s  %9s  %11s\n", "edits", "exact", "est", "bias", "rms err", "sqrt(J(1-J)/N)");
  marsad::MinHashParams params;
  marsad::MinHasher hasher(params);
  TextGenerator gen(7);
  for (const double rate : {0.02, 0.05, 0.10, 0.20}) {
    double sum_exact = 0, sum_est = 0, sum_sq = 0;
    const int pairs = 300;
    for (int i = 0; i < pairs; ++i) {
      const auto a = gen.text(300);
      const auto sa = marsad::shingle_hashes(a, 4), sb = marsad::shingle_hashes(gen.edit(a, rate), 4);
      const double exact = marsad::jaccard(sa, sb);
      const double est = marsad::estimated_jaccard(hasher.signature(sa), hasher.signature(sb));
      sum_exact += exact, sum_est += est, sum_sq += (est - exact) * (est - exact);
    }
    const double j = sum_exact / pairs;
    std::printf("%7.0f%%  %8.4f  %8.4f  %+9.4f  %9.4f  %11.4f\n", rate * 100, j, sum_est / pairs,
                (sum_est - sum_exact) / pairs, std::sqrt(sum_sq / pairs), std::sqrt(j * (1 - j) / 128));
  }
  std::printf("\n");
}

void run_synthetic(int total_docs) {
  std::printf("== 4. add() on %d synthetic documents of ~300 words\n", total_docs);
  // A quarter are originals; the rest are variants of a random earlier
  // original, of one of these kinds, in time order.
  struct Variant { const char* name; double edit_rate; int added_words; };
  const Variant variants[] = {{"exact copy", 0, 0},      {"edits 2%", 0.02, 0},   {"edits 5%", 0.05, 0},
                              {"edits 10%", 0.10, 0},    {"edits 20%", 0.20, 0},  {"+1 paragraph", 0, 60},
                              {"+1 para, 2% edits", 0.02, 60}};
  const int kinds = static_cast<int>(std::size(variants));
  TextGenerator gen(2024);
  struct Doc { std::vector<std::string> words; int variant; };  // variant -1: original
  std::vector<Doc> docs;
  std::vector<size_t> originals;
  std::uniform_int_distribution<int> pick_kind(0, kinds - 1);
  for (int i = 0; i < total_docs; ++i) {
    if (originals.empty() || i % 4 == 0) {
      originals.push_back(docs.size());
      docs.push_back({gen.text(300), -1});
      continue;
    }
    const size_t from = originals[std::uniform_int_distribution<size_t>(0, originals.size() - 1)(gen.rng())];
    const int kind = pick_kind(gen.rng());
    auto words = gen.edit(docs[from].words, variants[kind].edit_rate);
    if (variants[kind].added_words > 0) {
      const auto extra = gen.text(variants[kind].added_words);
      words.insert(words.end(), extra.begin(), extra.end());
    }
    docs.push_back({std::move(words), kind});
  }

  marsad::NearDuplicateIndex index;
  std::vector<DedupDecision> decisions;
  decisions.reserve(docs.size());
  const auto t0 = Clock::now();
  const double c0 = cpu_seconds();
  for (size_t i = 0; i < docs.size(); ++i) {
    std::string id = "d";
    id += std::to_string(i);
    decisions.push_back(index.add(id, "s", static_cast<int64_t>(i), docs[i].words));
  }
  const double secs = seconds_since(t0), cpu = cpu_seconds() - c0;
  std::printf("throughput: %.0f docs/s CPU time (%.1f us/doc); wall %.1f us/doc; over %zu docs\n",
              docs.size() / cpu, 1e6 * cpu / docs.size(), 1e6 * secs / docs.size(), docs.size());

  // Cost of the signature alone, for comparison.
  marsad::MinHasher hasher{marsad::MinHashParams()};
  const double c1 = cpu_seconds();
  std::vector<std::vector<uint64_t>> shingle_sets;
  for (const auto& d : docs) shingle_sets.push_back(marsad::shingle_hashes(d.words, 4));
  const double c2 = cpu_seconds();
  size_t sink = 0;
  for (const auto& s : shingle_sets) sink += hasher.signature(s)[0] & 1;
  const double c3 = cpu_seconds();
  std::printf("of which shingling %.1f us/doc, signature %.1f us/doc (CPU; checksum %zu)\n",
              1e6 * (c2 - c1) / docs.size(), 1e6 * (c3 - c2) / docs.size(), sink);
  using Kernel = marsad::MinHasher::Kernel;
  for (const auto& [kernel, name] : {std::pair{Kernel::kAvx512, "AVX-512F"}, std::pair{Kernel::kAvx2, "AVX2"},
                                     std::pair{Kernel::kPortable, "portable"}}) {
    if (!marsad::MinHasher::supported(kernel)) continue;
    const double k0 = cpu_seconds();
    size_t kernel_sink = 0;
    for (const auto& s : shingle_sets) kernel_sink += hasher.signature(s, kernel)[0] & 1;
    std::printf("  signature, %s loop: %.1f us/doc (checksum %zu)\n", name,
                1e6 * (cpu_seconds() - k0) / docs.size(), kernel_sink);
  }

  std::printf("%-20s %6s %6s %6s %6s %10s %8s\n", "variant", "n", "new", "exact", "near", "contained",
              "matched");
  std::map<int, std::array<int, 4>> counts;
  for (size_t i = 0; i < docs.size(); ++i) counts[docs[i].variant][static_cast<int>(decisions[i].kind)]++;
  for (const auto& [v, c] : counts) {
    const int n = c[0] + c[1] + c[2] + c[3];
    std::printf("%-20s %6d %6d %6d %6d %10d %7.1f%%\n", v < 0 ? "original" : variants[v].name, n, c[0], c[1],
                c[2], c[3], 100.0 * (n - c[0]) / n);
  }
  std::printf("\n");
}

int64_t time_key(const std::string& published) {
  // "YYYY-MM-DD hh:mm:ss" -> YYYYMMDDhhmmss: a monotone clock is all add() needs.
  int64_t t = 0;
  for (const char c : published) {
    if (c >= '0' && c <= '9') t = t * 10 + (c - '0');
  }
  return t;
}

void run_corpus(const std::vector<std::string>& paths) {
  std::printf("== 5. Corpus run (Analyzer(\"ar\").terms() of title and text, as NewsFlow passes them)\n");
  struct Doc { std::string id, source; int64_t time; std::vector<std::string> words; };
  std::vector<Doc> docs;
  size_t problems = 0;
  marsad::text::Analyzer analyzer("ar");
  const auto t_read = Clock::now();
  marsad::read_documents(
      paths,
      [&](marsad::RawDoc&& raw) {
        Doc d{raw.id, raw.source, time_key(raw.published), analyzer.terms(raw.title)};
        const std::vector<std::string> body = analyzer.terms(raw.text);
        d.words.insert(d.words.end(), body.begin(), body.end());
        docs.push_back(std::move(d));
      },
      [&](const marsad::Status&) { ++problems; });
  std::printf("read and analyzed %zu documents (%zu problems) in %.1f s\n", docs.size(), problems, seconds_since(t_read));
  if (docs.empty()) return;
  std::stable_sort(docs.begin(), docs.end(), [](const Doc& a, const Doc& b) { return a.time < b.time; });

  size_t words = 0;
  for (const auto& d : docs) words += d.words.size();
  marsad::NearDuplicateIndex index;
  std::array<size_t, 4> kinds{};
  const double c0 = cpu_seconds();
  std::vector<DedupDecision> decisions;
  for (const auto& d : docs) decisions.push_back(index.add(d.id, d.source, d.time, d.words));
  const double secs = cpu_seconds() - c0;
  std::map<std::string, std::string> source_of;
  for (const auto& d : docs) source_of[d.id] = d.source;
  std::map<std::pair<std::string, std::string>, size_t> reuse;  // (original's source, reuser's source)
  for (size_t i = 0; i < docs.size(); ++i) {
    kinds[static_cast<size_t>(decisions[i].kind)]++;
    if (!decisions[i].reused_from.empty()) reuse[{source_of[decisions[i].reused_from], docs[i].source}]++;
  }
  std::map<uint32_t, size_t> group_sizes;
  for (const auto& d : docs) group_sizes[*index.group_of(d.id)]++;
  size_t multi = 0, largest = 0;
  for (const auto& [g, n] : group_sizes) {
    multi += n > 1;
    largest = std::max(largest, n);
  }
  std::printf("add(): %.0f docs/s CPU time (%.1f us/doc, mean %.0f terms/doc)\n", docs.size() / secs,
              1e6 * secs / docs.size(), static_cast<double>(words) / docs.size());
  std::printf("decisions: new %zu, exact %zu, near %zu, contained %zu\n", kinds[0], kinds[1], kinds[2], kinds[3]);
  std::printf("groups: %zu, of which %zu with 2+ articles; largest %zu\n", group_sizes.size(), multi, largest);
  std::vector<std::pair<size_t, std::pair<std::string, std::string>>> top;
  for (const auto& [pair, n] : reuse) top.push_back({n, pair});
  std::sort(top.rbegin(), top.rend());
  std::printf("most frequent reuse (original's source -> reusing source):\n");
  for (size_t i = 0; i < std::min<size_t>(top.size(), 6); ++i) {
    std::printf("  %5zu  %s -> %s\n", top[i].first, top[i].second.first.c_str(), top[i].second.second.c_str());
  }
  // A few examples to eyeball.
  int shown = 0;
  for (size_t i = 0; i < docs.size() && shown < 8; ++i) {
    if (decisions[i].kind == DedupDecision::Kind::kNear || decisions[i].kind == DedupDecision::Kind::kContained) {
      std::printf("  %-9s %.3f  %s (%s) <- %s\n", marsad::kind_name(decisions[i].kind), decisions[i].similarity,
                  docs[i].id.c_str(), docs[i].source.c_str(), decisions[i].closest.c_str());
      ++shown;
    }
  }
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  int total_docs = 4000;
  bool corpus = true;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--docs") && i + 1 < argc) {
      total_docs = std::atoi(argv[++i]);
    } else if (!std::strcmp(argv[i], "--no-corpus")) {
      corpus = false;
    } else {
      paths.push_back(argv[i]);
    }
  }
  print_s_curves();
  print_shingle_sizes();
  print_estimator_accuracy();
  run_synthetic(total_docs);
  if (corpus) {
    if (paths.empty()) {
      // The shared folder sits beside the source tree (CMake's MARSAD_SHARED_DIR default).
      const auto shared = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() /
                          "shared/corpus/saudinewsnet";
      if (std::filesystem::exists(shared)) paths.push_back(shared.string());
    }
    if (paths.empty()) {
      std::printf("== 5. Corpus run skipped: no corpus path given and the shared corpus is absent\n");
    } else {
      run_corpus(paths);
    }
  }
  return 0;
}
