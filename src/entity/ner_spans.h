// BIO tags: the tagger's tag set, reading entity spans out of a tag sequence,
// and the CoNLL phrase scorer (exact span and type match).
//
//   std::vector<TagSpan> spans = spans_from_bio({"B-PERS", "I-PERS", "O"});
//   // -> {PERS, tokens [0, 2)}
//
//   PhraseScorer scorer;
//   scorer.add(gold_tags, predicted_tags);   // once per sentence
//   PhraseCounts all = scorer.overall();     // all.f1()
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::ner {

// The tags the tagger predicts, by index.
inline constexpr int kNerTagCount = 9;
inline constexpr std::array<std::string_view, kNerTagCount> kNerTags = {
    "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"};

// Index of a tag in kNerTags, or -1 if it is not one of them.
int ner_tag_index(std::string_view tag);

// Whether tag index `cur` may follow `prev` (a tag index, or a value outside
// [0, kNerTagCount) for the sentence start): I-X only after B-X or I-X.
bool ner_transition_allowed(int prev, int cur);

// An entity found in a tag sequence: its type ("PERS") and token range.
struct TagSpan {
  std::string type;
  size_t first = 0;  // first token
  size_t last = 0;   // one past the last token
  bool operator==(const TagSpan&) const = default;
};

// Reads spans the way CoNLL's conlleval does: B-X starts a span; I-X continues
// the span before it if that span is of type X, otherwise it starts one (an
// I- without a B- is an entity); O and anything else end a span.
std::vector<TagSpan> spans_from_bio(const std::vector<std::string>& tags);

// Counts of phrases for one type or overall.
struct PhraseCounts {
  size_t gold = 0;       // spans in the reference
  size_t predicted = 0;  // spans predicted
  size_t correct = 0;    // predicted spans with the same type and the same range as a gold one
  double precision() const { return predicted ? double(correct) / predicted : 0.0; }
  double recall() const { return gold ? double(correct) / gold : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

// Phrase-level precision/recall/F1 over a corpus, per type and overall.
class PhraseScorer {
 public:
  // Adds one sentence. `gold` and `predicted` must have the same length.
  void add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted);
  // Counts for one type (zero counts if the type never occurred).
  PhraseCounts for_type(const std::string& type) const;
  PhraseCounts overall() const { return overall_; }
  // Types seen in gold or predicted spans, sorted.
  std::vector<std::string> types() const;
  // A table: one line per type and one "overall", with P, R, F1 in percent
  // and the counts.
  std::string report() const;

 private:
  std::map<std::string, PhraseCounts> by_type_;
  PhraseCounts overall_;
};

}  // namespace marsad::ner
