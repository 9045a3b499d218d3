#include "describe/event_text.h"

#include <cmath>
#include <map>

namespace marsad {

uint32_t EventText::intern(const TermExtractor& extractor, uint32_t term) {
  auto [it, added] = ids_.emplace(term, static_cast<uint32_t>(terms_.size()));
  if (added) {
    terms_.push_back(extractor.term(term));
    idfs_.push_back(statistics_.idf(terms_.back()));
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

SparseVector EventText::vector_of(const TermExtractor& extractor, const std::vector<uint32_t>& terms) {
  std::unordered_map<uint32_t, double> counts;
  for (const uint32_t t : terms) counts[intern(extractor, t)] += 1;
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
    std::vector<uint32_t> terms;
    extractor.term_ids(a.title, a.lang, &terms);
    at.title = vector_of(extractor, terms);
    at.title_words = count_word_tokens(a.title);
    for (const uint32_t t : terms) at.term_counts[intern(extractor, t)] += options.title_weight;
    const bool sentences_wanted = a.lang == lang_;
    size_t position = 0;
    for (const std::string& paragraph : a.paragraphs) {
      if (!sentences_wanted) {
        terms.clear();
        extractor.term_ids(paragraph, a.lang, &terms);
        for (const uint32_t t : terms) at.term_counts[intern(extractor, t)] += 1;
        continue;
      }
      for (std::string_view sentence : split_sentences(paragraph, a.lang)) {
        EventSentence s;
        s.text = strip_sentence_marks(sentence);
        terms.clear();
        extractor.term_ids(s.text, a.lang, &terms);
        for (const uint32_t t : terms) at.term_counts[intern(extractor, t)] += 1;
        s.article = i;
        s.position = position++;
        s.words = count_word_tokens(s.text);
        s.vector = vector_of(extractor, terms);
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
