#include "entity/ner_spans.h"

#include <array>
#include <cstdio>

namespace marsad::ner {

int ner_tag_index(std::string_view tag) {
  for (int k = 0; k < kNerTagCount; ++k) {
    if (kNerTags[k] == tag) return k;
  }
  return -1;
}

namespace {

bool transition_allowed_by_name(int prev, int cur) {
  const std::string_view c = kNerTags[cur];
  if (c[0] != 'I') return true;
  if (prev < 0 || prev >= kNerTagCount) return false;
  const std::string_view p = kNerTags[prev];
  return p.size() > 2 && p.substr(2) == c.substr(2);
}

}  // namespace

// A table, because Viterbi asks this tags² times per token.
bool ner_transition_allowed(int prev, int cur) {
  static const auto table = [] {
    std::array<std::array<bool, kNerTagCount + 1>, kNerTagCount> t{};
    for (int c = 0; c < kNerTagCount; ++c) {
      for (int p = -1; p < kNerTagCount; ++p) t[c][p + 1] = transition_allowed_by_name(p, c);
    }
    return t;
  }();
  if (prev < -1 || prev >= kNerTagCount) return transition_allowed_by_name(prev, cur);
  return table[cur][prev + 1];
}

std::vector<TagSpan> spans_from_bio(const std::vector<std::string>& tags) {
  std::vector<TagSpan> spans;
  bool open = false;
  for (size_t i = 0; i < tags.size(); ++i) {
    const std::string& tag = tags[i];
    const bool begins = tag.size() > 2 && tag[0] == 'B' && tag[1] == '-';
    const bool inside = tag.size() > 2 && tag[0] == 'I' && tag[1] == '-';
    if (inside && open && spans.back().type == std::string_view(tag).substr(2)) {
      spans.back().last = i + 1;
      continue;
    }
    open = false;
    if (begins || inside) {
      spans.push_back(TagSpan{tag.substr(2), i, i + 1});
      open = true;
    }
  }
  return spans;
}

void PhraseScorer::add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted) {
  const std::vector<TagSpan> g = spans_from_bio(gold);
  const std::vector<TagSpan> p = spans_from_bio(predicted);
  for (const TagSpan& s : g) {
    ++by_type_[s.type].gold;
    ++overall_.gold;
  }
  for (const TagSpan& s : p) {
    ++by_type_[s.type].predicted;
    ++overall_.predicted;
  }
  // Spans of one sequence are disjoint and sorted, so a merge finds the matches.
  size_t a = 0, b = 0;
  while (a < g.size() && b < p.size()) {
    if (g[a] == p[b]) {
      ++by_type_[g[a].type].correct;
      ++overall_.correct;
      ++a;
      ++b;
    } else if (g[a].first < p[b].first || (g[a].first == p[b].first && g[a].last < p[b].last)) {
      ++a;
    } else {
      ++b;
    }
  }
}

PhraseCounts PhraseScorer::for_type(const std::string& type) const {
  auto it = by_type_.find(type);
  return it == by_type_.end() ? PhraseCounts{} : it->second;
}

std::vector<std::string> PhraseScorer::types() const {
  std::vector<std::string> out;
  for (const auto& [type, counts] : by_type_) out.push_back(type);
  return out;
}

std::string PhraseScorer::report() const {
  std::string out = "type       precision  recall     F1     gold  predicted  correct\n";
  char line[160];
  auto row = [&](const std::string& name, const PhraseCounts& c) {
    std::snprintf(line, sizeof line, "%-9s  %8.2f  %7.2f  %6.2f  %6zu  %9zu  %7zu\n", name.c_str(),
                  100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.gold, c.predicted, c.correct);
    out += line;
  };
  for (const auto& [type, counts] : by_type_) row(type, counts);
  row("overall", overall_);
  return out;
}

}  // namespace marsad::ner
