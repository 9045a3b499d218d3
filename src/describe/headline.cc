#include "describe/headline.h"

#include <algorithm>
#include <limits>
#include <string_view>
#include <vector>

#include "describe/happening_date.h"

namespace marsad {

bool published_before(const CardArticle& a, size_t a_index, const CardArticle& b, size_t b_index) {
  const int64_t ta = a.time > 0 ? a.time : std::numeric_limits<int64_t>::max();
  const int64_t tb = b.time > 0 ? b.time : std::numeric_limits<int64_t>::max();
  if (ta != tb) return ta < tb;
  return a_index < b_index;
}

std::optional<size_t> choose_headline(const EventText& text, const HeadlineOptions& options,
                                      std::optional<CivilDate> happened) {
  const auto& articles = text.articles();
  std::vector<size_t> candidates;
  for (size_t i = 0; i < articles.size(); ++i) {
    const CardArticle& a = *articles[i].article;
    if (!a.title.empty() && a.lang == text.lang()) candidates.push_back(i);
  }
  if (candidates.empty()) {
    for (size_t i = 0; i < articles.size(); ++i) {
      if (!articles[i].article->title.empty()) candidates.push_back(i);
    }
  }
  if (candidates.empty()) return std::nullopt;

  std::vector<double> scores(candidates.size(), 0);
  double best = -1;
  for (size_t c = 0; c < candidates.size(); ++c) {
    const EventTextArticle& me = articles[candidates[c]];
    double sum = 0, weights = 0;
    for (size_t other : candidates) {
      const EventTextArticle& them = articles[other];
      if (them.group == me.group) continue;
      sum += them.weight * cosine(me.title, them.title);
      weights += them.weight;
    }
    const double centre = cosine(me.title, text.centroid());
    double score = weights > 0 ? 0.5 * (sum / weights) + 0.5 * centre : centre;
    if (me.title_words < options.min_words || me.title_words > options.max_words) score *= options.length_penalty;
    const CardArticle& a = *me.article;
    if (happened && a.dated && a.time > 0 &&
        days_since_epoch(civil_day_of(a.time)) < days_since_epoch(*happened)) {
      score *= options.preview_penalty;
    }
    scores[c] = score;
    if (score > best) best = score;
  }
  std::optional<size_t> chosen;
  for (size_t c = 0; c < candidates.size(); ++c) {
    if (scores[c] < best * (1.0 - options.near_tie)) continue;
    const size_t i = candidates[c];
    if (!chosen || published_before(*articles[i].article, i, *articles[*chosen].article, *chosen)) chosen = i;
  }
  return chosen;
}

std::string opening_headline(const EventText& text, const HeadlineOptions& options) {
  const auto& articles = text.articles();
  const EventSentence* opening = nullptr;
  for (const EventSentence& s : text.sentences()) {
    if (s.position != 0) continue;
    if (opening == nullptr ||
        published_before(*articles[s.article].article, s.article, *articles[opening->article].article, opening->article)) {
      opening = &s;
    }
  }
  if (opening == nullptr) return "";
  std::string_view rest = opening->text;
  std::string out;
  for (size_t words = 0; words < options.max_words;) {
    const size_t start = rest.find_first_not_of(' ');
    if (start == std::string_view::npos) return out;
    rest.remove_prefix(start);
    const size_t end = std::min(rest.find(' '), rest.size());
    if (!out.empty()) out += ' ';
    out.append(rest.substr(0, end));
    rest.remove_prefix(end);
    ++words;
  }
  if (rest.find_first_not_of(' ') != std::string_view::npos) out += "…";
  return out;
}

}  // namespace marsad
