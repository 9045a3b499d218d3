#include "clean/page_segmenter.h"

#include <cmath>
#include <cstdint>
#include <unordered_map>

#include "core/string_ids.h"
#include "text/analyzer.h"

namespace marsad {

namespace {

text::Analyzer& analyzer_for(const std::string& lang) {
  thread_local std::unordered_map<std::string, text::Analyzer> analyzers;
  auto it = analyzers.find(lang);
  if (it == analyzers.end()) it = analyzers.emplace(lang, text::Analyzer(lang)).first;
  return it->second;
}

// The cosine of two term-count vectors from their dot product and squared
// norms. Counts are whole numbers, so these sums are exact in any order of
// addition: the result does not depend on how the counts were stored.
double cosine(uint64_t dot, uint64_t norm2_a, uint64_t norm2_b) {
  if (norm2_a == 0 || norm2_b == 0) return 0;
  return static_cast<double>(dot) /
         std::sqrt(static_cast<double>(norm2_a) * static_cast<double>(norm2_b));
}

// Each line's terms as small ids (one id per distinct term of the page),
// analyzed once however many candidate splits read the line. A line's terms do
// not depend on its neighbours (no token crosses a line break), so the terms
// of lines [begin, end) are their lines' terms together.
class LineTerms {
 public:
  LineTerms(const std::vector<BodyLine>& lines, const std::string& lang)
      : lines_(lines), analyzer_(analyzer_for(lang)), ids_(lines.size()), done_(lines.size()) {}

  const std::vector<uint32_t>& ids(size_t line) {
    if (!done_[line]) {
      auto& ids = ids_[line];
      analyzer_.for_each_term(lines_[line].text,
                              [&](std::string_view term) { ids.push_back(term_ids_.add(term)); });
      done_[line] = true;
    }
    return ids_[line];
  }
  size_t distinct() const { return term_ids_.size(); }

 private:
  const std::vector<BodyLine>& lines_;
  text::Analyzer& analyzer_;
  StringIds term_ids_;  // the page's distinct terms, numbered as first seen
  std::vector<std::vector<uint32_t>> ids_;
  std::vector<bool> done_;
};

// Term counts of a run of lines that grows at its end, with its squared norm
// kept up to date: the text before a candidate title grows with the candidate.
class GrowingCounts {
 public:
  void add(const std::vector<uint32_t>& ids) {
    for (uint32_t id : ids) {
      if (id >= count_.size()) count_.resize(id + 1, 0);
      if (count_[id] == 0) present_.push_back(id);
      norm2_ += 2 * uint64_t{count_[id]} + 1;  // (c + 1)^2 - c^2
      ++count_[id];
    }
  }
  void clear() {
    for (uint32_t id : present_) count_[id] = 0;
    present_.clear();
    norm2_ = 0;
  }
  uint32_t count(uint32_t id) const { return id < count_.size() ? count_[id] : 0; }
  const std::vector<uint32_t>& present() const { return present_; }
  uint64_t norm2() const { return norm2_; }

 private:
  std::vector<uint32_t> count_;    // by term id
  std::vector<uint32_t> present_;  // ids with a count above 0
  uint64_t norm2_ = 0;
};

}  // namespace

double content_similarity(std::string_view a, std::string_view b, const std::string& lang) {
  std::unordered_map<std::string, uint64_t> counts_a, counts_b;
  for (auto& term : analyzer_for(lang).terms(a)) counts_a[term] += 1;
  for (auto& term : analyzer_for(lang).terms(b)) counts_b[term] += 1;
  uint64_t dot = 0, norm2_a = 0, norm2_b = 0;
  for (const auto& [t, v] : counts_a) {
    norm2_a += v * v;
    if (auto it = counts_b.find(t); it != counts_b.end()) dot += v * it->second;
  }
  for (const auto& [t, v] : counts_b) norm2_b += v * v;
  return cosine(dot, norm2_a, norm2_b);
}

std::vector<size_t> find_article_starts(const std::vector<BodyLine>& lines, const std::string& lang,
                                        const SegmenterOptions& options) {
  std::vector<size_t> starts;
  LineTerms line_terms(lines, lang);
  // The lines [counts_begin, counted_until) and [i, end).
  GrowingCounts before_counts, after_counts;
  size_t segment_begin = 0, counts_begin = 0, counted_until = 0;
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
    if (counts_begin != segment_begin) {
      before_counts.clear();
      counts_begin = counted_until = segment_begin;
    }
    for (; counted_until < i; ++counted_until) before_counts.add(line_terms.ids(counted_until));
    after_counts.clear();
    for (size_t k = i; k < end; ++k) after_counts.add(line_terms.ids(k));
    uint64_t dot = 0;
    for (uint32_t id : after_counts.present())
      dot += uint64_t{before_counts.count(id)} * after_counts.count(id);
    const double similarity = cosine(dot, before_counts.norm2(), after_counts.norm2());
    if (similarity <= options.max_similarity) {
      starts.push_back(i);
      segment_begin = i;
    }
  }
  return starts;
}

}  // namespace marsad
