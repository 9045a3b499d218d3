// Tagging speed of the shipped Arabic NER model (data/models/ner-ar.model):
// tokens per second for NerTagger::tag on plain text (tokenizing included) and
// NerTagger::tag_tokens on pre-split tokens. Prints figures, not verdicts.
//
//   ner_bench                          google-benchmark micro benchmarks
//   ner_bench --corpus PATH|default [--articles N] [--runs R]
//       tags the leads the flow tags (title + paragraphs up to 1,200 bytes,
//       src/flow/article_analysis.cc) of the first N articles (default 2,000)
//       read from PATH (a file, folder or archive; `default`:
//       ../shared/corpus/saudinewsnet) R times (default 5) and prints tokens/s
//       and µs per article of each run and their median
//   valgrind --tool=callgrind ner_bench --corpus PATH --runs 1 --articles N
//       instruction counts of tagging (model load and reading included)
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "entity/ner_corpus.h"
#include "entity/ner_tagger.h"
#include "entity/ner_text.h"
#include "ingest/reader.h"

namespace {

// A news paragraph (~90 tokens) in the style of the seed pages.
const char* const kParagraph =
    "استقبل وزير الداخلية عبد الوافي لفتيت، يوم الاثنين بالرباط، وزير الداخلية الفرنسي برونو "
    "روتايو، في إطار زيارة عمل إلى المملكة المغربية. وتناول الطرفان سبل تعزيز التعاون الأمني "
    "بين البلدين، لا سيما في مجالات مكافحة الإرهاب والهجرة غير النظامية، وفق ما أفادت به "
    "وكالة المغرب العربي للأنباء. وأكد المسؤولان، خلال هذا اللقاء الذي حضره المدير العام "
    "للأمن الوطني عبد اللطيف حموشي، على أهمية الشراكة الاستراتيجية التي تجمع الرباط وباريس، "
    "مشيدين بالتنسيق القائم بين الأجهزة الأمنية في البلدين. ومن جهة أخرى، التقى وزير الخارجية "
    "العراقي فؤاد حسين نظيره المصري في القاهرة لبحث التطورات في المنطقة.\n";

const marsad::NerTagger* shipped_tagger() {
  static marsad::NerTagger tagger;
  static const bool loaded = [] {
    const marsad::Status s = marsad::NerTagger::load(marsad::NerTagger::default_model_path(), &tagger);
    if (!s.ok()) std::cerr << s.to_string() << "\n";
    return s.ok();
  }();
  return loaded ? &tagger : nullptr;
}

void BM_NerTagText(benchmark::State& state) {
  const marsad::NerTagger* tagger = shipped_tagger();
  if (!tagger) {
    state.SkipWithError("no shipped model; run `marsad train-ner`");
    return;
  }
  std::string article;
  for (int i = 0; i < state.range(0); ++i) article += kParagraph;
  const size_t tokens = marsad::ner::tokenize_for_ner(article).size();
  size_t entities = 0;
  for (auto _ : state) {
    auto found = tagger->tag(article);
    entities += found.size();
    benchmark::DoNotOptimize(found);
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["entities"] = static_cast<double>(entities) / state.iterations();
}
BENCHMARK(BM_NerTagText)->Arg(1)->Arg(5);

void BM_NerTagTokens(benchmark::State& state) {
  const marsad::NerTagger* tagger = shipped_tagger();
  if (!tagger) {
    state.SkipWithError("no shipped model; run `marsad train-ner`");
    return;
  }
  std::vector<std::string> tokens;
  for (const auto& t : marsad::ner::tokenize_for_ner(kParagraph)) tokens.emplace_back(t.text);
  for (auto _ : state) benchmark::DoNotOptimize(tagger->tag_tokens(tokens));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens.size()) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NerTagTokens);

// The text the flow tags: the title, then paragraphs (lines) while fewer than
// 1,200 bytes are gathered (ArticleAnalysis::find_entities).
std::string article_lead(const marsad::RawDoc& doc) {
  std::string lead = doc.title;
  size_t at = 0;
  while (at < doc.text.size() && lead.size() < 1200) {
    size_t end = doc.text.find('\n', at);
    if (end == std::string::npos) end = doc.text.size();
    if (end > at) {
      lead += '\n';
      lead.append(doc.text, at, end - at);
    }
    at = end + 1;
  }
  return lead;
}

// --corpus mode: tokens per second over real article leads.
int run_corpus(const std::string& path, size_t max_articles, int runs) {
  if (!shipped_tagger()) return 1;
  std::vector<std::string> leads;
  marsad::read_documents(
      {path},
      [&](marsad::RawDoc&& doc) {
        if (leads.size() < max_articles) leads.push_back(article_lead(doc));
      },
      [](const marsad::Status&) {});
  if (leads.empty()) {
    std::cerr << "ner_bench: no articles read from " << path << "\n";
    return 1;
  }
  size_t tokens = 0;
  for (const std::string& lead : leads) tokens += marsad::ner::tokenize_for_ner(lead).size();
  std::vector<double> rates;
  size_t entities = 0;
  for (int r = 0; r < runs; ++r) {
    // A freshly loaded tagger per run: its per-thread word cache starts
    // empty, as when the flow starts, instead of holding the last run's words.
    marsad::NerTagger fresh;
    if (!marsad::NerTagger::load(marsad::NerTagger::default_model_path(), &fresh).ok()) return 1;
    const marsad::NerTagger* tagger = &fresh;
    entities = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const std::string& lead : leads) entities += tagger->tag(lead).size();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rates.push_back(tokens / seconds);
    std::printf("run %d: %.0f tokens/s, %.1f us per article\n", r + 1, tokens / seconds,
                1e6 * seconds / leads.size());
  }
  std::sort(rates.begin(), rates.end());
  const double median = rates[rates.size() / 2];
  std::printf("%zu articles, %zu tokens, %zu entities; median %.0f tokens/s, %.1f us per article\n",
              leads.size(), tokens, entities, median, 1e6 * tokens / median / leads.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus;
  size_t articles = 2000;
  int runs = 5;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) {
      corpus = argv[++i];
    } else if (std::strcmp(argv[i], "--articles") == 0 && i + 1 < argc) {
      articles = std::strtoul(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    }
  }
  if (corpus == "default") corpus = marsad::ner::default_anercorp_dir() + "/../saudinewsnet";
  if (!corpus.empty()) return run_corpus(corpus, articles, runs);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
