// One event's articles analyzed for the card: term vectors of titles,
// articles and sentences under one vocabulary, and the event's centroid.
// The headline (headline.h), the summary (summary.h) and the keywords
// (card_builder.h) are chosen from it.
//
//   EventText text(articles, "ar", extractor, statistics);
//   text.centroid();                 // L2 norm 1
//   cosine(text.sentences()[0].vector, text.centroid());
//
// Term weight in every vector: (1 + ln tf) × idf, tf counting a title's
// terms `title_weight` times in an article's vector; vectors scaled to norm 1.
// Copies of one text (one dup_group) share one vote: the centroid is the sum
// of the article vectors each weighted 1 / (articles of its group).
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "cluster/sparse_vector.h"
#include "describe/card_text.h"
#include "describe/story_card.h"
#include "describe/term_statistics.h"

namespace marsad {

struct EventTextOptions {
  double title_weight = 2.0;
};

// A sentence of an article of the event, where it stands and what it says.
struct EventSentence {
  std::string text;       // as shown: strip_sentence_marks applied
  size_t article = 0;     // index into EventText::articles()
  size_t position = 0;    // 0 for the article's first sentence (lead), counting across paragraphs
  size_t words = 0;
  SparseVector vector;    // norm 1
};

struct EventTextArticle {
  const CardArticle* article = nullptr;
  SparseVector title;   // title terms, norm 1 (empty if no title)
  SparseVector whole;   // title and body, norm 1
  size_t title_words = 0;
  double weight = 1;    // 1 / articles of its dup group in this event
  size_t group = 0;     // dense id of its dup group within the event
  std::unordered_map<uint32_t, double> term_counts;  // body and title term counts (title × title_weight)
};

class EventText {
 public:
  // Analyzes the articles (pointers must outlive this object). `lang` is the
  // card's language: only articles in it give sentences (summary material).
  EventText(const std::vector<const CardArticle*>& articles, const std::string& lang, TermExtractor& extractor,
            const TermStatistics& statistics, EventTextOptions options = {});

  const std::vector<EventTextArticle>& articles() const { return articles_; }
  const std::vector<EventSentence>& sentences() const { return sentences_; }
  const SparseVector& centroid() const { return centroid_; }
  // The centroid of some of the articles (of_article[i] for articles()[i]),
  // weighed as centroid() is; L2 norm 1.
  SparseVector centroid_of(const std::vector<bool>& of_article) const;
  const std::string& lang() const { return lang_; }
  // The term of an id of this event's vocabulary.
  const std::string& term(uint32_t id) const { return terms_[id]; }
  double idf(uint32_t id) const { return idfs_[id]; }

 private:
  // The event's id of an extractor's term.
  uint32_t intern(const TermExtractor& extractor, uint32_t term);
  SparseVector weigh(const std::unordered_map<uint32_t, double>& counts) const;
  SparseVector vector_of(const TermExtractor& extractor, const std::vector<uint32_t>& terms);

  const TermStatistics& statistics_;
  std::string lang_;
  std::unordered_map<uint32_t, uint32_t> ids_;  // extractor's term id → this event's
  std::vector<std::string> terms_;
  std::vector<double> idfs_;
  std::vector<EventTextArticle> articles_;
  std::vector<EventSentence> sentences_;
  SparseVector centroid_;
};

// Cosine of two norm-1 vectors (their dot product).
inline double cosine(const SparseVector& a, const SparseVector& b) { return dot(a, b); }

}  // namespace marsad
