// Pages that hold more than one article (seed 004: a second, unrelated story
// appended after the first, with its own title line).
//
// A new article starts at a headline-sized line inside the body (a title, not
// a section subhead: subheads are short) when enough body stands on both sides
// of it and the two sides are about different things.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace marsad {

struct BodyLine {
  std::string_view text;
  size_t words = 0;
  bool ends_sentence = false;
};

struct SegmenterOptions {
  size_t min_title_words = 6;      // subheads are shorter ("الهجرة... رهان مشترك")
  size_t max_title_words = 30;
  size_t min_side_words = 40;      // body words on each side: two paragraphs at least
  double max_similarity = 0.30;    // cosine of the two sides' content terms
};

// Indices into `lines` of the title lines where a new article starts, in order.
// `lang` picks the analyzer that turns text into content terms.
std::vector<size_t> find_article_starts(const std::vector<BodyLine>& lines, const std::string& lang,
                                        const SegmenterOptions& options = {});

// Cosine similarity of the content terms (stems, stopwords dropped) of two texts.
double content_similarity(std::string_view a, std::string_view b, const std::string& lang);

}  // namespace marsad
