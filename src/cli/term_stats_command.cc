// `marsad term-stats`: the document frequencies of a reference corpus, for
// weighting terms from the first article on (cluster/term_weights.h).
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "clean/cleaner.h"
#include "cli/cli_util.h"
#include "cli/command.h"
#include "ingest/reader.h"
#include "text/analyzer.h"

namespace marsad::cli {
namespace {

constexpr const char* kHelp = R"(usage: marsad term-stats [--out FILE] [--min-df N] [FILE|DIR|-]...

Counts in how many articles each term occurs (terms as the clustering sees
them: cleaned title and body, analyzed per language) and writes
  documents<TAB>N
  term<TAB>df
lines for the terms found in at least --min-df articles (default 3). The
shipped data/cluster/background-df.tsv is made this way from SaudiNewsNet:
  marsad term-stats --out data/cluster/background-df.tsv ../shared/corpus/saudinewsnet
`marsad cluster` adds these counts to the ones it learns as it reads, so that
a small input is weighed like a large one.
)";

int run_term_stats(const std::vector<std::string>& args) {
  const auto parsed = parse_args(args, {"--out", "--min-df"}, {"--help"});
  if (!parsed.error.empty()) {
    std::cerr << "marsad term-stats: " << parsed.error << "; 'marsad term-stats --help' lists the options\n";
    return 2;
  }
  if (parsed.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  size_t min_df = 3;
  if (auto v = parsed.get("--min-df"); !v.empty()) {
    min_df = whole_number(v).value_or(0);
    if (min_df == 0) {
      std::cerr << "marsad term-stats: --min-df takes a whole number above 0, not '" << v << "'\n";
      return 2;
    }
  }
  std::vector<std::string> inputs = parsed.positional;
  if (inputs.empty()) inputs.push_back("-");

  Cleaner cleaner;
  std::map<std::string, std::unique_ptr<text::Analyzer>> analyzers;
  std::unordered_map<std::string, uint32_t> df;
  size_t documents = 0;
  ProblemReporter problems("term-stats");
  std::vector<RawDoc> batch;
  auto flush = [&] {
    for (const RawDoc& doc : batch) cleaner.observe(doc);
    for (RawDoc& doc : batch) {
      CleanDoc clean = cleaner.clean(std::move(doc));
      for (const Segment& s : clean.segments) {
        auto& analyzer = analyzers[s.lang];
        if (!analyzer) analyzer = std::make_unique<text::Analyzer>(s.lang.empty() ? "un" : s.lang);
        std::unordered_set<std::string> seen;
        for (std::string& t : analyzer->terms(s.title)) seen.insert(std::move(t));
        for (const std::string& p : s.paragraphs) {
          for (std::string& t : analyzer->terms(p)) seen.insert(std::move(t));
        }
        for (const std::string& t : seen) ++df[t];
        ++documents;
      }
    }
    batch.clear();
  };
  read_documents(
      inputs,
      [&](RawDoc&& doc) {
        batch.push_back(std::move(doc));
        if (batch.size() >= 2000) flush();
      },
      [&](const Status& problem) { problems.report(problem); });
  flush();
  problems.finish();
  if (documents == 0) {
    std::cerr << "marsad term-stats: no article could be read\n";
    return 1;
  }

  std::vector<std::pair<std::string, uint32_t>> kept;
  for (auto& [term, count] : df) {
    if (count >= min_df) kept.emplace_back(term, count);
  }
  // Most frequent first, then by term: the same corpus gives the same file.
  std::sort(kept.begin(), kept.end(),
            [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  std::ofstream file;
  std::ostream* out = open_output("term-stats", parsed, &file);
  if (out == nullptr) return 2;
  *out << "documents\t" << documents << "\n";
  for (const auto& [term, count] : kept) *out << term << '\t' << count << '\n';
  out->flush();
  std::cerr << "marsad term-stats: " << documents << " articles, " << kept.size() << " terms kept of " << df.size()
            << "\n";
  return *out ? 0 : 1;
}

}  // namespace

MARSAD_COMMAND("term-stats", "document frequencies of a reference corpus, for term weighting", run_term_stats);

}  // namespace marsad::cli
