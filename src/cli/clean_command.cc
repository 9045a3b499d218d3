// `marsad clean`: crawled pages in, clean articles out (JSONL, or a readable summary).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <new>

#include "clean/clean_output.h"
#include "clean/cleaner.h"
#include "cli/cli_util.h"
#include "cli/command.h"
#include "ingest/reader.h"

namespace marsad::cli {
namespace {

constexpr const char* kHelp = R"(usage: marsad clean [OPTIONS] [FILE|DIR|-]...

Cleans crawled news pages into articles: removes site chrome, tickers, widgets,
repeated content, bylines and datelines (kept as metadata), and splits pages
that hold several articles. Writes one JSON line per page:
  {"id", "source", "url", "published", ..., "segments": [{"title", "text", "lang",
   "byline", "outlet", "dateline", "date"}], "removed": [{"text", "why"}]}

inputs: .txt pages (a file or a folder of them), JSON lines (.jsonl; fields
text/content, title, url, source, date/date_extracted/published, id; other
fields pass through), JSON arrays (.json), archives of these (.zip, .tar.gz),
.html pages, and - for JSON lines on standard input (the default).

options:
  --out FILE      write to FILE instead of standard output
  --summary       print a readable summary of each page instead of JSON
  --batch N       pages read ahead to learn each outlet's recurring lines (2000)
  --no-split      never split a page into several articles
  --quiet         no progress and no totals on standard error
  --help          this text

A bad page (empty, not parseable, or over 8 MiB, which is read past, never held)
is reported on standard error in one line naming it (FILE:LINE for JSON lines)
and skipped; invalid UTF-8 is replaced by U+FFFD and the page kept. The exit
status is non-zero only if nothing could be read.
)";

struct Totals {
  size_t pages = 0, articles = 0, empty_pages = 0;
  size_t failed = 0;  // pages read but not cleaned (out of memory)
  std::map<std::string, size_t> removed;
};

void print_summary(std::ostream& out, const CleanDoc& doc) {
  out << doc.raw.id;
  if (!doc.raw.source.empty()) out << "  " << doc.raw.source;
  if (!doc.raw.published.empty()) out << "  " << doc.raw.published;
  out << "  (" << doc.segments.size() << (doc.segments.size() == 1 ? " article)\n" : " articles)\n");
  for (const auto& s : doc.segments) {
    out << "  [" << s.lang << "] " << (s.title.empty() ? "(no title)" : s.title) << "\n";
    if (!s.byline.empty()) out << "       byline: " << s.byline << "\n";
    if (!s.outlet.empty()) out << "       outlet: " << s.outlet << "\n";
    if (!s.date.empty()) out << "       dated:  " << s.date << "\n";
    size_t words = 0;
    for (const auto& p : s.paragraphs) {
      bool in_word = false;
      for (char c : p) {
        const bool space = c == ' ';
        if (!space && !in_word) ++words;
        in_word = !space;
      }
    }
    const std::string lead = clip_utf8(s.paragraphs.empty() ? "" : s.paragraphs.front(), 160);
    out << "       " << s.paragraphs.size() << " paragraphs, " << words << " words: " << lead << "\n";
  }
  for (const auto& r : doc.removed) {
    const std::string text = clip_utf8(r.text, 90);
    out << "  - " << r.why << ": " << text << "\n";
  }
  out << "\n";
}

int run_clean(const std::vector<std::string>& args) {
  const auto parsed = parse_args(args, {"--out", "--batch"},
                                 {"--summary", "--no-split", "--quiet", "--help"});
  if (!parsed.error.empty()) {
    std::cerr << "marsad clean: " << parsed.error << "; 'marsad clean --help' lists the options\n";
    return 2;
  }
  if (parsed.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  size_t batch_size = 2000;
  if (parsed.options.count("--batch")) {
    const std::string b = parsed.get("--batch");
    batch_size = whole_number(b).value_or(0);
    if (batch_size == 0) {
      std::cerr << "marsad clean: --batch takes a whole number above 0, not '" << b << "'\n";
      return 2;
    }
  }
  std::vector<std::string> inputs = parsed.positional;
  if (inputs.empty()) inputs.push_back("-");

  std::ofstream file;
  std::ostream* out = open_output("clean", parsed, &file);
  if (out == nullptr) return 2;

  const bool quiet = parsed.has("--quiet");
  const bool summary = parsed.has("--summary");
  CleanOptions options;
  options.split_pages = !parsed.has("--no-split");
  Cleaner cleaner(options);
  ProblemReporter problems("clean");
  Progress progress("marsad clean");
  Totals totals;
  std::vector<RawDoc> batch;
  std::string buffer;

  auto flush = [&] {
    for (const auto& doc : batch) cleaner.observe(doc);
    for (auto& doc : batch) {
      const std::string origin = doc.origin;
      const size_t bytes = doc.text.size();
      CleanDoc clean;
      try {
        clean = cleaner.clean(std::move(doc));
      } catch (const std::bad_alloc&) {
        // One pathological page must not end the run and lose the pages after it.
        ++totals.failed;
        problems.report(Status::invalid_input(
            origin, "ran out of memory cleaning this page of " + std::to_string(bytes) +
                        " bytes; skipped"));
        continue;
      }
      ++totals.pages;
      totals.articles += clean.segments.size();
      if (clean.segments.empty()) ++totals.empty_pages;
      for (const auto& r : clean.removed) ++totals.removed[r.why];
      if (summary) {
        print_summary(*out, clean);
      } else {
        append_clean_json_line(buffer, clean);
        if (buffer.size() > (1 << 20)) {
          out->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
          buffer.clear();
        }
      }
    }
    batch.clear();
    if (!quiet) progress.update(totals.pages);
  };

  const ReadStats stats = read_documents(
      inputs,
      [&](RawDoc&& doc) {
        batch.push_back(std::move(doc));
        if (batch.size() >= batch_size) flush();
      },
      [&](const Status& problem) { problems.report(problem); });
  flush();
  out->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  out->flush();
  problems.finish();
  if (!quiet) progress.finish(totals.pages);

  if (!quiet) {
    const double secs = progress.seconds();
    std::fprintf(stderr, "marsad clean: %zu pages -> %zu articles", totals.pages, totals.articles);
    if (totals.empty_pages) std::fprintf(stderr, " (%zu pages had no article)", totals.empty_pages);
    if (stats.skipped) std::fprintf(stderr, ", %zu skipped", stats.skipped);
    if (totals.failed) std::fprintf(stderr, ", %zu could not be cleaned", totals.failed);
    if (stats.repaired) std::fprintf(stderr, ", %zu with invalid UTF-8 repaired", stats.repaired);
    std::fprintf(stderr, " in %.2f s (%.0f pages/s)\n", secs, secs > 0 ? totals.pages / secs : 0.0);
    if (!totals.removed.empty()) {
      std::string line = "  removed:";
      for (const auto& [why, n] : totals.removed)
        line += " " + why + " " + std::to_string(n) + ",";
      line.back() = '\n';
      std::fputs(line.c_str(), stderr);
    }
  }
  if (!*out) {
    std::cerr << "marsad clean: writing the output failed (disk full?)\n";
    return 1;
  }
  return totals.pages == 0 ? 1 : 0;
}

}  // namespace

MARSAD_COMMAND("clean", "clean crawled pages into articles (JSON lines)", run_clean);

}  // namespace marsad::cli
