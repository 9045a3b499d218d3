#include "clean/page_segmenter.h"

#include <cmath>
#include <unordered_map>

#include "text/analyzer.h"

namespace marsad {

namespace {

using TermCounts = std::unordered_map<std::string, double>;

text::Analyzer& analyzer_for(const std::string& lang) {
  thread_local std::unordered_map<std::string, text::Analyzer> analyzers;
  auto it = analyzers.find(lang);
  if (it == analyzers.end()) it = analyzers.emplace(lang, text::Analyzer(lang)).first;
  return it->second;
}

TermCounts term_counts(std::string_view text, const std::string& lang) {
  TermCounts counts;
  for (auto& term : analyzer_for(lang).terms(text)) counts[term] += 1;
  return counts;
}

double cosine(const TermCounts& a, const TermCounts& b) {
  double dot = 0, na = 0, nb = 0;
  for (const auto& [t, v] : a) {
    na += v * v;
    if (auto it = b.find(t); it != b.end()) dot += v * it->second;
  }
  for (const auto& [t, v] : b) nb += v * v;
  if (na == 0 || nb == 0) return 0;
  return dot / std::sqrt(na * nb);
}

// The terms of each line, analyzed once however many candidate splits read it.
// A line's terms do not depend on its neighbours (no token crosses a line
// break), so the terms of lines [begin, end) joined are their terms in order,
// and counting them in that order builds the very map term_counts() builds
// from the joined text.
class LineTerms {
 public:
  LineTerms(const std::vector<BodyLine>& lines, const std::string& lang)
      : lines_(lines), analyzer_(analyzer_for(lang)), terms_(lines.size()), done_(lines.size()) {}

  TermCounts counts(size_t begin, size_t end) {
    TermCounts counts;
    for (size_t i = begin; i < end; ++i) {
      if (!done_[i]) {
        terms_[i] = analyzer_.terms(lines_[i].text);
        done_[i] = true;
      }
      for (const auto& term : terms_[i]) counts[term] += 1;
    }
    return counts;
  }

 private:
  const std::vector<BodyLine>& lines_;
  text::Analyzer& analyzer_;
  std::vector<std::vector<std::string>> terms_;
  std::vector<bool> done_;
};

}  // namespace

double content_similarity(std::string_view a, std::string_view b, const std::string& lang) {
  return cosine(term_counts(a, lang), term_counts(b, lang));
}

std::vector<size_t> find_article_starts(const std::vector<BodyLine>& lines, const std::string& lang,
                                        const SegmenterOptions& options) {
  std::vector<size_t> starts;
  LineTerms line_terms(lines, lang);
  size_t segment_begin = 0;
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    const auto& line = lines[i];
    if (line.words < options.min_title_words || line.words > options.max_title_words ||
        line.ends_sentence)
      continue;
    size_t before = 0, after = 0;
    for (size_t k = segment_begin; k < i; ++k) before += lines[k].words;
    // The side after ends at the next headline-sized line, if any.
    size_t end = i + 1;
    while (end < lines.size() &&
           !(lines[end].words >= options.min_title_words &&
             lines[end].words <= options.max_title_words && !lines[end].ends_sentence))
      ++end;
    for (size_t k = i + 1; k < end; ++k) after += lines[k].words;
    if (before < options.min_side_words || after < options.min_side_words) continue;
    const double similarity =
        cosine(line_terms.counts(segment_begin, i), line_terms.counts(i, end));
    if (similarity <= options.max_similarity) {
      starts.push_back(i);
      segment_begin = i;
    }
  }
  return starts;
}

}  // namespace marsad
