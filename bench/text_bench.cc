// Throughput of the text layer on Arabic news prose (MB/s of input), and of
// Analyzer::terms over SaudiNewsNet (documents/s, title and content, as the
// clustering flow analyzes them; skipped when the corpus is absent).
//
//   cmake --build build --target text_bench && ./build/text_bench
//   ./build/text_bench --benchmark_filter=SaudiNewsNet     # the corpus figure alone
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "ingest/reader.h"
#include "text/analyzer.h"
#include "text/normalize.h"
#include "text/script.h"
#include "text/tokenizer.h"

namespace {

// About 1.5 KB of Arabic news prose written for this benchmark, with the
// things real pages carry: diacritics, tatweel, both digit sets, «», Latin.
constexpr const char* kParagraph =
    "أجرى وزير الداخلية الفرنسي برونو روتايو، يوم الاثنين ١٤ أبريل ٢٠٢٥، مباحثات في الرباط مع "
    "نظيره المغربي عبد الوافي لفتيت، تناولت سُبُل تعزيز التعاون الأمني بين البلدين ومكافحة "
    "الهجرة غير النظامية والجريمة المنظّمة العابرة للحدود. وقال الوزير الفرنسي في تصريح "
    "للصحافة عقب اللقاء إن «العلاقات بين فرنسا والمغرب تعيش مرحلة جديدة من الثقة»، مضيفاً أن "
    "بلاده تعتزم رفع عدد التأشيرات الممنوحة للطلبة ورجال الأعمال بنسبة 20 في المائة خلال عام "
    "2025. وأكّد الجانبان على أهمية تبادل المعلومات بين الأجهزة الأمنية، وتنسيق الجهود "
    "لتفكيك شبكات تهريب البشر التي تنشط في البحر الأبيض المتوسط، كما بحثا ملف ترحيل المهاجرين "
    "الذين صدرت في حقهم قرارات بمغادرة التراب الفرنسي. وتأتي هذه الزيارة بعد أشهر من زيارة "
    "الدولة التي قام بها الرئيس إيمانويل ماكرون إلى المملكة في أكتوبر الماضي، والتي وُقّعت "
    "خلالها اتفاقيات بقيمة تفوق ١٠ مليارات يورو في مجالات الطاقة والنقل والمياه. ويرى مراقبون "
    "أن الـــتـقـارب بين باريس والرباط يعكس تحولاً في الموقف الفرنسي من قضية الصحراء، بعد "
    "اعتراف Paris بمخطط الحكم الذاتي أساساً وحيداً للحل. ";

// The same story in French, for the Latin path (accents, elisions, capitals).
constexpr const char* kFrenchParagraph =
    "Le ministre français de l'Intérieur, Bruno Retailleau, s'est entretenu lundi 14 avril 2025 "
    "à Rabat avec son homologue marocain Abdelouafi Laftit. Les deux ministres ont évoqué la "
    "coopération sécuritaire, la lutte contre l'immigration irrégulière et les réseaux de "
    "passeurs qui opèrent en Méditerranée. « Les relations entre la France et le Maroc vivent "
    "une étape nouvelle », a déclaré M. Retailleau à la presse, ajoutant que Paris comptait "
    "augmenter de 20 % le nombre de visas délivrés aux étudiants et aux entrepreneurs. ";

std::string french_text() {
  std::string text;
  for (int i = 0; i < 6; ++i) {
    text += kFrenchParagraph;
    text += '\n';
  }
  return text;
}

std::string arabic_text() {
  std::string text;
  for (int i = 0; i < 3; ++i) {
    text += kParagraph;
    text += '\n';
  }
  return text;
}

void BM_NormalizeForMatching(benchmark::State& state) {
  const std::string text = arabic_text();
  for (auto _ : state) benchmark::DoNotOptimize(marsad::text::normalize_for_matching(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_NormalizeForMatching);

void BM_NormalizeForMatchingWithOffsets(benchmark::State& state) {
  const std::string text = arabic_text();
  for (auto _ : state) {
    benchmark::DoNotOptimize(marsad::text::normalize_for_matching_with_offsets(text));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_NormalizeForMatchingWithOffsets);

void BM_NormalizeDisplay(benchmark::State& state) {
  const std::string text = arabic_text();
  for (auto _ : state) benchmark::DoNotOptimize(marsad::text::normalize_display(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_NormalizeDisplay);

void BM_ProfileScript(benchmark::State& state) {
  const std::string text = arabic_text();
  for (auto _ : state) benchmark::DoNotOptimize(marsad::text::profile_script(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ProfileScript);

void BM_TokenizeWords(benchmark::State& state) {
  const std::string text = marsad::text::normalize_for_matching(arabic_text());
  for (auto _ : state) benchmark::DoNotOptimize(marsad::text::tokenize_words(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_TokenizeWords);

void BM_AnalyzerTerms(benchmark::State& state) {
  const std::string text = arabic_text();
  marsad::text::Analyzer analyzer("ar");
  for (auto _ : state) benchmark::DoNotOptimize(analyzer.terms(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_AnalyzerTerms);

void BM_AnalyzerWords(benchmark::State& state) {
  const std::string text = arabic_text();
  marsad::text::Analyzer analyzer("ar");
  for (auto _ : state) benchmark::DoNotOptimize(analyzer.words(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_AnalyzerWords);

void BM_NormalizeForMatchingFrench(benchmark::State& state) {
  const std::string text = french_text();
  for (auto _ : state) benchmark::DoNotOptimize(marsad::text::normalize_for_matching(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_NormalizeForMatchingFrench);

void BM_AnalyzerTermsFrench(benchmark::State& state) {
  const std::string text = french_text();
  marsad::text::Analyzer analyzer("fr");
  for (auto _ : state) benchmark::DoNotOptimize(analyzer.terms(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_AnalyzerTermsFrench);

// SaudiNewsNet's documents, read once (MARSAD_SHARED_DIR, else ../shared beside the source).
const std::vector<marsad::RawDoc>& saudinewsnet() {
  static const std::vector<marsad::RawDoc> docs = [] {
    namespace fs = std::filesystem;
    const char* shared = std::getenv("MARSAD_SHARED_DIR");
    const std::string dir = shared ? std::string(shared) + "/corpus/saudinewsnet"
                                   : (fs::path(__FILE__).parent_path() / "../../shared/corpus/saudinewsnet")
                                         .lexically_normal()
                                         .string();
    std::vector<marsad::RawDoc> all;
    if (fs::exists(dir)) {
      marsad::read_documents({dir}, [&](marsad::RawDoc&& d) { all.push_back(std::move(d)); },
                             [](const marsad::Status&) {});
    }
    return all;
  }();
  return docs;
}

// The whole corpus per iteration, with one Analyzer (its word cache warm after
// the first pass, as in a long run).
void BM_AnalyzerTermsSaudiNewsNet(benchmark::State& state) {
  const auto& docs = saudinewsnet();
  if (docs.empty()) {
    state.SkipWithError("SaudiNewsNet not found (set MARSAD_SHARED_DIR)");
    return;
  }
  marsad::text::Analyzer analyzer("ar");
  int64_t bytes = 0;
  for (const auto& d : docs) bytes += static_cast<int64_t>(d.title.size() + d.text.size());
  for (auto _ : state) {
    for (const auto& d : docs) {
      benchmark::DoNotOptimize(analyzer.terms(d.title));
      benchmark::DoNotOptimize(analyzer.terms(d.text));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(docs.size()));
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_AnalyzerTermsSaudiNewsNet)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace

BENCHMARK_MAIN();
