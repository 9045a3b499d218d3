// The extractive summary of an event: a few of its sentences, from
// different sources, that together say what happened without repeating.
//
//   std::vector<size_t> picked = select_summary(event_text);  // indexes into event_text.sentences()
//
// Candidates: sentences of the card's language that summary_candidate accepts.
// Each is scored
//   score = cosine(sentence, event centroid) × (0.5 + 0.5 / (1 + 0.5 × position))
// (position 0 is the article's lead: news is written lead first). Then, as in
// maximal marginal relevance (Carbonell & Goldstein 1998), sentences are taken
// one by one, the next maximizing
//   lambda × score' − (1 − lambda) × max cosine with the sentences taken
// (score' is score, times later_lead_factor for a lead after the first pick),
// skipping any whose cosine with a taken sentence exceeds max_similarity (the
// same fact reworded) and any from a source or a dup_group already used.
// Only when fewer than min_sentences were found that way may a source give a
// second sentence (an event reported by one outlet still gets a summary).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "describe/event_text.h"

namespace marsad {

struct SummaryOptions {
  size_t max_sentences = 3;
  size_t min_sentences = 2;
  size_t min_words = 6;
  size_t max_words = 70;
  double lambda = 0.7;
  double max_similarity = 0.4;
  // Every outlet's lead tells the core fact the first sentence already told,
  // in other words than term overlap can see; after the first sentence a lead
  // counts this much, so the others bring details from the bodies.
  double later_lead_factor = 0.6;
};

// Whether a sentence may stand in a summary: between min_words and max_words
// words, not a question, not ending in a colon (it introduces a quote or list
// the summary would cut off), not opening with a quotation mark (a voice, not
// the fact), no link, address or e-mail, no "read also"/"Lire aussi"/
// "Advertisement" kind of page furniture.
bool summary_candidate(std::string_view sentence, size_t words, const SummaryOptions& options = {});

// Indexes into text.sentences(), in the order taken (the most central first).
std::vector<size_t> select_summary(const EventText& text, const SummaryOptions& options = {});

// The same from the sentences of some articles only (from_article[i] for
// text.articles()[i]), scored against those articles' centroid: the summary
// of one happening of an event that mixes two (card_builder.h, "core").
std::vector<size_t> select_summary(const EventText& text, const std::vector<bool>& from_article,
                                   const SummaryOptions& options = {});

}  // namespace marsad
