#include "clean/page_segmenter.h"

#include <cmath>
#include <cstdint>
#include <unordered_map>

#include "clean/word_hash.h"
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

// Small ids for the distinct terms of a page, in the order they are first
// seen: open addressing over the terms' bytes in one buffer, where a string and
// a hash-map node per term cost a third of the page's analysis.
class TermIds {
 public:
  TermIds() : slots_(64, 0), mask_(63) {}

  uint32_t id(std::string_view term) {
    const uint64_t hash = word_hash(term.data(), term.size(), term.data() + term.size());
    const uint32_t tag = static_cast<uint32_t>(hash >> 32) | 1;  // never 0, the empty slot
    size_t i = hash & mask_;
    for (;; i = (i + 1) & mask_) {
      const uint64_t slot = slots_[i];
      if (slot == 0) break;
      if (static_cast<uint32_t>(slot >> 32) != tag) continue;
      const uint32_t id = static_cast<uint32_t>(slot);
      if (term_of(id) == term) return id;
    }
    const uint32_t id = static_cast<uint32_t>(starts_.size());
    slots_[i] = (uint64_t{tag} << 32) | id;
    starts_.push_back(static_cast<uint32_t>(bytes_.size()));
    bytes_.append(term);
    hashes_.push_back(hash);
    if (2 * starts_.size() > slots_.size()) grow();
    return id;
  }
  size_t size() const { return starts_.size(); }

 private:
  std::string_view term_of(uint32_t id) const {
    const uint32_t end = id + 1 < starts_.size() ? starts_[id + 1] : static_cast<uint32_t>(bytes_.size());
    return std::string_view(bytes_).substr(starts_[id], end - starts_[id]);
  }
  void grow() {
    slots_.assign(2 * slots_.size(), 0);
    mask_ = slots_.size() - 1;
    for (uint32_t id = 0; id < starts_.size(); ++id) {
      const uint64_t hash = hashes_[id];
      size_t i = hash & mask_;
      while (slots_[i] != 0) i = (i + 1) & mask_;
      slots_[i] = (uint64_t{static_cast<uint32_t>(hash >> 32) | 1} << 32) | id;
    }
  }

  std::vector<uint64_t> slots_;  // tag << 32 | id; 0 is empty
  size_t mask_;
  std::string bytes_;             // the terms one after another
  std::vector<uint32_t> starts_;  // where each id's term starts in bytes_
  std::vector<uint64_t> hashes_;  // by id, for growing
};

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
                              [&](std::string_view term) { ids.push_back(term_ids_.id(term)); });
      done_[line] = true;
    }
    return ids_[line];
  }
  size_t distinct() const { return term_ids_.size(); }

 private:
  const std::vector<BodyLine>& lines_;
  text::Analyzer& analyzer_;
  TermIds term_ids_;
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
