// The clean stage: one crawled page in, its articles out, and a record of
// everything removed and why.
//
//   Cleaner cleaner;
//   for (const RawDoc& doc : batch) cleaner.observe(doc);   // learn recurring lines
//   for (RawDoc& doc : batch) {
//     CleanDoc clean = cleaner.clean(std::move(doc));
//     for (const Segment& article : clean.segments) ...
//   }
//
// Observing a batch before cleaning it lets the first pages of an outlet profit
// from what its later pages show (a menu line seen on every page); a monitor
// that cannot wait calls observe() and clean() one page at a time.
//
// What it does, in order (each step a file of src/clean/):
//   1. lines that are chrome by their words (line_lexicon), sign-offs, contact
//      lines, headline tickers (ticker), lines recurring across the outlet's
//      pages (recurring_lines), datelines (text/date_parser);
//   2. a sentence in another script glued to a paragraph (glued_prefix), a
//      "link to this story" footer glued to its end (story_link);
//   3. the body: from the first to the last paragraph-like line; before it the
//      title and the metadata lines (byline, outlet), before those the header;
//      after it the footer;
//   4. repeats inside the page (repetition), the title again;
//   5. a page holding two articles is split (page_segmenter).
// Precision on body text matters more than recall on noise: a long line is
// never removed for its words alone.
#pragma once

#include <cstdint>

#include "clean/recurring_lines.h"
#include "core/document.h"

namespace marsad {

struct CleanOptions {
  uint32_t recurring_min_pages = 3;  // a line on this many pages of an outlet is chrome
  bool split_pages = true;           // split pages that hold several articles
};

class Cleaner {
 public:
  explicit Cleaner(CleanOptions options = {});

  // Counts the page's short lines towards the outlet's recurring lines.
  void observe(const RawDoc& doc);
  // Cleans one page. Never fails: a page with no article gives no segment.
  CleanDoc clean(RawDoc doc) const;

 private:
  CleanOptions options_;
  RecurringLineModel recurring_;
};

// The outlet a page belongs to, for recurrence: its source, else its URL's host.
std::string outlet_key(const RawDoc& doc);

}  // namespace marsad
