// Headline tickers: one very long line made of many short headlines run
// together, as crawlers leave a site's "latest news" bar (seed 002, line 1).
#pragma once

#include <string_view>

namespace marsad {

// Whether `line` is a headline ticker: a long line that splits at separators
// (runs of spaces or NBSPs, tabs, | • ·) into many headline-sized pieces. A long
// line without punctuation is not enough: some outlets write whole paragraphs
// without a comma (SaudiNewsNet has thousands).
bool is_headline_ticker(std::string_view line);

}  // namespace marsad
