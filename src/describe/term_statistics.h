// How specific a term is across a collection: the idf behind keywords and
// the term weights of headline and summary choice.
//
//   DocumentFrequencies df;
//   for (const auto& terms : every_article_terms) df.add_document(terms);
//   CardBuilder builder(options, &df);   // or pass the clusterer's own statistics
//
// TermStatistics is the interface a caller implements to share the numbers it
// already has (the clusterer's TermWeights); DocumentFrequencies is a plain
// count for callers that have none.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/stopwords.h"

namespace marsad {

class TermStatistics {
 public:
  virtual ~TermStatistics() = default;
  // Inverse document frequency of an analyzer term (text::Analyzer::terms).
  // Larger is more specific; a term never seen gets the largest value.
  // Must be positive.
  virtual double idf(std::string_view term) const = 0;
};

// Document frequencies counted over the documents added.
// idf(t) = ln((1 + N) / (1 + df(t))) + 1, the smoothed idf of the clusterer.
class DocumentFrequencies : public TermStatistics {
 public:
  // Counts one document: N grows by 1 and each distinct term's df by 1.
  void add_document(const std::vector<std::string>& terms);

  double idf(std::string_view term) const override;
  size_t documents() const { return documents_; }
  size_t document_frequency(std::string_view term) const;

 private:
  size_t documents_ = 0;
  std::unordered_map<std::string, size_t, text::StringViewHash, std::equal_to<>> df_;
};

}  // namespace marsad
