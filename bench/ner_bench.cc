// Tagging speed of the shipped Arabic NER model (data/models/ner-ar.model):
// tokens per second for NerTagger::tag on plain text (tokenizing included) and
// NerTagger::tag_tokens on pre-split tokens. Prints figures, not verdicts.
#include <benchmark/benchmark.h>

#include <iostream>
#include <string>
#include <vector>

#include "entity/ner_tagger.h"
#include "entity/ner_text.h"

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

}  // namespace

BENCHMARK_MAIN();
