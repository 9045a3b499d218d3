// Headline tickers: one very long line made of many short headlines run
// together, as crawlers leave a site's "latest news" bar (seed 002, line 1).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace marsad {

// Whether `line` is a headline ticker: a long line that splits at separators
// (runs of spaces or NBSPs, tabs, | • ·) into many headline-sized pieces. A long
// line without punctuation is not enough: some outlets write whole paragraphs
// without a comma (SaudiNewsNet has thousands).
// Pieces that read as sentences (ending in . ! ? ؟ …, holding a sentence's end
// or a comma «،», or longer than 25 words) are paragraphs, not headlines: a line whose pieces are
// not at least 80 % headline-sized non-sentences is no ticker, nor is a line
// that opens with an article's lead (a sentence of 12+ words).
bool is_headline_ticker(std::string_view line);

// The paragraphs of a long line (400+ bytes) into which a crawler ran a whole
// article, separating paragraphs by runs of spaces: the line is cut at runs of
// 3+ spaces (ASCII or NBSP) or tabs, and at runs of 2+ right after a sentence's
// end. Pieces are trimmed and non-empty. A short line, or one without such
// breaks, comes back as the single piece `line` (trimmed).
std::vector<std::string_view> split_run_together_paragraphs(std::string_view line);

// Lines shorter than this (in bytes) are never tickers and are never split.
inline constexpr size_t kMinTickerBytes = 400;

// Both of the above for one line, its separators counted once: whether it is a ticker,
// and if it is not, its paragraphs (as split_run_together_paragraphs; empty for a ticker).
struct SettledLine {
  bool ticker = false;
  std::vector<std::string_view> pieces;
};
SettledLine settle_line(std::string_view line);

}  // namespace marsad
