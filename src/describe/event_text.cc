#include "describe/event_text.h"

#include <cmath>
#include <map>

namespace marsad {

uint32_t EventText::intern(const std::string& term) {
  auto [it, added] = ids_.emplace(term, static_cast<uint32_t>(terms_.size()));
  if (added) {
    terms_.push_back(term);
    idfs_.push_back(statistics_.idf(term));
  }
  return it->second;
}

SparseVector EventText::weigh(const std::unordered_map<uint32_t, double>& counts) const {
  std::vector<TermWeight> entries;
  entries.reserve(counts.size());
  for (const auto& [id, tf] : counts) {
    if (tf <= 0) continue;
    entries.push_back({id, static_cast<float>((1.0 + std::log(tf)) * idfs_[id])});
  }
  SparseVector v = from_unsorted(std::move(entries));
  normalize(&v);
  return v;
}

SparseVector EventText::vector_of(const std::vector<std::string>& terms) {
  std::unordered_map<uint32_t, double> counts;
  for (const std::string& t : terms) counts[intern(t)] += 1;
  return weigh(counts);
}

EventText::EventText(const std::vector<const CardArticle*>& articles, const std::string& lang,
                     TermExtractor& extractor, const TermStatistics& statistics, EventTextOptions options)
    : statistics_(statistics), lang_(lang) {
  // Dense group ids; an article without dup_group is a group of its own.
  std::map<uint32_t, size_t> group_of_dup;
  std::vector<size_t> group_size;
  articles_.reserve(articles.size());
  for (const CardArticle* a : articles) {
    EventTextArticle at;
    at.article = a;
    if (a->dup_group) {
      auto [it, added] = group_of_dup.emplace(*a->dup_group, group_size.size());
      if (added) group_size.push_back(0);
      at.group = it->second;
    } else {
      at.group = group_size.size();
      group_size.push_back(0);
    }
    ++group_size[at.group];
    articles_.push_back(std::move(at));
  }

  for (size_t i = 0; i < articles_.size(); ++i) {
    EventTextArticle& at = articles_[i];
    const CardArticle& a = *at.article;
    at.weight = 1.0 / static_cast<double>(group_size[at.group]);
    const std::vector<std::string> title_terms = extractor.terms(a.title, a.lang);
    at.title = vector_of(title_terms);
    at.title_words = count_word_tokens(a.title);
    for (const std::string& t : title_terms) at.term_counts[intern(t)] += options.title_weight;
    const bool sentences_wanted = a.lang == lang_;
    size_t position = 0;
    for (const std::string& paragraph : a.paragraphs) {
      if (!sentences_wanted) {
        for (const std::string& t : extractor.terms(paragraph, a.lang)) at.term_counts[intern(t)] += 1;
        continue;
      }
      for (std::string_view sentence : split_sentences(paragraph, a.lang)) {
        EventSentence s;
        s.text = strip_sentence_marks(sentence);
        const std::vector<std::string> terms = extractor.terms(s.text, a.lang);
        for (const std::string& t : terms) at.term_counts[intern(t)] += 1;
        s.article = i;
        s.position = position++;
        s.words = count_word_tokens(s.text);
        s.vector = vector_of(terms);
        sentences_.push_back(std::move(s));
      }
    }
    at.whole = weigh(at.term_counts);
  }
  centroid_ = centroid_of(std::vector<bool>(articles_.size(), true));
}

SparseVector EventText::centroid_of(const std::vector<bool>& of_article) const {
  SparseVector centroid;
  for (size_t a = 0; a < articles_.size(); ++a) {
    if (of_article[a]) add_scaled(&centroid, articles_[a].whole, articles_[a].weight);
  }
  normalize(&centroid);
  return centroid;
}

}  // namespace marsad
