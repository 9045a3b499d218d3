// Ingest throughput over SaudiNewsNet (18 zips, one JSON array each, 31,030 articles).
//
//   ingest_bench [DIR] [REPEATS]
//
// DIR defaults to $MARSAD_SHARED_DIR/corpus/saudinewsnet, else ../shared/corpus/saudinewsnet
// beside the source tree. Prints documents/second, MB/s (uncompressed JSON) and peak RSS; the
// fastest of REPEATS (default 3) runs is reported, by wall time and by CPU time (user + system,
// steadier than wall time on a shared machine).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "ingest/reader.h"

namespace {

double cpu_seconds() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  const auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::string dir;
  if (argc > 1) {
    dir = argv[1];
  } else if (const char* shared = std::getenv("MARSAD_SHARED_DIR")) {
    dir = std::string(shared) + "/corpus/saudinewsnet";
  } else {
    dir = (fs::path(__FILE__).parent_path() / "../../shared/corpus/saudinewsnet").lexically_normal();
  }
  const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  if (!fs::is_directory(dir)) {
    std::fprintf(stderr, "ingest_bench: %s is not a directory; pass the SaudiNewsNet folder\n", dir.c_str());
    return 2;
  }

  double best_seconds = 0;
  double best_cpu_seconds = 0;
  marsad::ReadStats stats;
  size_t problems = 0;
  uint64_t text_bytes = 0;
  for (int run = 0; run < repeats; ++run) {
    problems = 0;
    text_bytes = 0;
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_seconds();
    stats = marsad::read_documents(
        {dir}, [&](marsad::RawDoc&& doc) { text_bytes += doc.text.size(); },
        [&](const marsad::Status& problem) {
          if (++problems <= 5) std::fprintf(stderr, "%s\n", problem.to_string().c_str());
        });
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = cpu_seconds() - cpu_start;
    if (run == 0 || seconds < best_seconds) best_seconds = seconds;
    if (run == 0 || cpu < best_cpu_seconds) best_cpu_seconds = cpu;
  }

  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("ingest_bench: %s\n", dir.c_str());
  std::printf("  inputs %zu, documents %zu, skipped %zu, repaired %zu, problems %zu\n", stats.inputs,
              stats.documents, stats.skipped, stats.repaired, problems);
  std::printf("  %.1f MB of JSON read (%.1f MB of text), best of %d runs\n", stats.bytes / 1e6,
              text_bytes / 1e6, repeats);
  std::printf("  wall %.3f s: %.0f documents/s, %.1f MB/s\n", best_seconds,
              stats.documents / best_seconds, stats.bytes / 1e6 / best_seconds);
  std::printf("  cpu  %.3f s: %.0f documents/s, %.1f MB/s\n", best_cpu_seconds,
              stats.documents / best_cpu_seconds, stats.bytes / 1e6 / best_cpu_seconds);
  std::printf("  peak RSS %.1f MB\n", usage.ru_maxrss / 1024.0);
  return 0;
}
