// What every reader of one read_documents() call shares: where documents and problems go,
// the options, and the counts. Readers hand documents and problems here, never to the sinks.
#pragma once

#include <string>

#include "core/document.h"
#include "core/status.h"
#include "ingest/reader.h"

namespace marsad {

class ReadContext {
 public:
  ReadContext(const DocumentSink& sink, const ProblemSink& on_problem, const ReadOptions& options)
      : sink_(sink), on_problem_(on_problem), options_(options) {}

  const ReadOptions& options() const { return options_; }
  ReadStats& stats() { return stats_; }

  // Hands `doc` to the sink after what every page gets: a leading BOM dropped, CR LF (and a
  // lone CR) made LF. A page that is only whitespace is skipped instead. `repairs` > 0 (the
  // number of U+FFFD inserted) reports the document's invalid UTF-8, once; a page that is
  // mostly invalid (binary data, or text in a legacy encoding such as windows-1256) is
  // skipped: at least kMinRepairsToSkip repairs and one for every kRepairBytesToSkip bytes.
  static constexpr size_t kMinRepairsToSkip = 16;
  static constexpr size_t kRepairBytesToSkip = 8;
  void deliver(RawDoc&& doc, size_t repairs);

  // Reports a document that is not delivered, and counts it as skipped.
  void skip(const Status& problem);

  // Reports a problem that is not one document's: a missing file, a corrupt archive.
  void report(const Status& problem) { on_problem_(problem); }

  // "document of N bytes is longer than the limit of M bytes (max_document_bytes); skipped".
  std::string too_long_message(const char* what, uint64_t bytes) const;

 private:
  const DocumentSink& sink_;
  const ProblemSink& on_problem_;
  ReadOptions options_;
  ReadStats stats_;
};

// True if `text` holds nothing but whitespace (ASCII, U+00A0, U+200B, U+FEFF).
bool is_blank(std::string_view text);

// Drops a leading UTF-8 BOM and makes CR LF and a lone CR into LF, in place.
void normalize_newlines(std::string& text);

}  // namespace marsad
