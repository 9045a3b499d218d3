// The clean stage over SaudiNewsNet (31,030 articles), in process, by phase:
// reading (ingest), cleaning, writing the JSONL. CPU seconds, the median of
// REPEATS runs (steadier than wall time on a shared machine), and peak RSS.
//
//   clean_bench [DIR] [REPEATS]
//
// The end-to-end figure of the command itself is bench/clean_corpus.sh.
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "clean/clean_output.h"
#include "clean/cleaner.h"
#include "ingest/reader.h"

namespace {

double cpu_seconds() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  const auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::string dir = argc > 1 ? argv[1] : "";
  if (dir.empty()) {
    const char* shared = std::getenv("MARSAD_SHARED_DIR");
    dir = shared ? std::string(shared) + "/corpus/saudinewsnet"
                 : (fs::path(__FILE__).parent_path() / "../../shared/corpus/saudinewsnet")
                       .lexically_normal()
                       .string();
  }
  const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  if (!fs::exists(dir)) {
    std::fprintf(stderr, "clean_bench: %s: no such folder; pass the SaudiNewsNet folder\n", dir.c_str());
    return 2;
  }

  std::vector<double> read_s, clean_s, write_s;
  size_t docs = 0, articles = 0, removed = 0;
  uint64_t bytes = 0;
  for (int r = 0; r < repeats; ++r) {
    std::vector<marsad::RawDoc> all;
    double t0 = cpu_seconds();
    const auto stats = marsad::read_documents(
        {dir}, [&](marsad::RawDoc&& d) { all.push_back(std::move(d)); }, [](const marsad::Status&) {});
    double t1 = cpu_seconds();
    marsad::Cleaner cleaner;
    for (const auto& d : all) cleaner.observe(d);
    std::vector<marsad::CleanDoc> cleaned;
    cleaned.reserve(all.size());
    for (auto& d : all) cleaned.push_back(cleaner.clean(std::move(d)));
    double t2 = cpu_seconds();
    std::string out;
    articles = removed = 0;
    for (const auto& c : cleaned) {
      marsad::append_clean_json_line(out, c);
      articles += c.segments.size();
      removed += c.removed.size();
      if (out.size() > (1 << 22)) out.clear();
    }
    double t3 = cpu_seconds();
    read_s.push_back(t1 - t0);
    clean_s.push_back(t2 - t1);
    write_s.push_back(t3 - t2);
    docs = stats.documents;
    bytes = stats.bytes;
  }
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  const double read = median(read_s), clean = median(clean_s), write = median(write_s);
  std::printf("clean_bench: %zu documents (%.1f MB), %zu articles, %zu removals; median of %d runs, CPU s\n",
              docs, bytes / 1e6, articles, removed, repeats);
  std::printf("  read   %6.3f s  %8.0f docs/s\n", read, docs / read);
  std::printf("  clean  %6.3f s  %8.0f docs/s\n", clean, docs / clean);
  std::printf("  write  %6.3f s  %8.0f docs/s\n", write, docs / write);
  std::printf("  total  %6.3f s  %8.0f docs/s\n", read + clean + write, docs / (read + clean + write));
  std::printf("  peak RSS %.0f MB (all documents held in memory, unlike `marsad clean`)\n",
              usage.ru_maxrss / 1024.0);
  return 0;
}
