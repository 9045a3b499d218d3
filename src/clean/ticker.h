// Headline tickers: one very long line made of many short headlines run
// together, as crawlers leave a site's "latest news" bar (seed 002, line 1).
#pragma once

#include <string_view>

namespace marsad {

// Whether `line` is a headline ticker. Two shapes are recognized: a line that
// splits at separators (runs of spaces, tabs, | • ·) into many headline-sized
// pieces, and a long line that is nearly free of sentence punctuation, which
// real paragraphs of that length never are.
bool is_headline_ticker(std::string_view line);

}  // namespace marsad
