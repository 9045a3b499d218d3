#include "describe/summary.h"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <string>

#include "text/normalize.h"

namespace marsad {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// `s` less the `marks` it ends with, any number of them in any order.
std::string_view without_trailing(std::string_view s, std::initializer_list<std::string_view> marks) {
  for (bool dropped = true; dropped;) {
    dropped = false;
    for (std::string_view mark : marks) {
      if (!s.empty() && s.ends_with(mark)) {
        s.remove_suffix(mark.size());
        dropped = true;
      }
    }
  }
  return s;
}

// Page furniture that can survive cleaning inside a paragraph (matching form).
constexpr std::string_view kFurniture[] = {
    "اقرا ايضا", "اقرا المزيد", "شاهد ايضا", "تابعونا",
    "lire aussi", "lire la suite", "abonnez", "read more", "read also", "advertisement",
    "subscribe", "click here", "cliquez ici", "thank you for reading",
};

}  // namespace

bool summary_candidate(std::string_view sentence, size_t words, const SummaryOptions& options) {
  if (words < options.min_words || words > options.max_words) return false;
  const std::string_view s = without_trailing(sentence, {" ", "\"", ")"});
  if (s.ends_with("?") || s.ends_with("؟")) return false;
  // A colon introduces the quote or list that follows, which the summary would cut off
  // ("... على النحو التالي:", "وقال في تصريح: «").
  const std::string_view before_quote = without_trailing(s, {" ", "«", "“", "„"});
  if (before_quote.ends_with(":") || before_quote.ends_with("：")) return false;
  for (std::string_view quote : {"\"", "«", "“", "„", "'"}) {
    if (starts_with(sentence, quote)) return false;
  }
  const std::string m = text::normalize_for_matching(sentence);
  if (m.find("http") != std::string::npos || m.find("www.") != std::string::npos ||
      m.find('@') != std::string::npos) {
    return false;
  }
  for (std::string_view f : kFurniture) {
    if (m.find(f) != std::string::npos) return false;
  }
  return true;
}

std::vector<size_t> select_summary(const EventText& text, const SummaryOptions& options) {
  return select_summary(text, std::vector<bool>(text.articles().size(), true), options);
}

std::vector<size_t> select_summary(const EventText& text, const std::vector<bool>& from_article,
                                   const SummaryOptions& options) {
  const auto& sentences = text.sentences();
  // The centroid of the articles given (the event's own when all are).
  const bool all = std::find(from_article.begin(), from_article.end(), false) == from_article.end();
  SparseVector subset;
  if (!all) subset = text.centroid_of(from_article);
  const SparseVector& focus = all ? text.centroid() : subset;
  std::vector<size_t> candidates;
  std::vector<double> score(sentences.size(), 0);
  for (size_t i = 0; i < sentences.size(); ++i) {
    const EventSentence& s = sentences[i];
    if (!from_article[s.article] || !summary_candidate(s.text, s.words, options)) continue;
    const double position = 0.5 + 0.5 / (1.0 + 0.5 * static_cast<double>(s.position));
    score[i] = cosine(s.vector, focus) * position;
    if (score[i] > 0) candidates.push_back(i);
  }

  std::vector<size_t> taken;
  std::set<std::string> sources_used;
  std::set<size_t> groups_used;
  for (int pass = 0; pass < 2; ++pass) {
    const bool diverse = pass == 0;
    if (!diverse && taken.size() >= options.min_sentences) break;
    while (taken.size() < options.max_sentences) {
      double best = -1e9;
      size_t best_i = sentences.size();
      for (size_t i : candidates) {
        if (std::find(taken.begin(), taken.end(), i) != taken.end()) continue;
        const EventTextArticle& a = text.articles()[sentences[i].article];
        if (diverse && (sources_used.count(a.article->source) || groups_used.count(a.group))) continue;
        double redundancy = 0;
        for (size_t t : taken) redundancy = std::max(redundancy, cosine(sentences[i].vector, sentences[t].vector));
        if (redundancy > options.max_similarity) continue;
        double relevance = score[i];
        if (!taken.empty() && sentences[i].position == 0) relevance *= options.later_lead_factor;
        const double mmr = options.lambda * relevance - (1.0 - options.lambda) * redundancy;
        if (mmr > best) {
          best = mmr;
          best_i = i;
        }
      }
      if (best_i == sentences.size()) break;
      taken.push_back(best_i);
      const EventTextArticle& a = text.articles()[sentences[best_i].article];
      sources_used.insert(a.article->source);
      groups_used.insert(a.group);
      if (!diverse && taken.size() >= options.min_sentences) break;
    }
  }
  return taken;
}

}  // namespace marsad
