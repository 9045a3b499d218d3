// Builds the story cards of clustered articles.
//
//   CardBuilder builder;                          // idf from the articles added
//   for (CardArticle& a : articles) builder.add(std::move(a));
//   StoryCards cards = builder.build();           // an EventCard per event, a StorylineCard per storyline
//
//   CardBuilder shared(options, &clusterer_statistics);   // idf from the caller
//
// What an EventCard holds and how it is chosen:
//   lang      the language of most of its articles (ties: the earliest's);
//             the headline, summary and keywords are in it
//   headline  the most central title (headline.h)
//   summary   2–3 central, non-redundant sentences from different sources (summary.h),
//             of the headline's core (CardOptions::core_similarity) when the
//             event mixes happenings
//   keywords  the event's terms by tf × idf: tf summed over the card-language
//             articles as (1 + ln count) per article, copies of one text
//             counting once; numbers and one-letter terms left out; shown
//             in their most frequent spelling
//   entities  people, organizations, places by the number of articles naming
//             them (at least entity_min_articles when the event has 3 or more
//             articles: one mention is often a tagging slip), most frequent
//             spelling shown; a person's shortened name (بندر المهنا, or the
//             surname alone) counts for the one full name it shortens
//             (بندر بن عبدالرحمن المهنا), if only one; a person's or
//             organization's name without the proclitics the tagger leaves
//             on it (وحمد العبدان, بوزارة الصحة); religious formulas
//             the tagger takes for names (ولله الحمد) and "persons" that are
//             a title alone (السيناتور), and organizations that are a body
//             of any organization or a name cut to its generic words
//             (مجلس الإدارة، الهيئة العامة) left out
//   date      of the happening (happening_date.h), with its basis; of the
//             headline's core, as the summary
//   sources   who published first; which article copies which (from
//             reused_from, else: in a dup_group, the later ones copy the earliest)
//   timeline  every article by publication time
// A StorylineCard lists its events' headlines and dates in time order.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "describe/card_text.h"
#include "describe/event_text.h"
#include "describe/happening_date.h"
#include "describe/headline.h"
#include "describe/story_card.h"
#include "describe/summary.h"
#include "describe/term_statistics.h"

namespace marsad {

struct CardOptions {
  // The headline's core: the articles whose text has at least this cosine
  // with the headline article's. When the core is smaller than the event and
  // holds core_min_sources outlets and as many texts (copies of one text
  // count once), the summary and the date are taken from
  // it: in an event that mixes two happenings they tell the headline's.
  double core_similarity = 0.5;
  size_t core_min_sources = 2;
  EventTextOptions text;
  HeadlineOptions headline;
  SummaryOptions summary;
  HappeningDateOptions date;
  size_t keywords = 10;
  size_t entities_per_type = 5;
  size_t entity_min_articles = 2;
  // Threads build() describes events on; 0: one per core. The cards do not
  // depend on it.
  size_t threads = 0;
};

class CardBuilder {
 public:
  // statistics: where idf comes from; it must outlive the builder. Null:
  // document frequencies over every article added.
  explicit CardBuilder(CardOptions options = {}, const TermStatistics* statistics = nullptr);
  CardBuilder(const CardBuilder&) = delete;  // own_statistics_ refers to extractor_
  CardBuilder& operator=(const CardBuilder&) = delete;

  // Adds an article; its event and storyline fields say where it belongs.
  void add(CardArticle article);
  size_t size() const { return articles_.size(); }

  // The cards of every event and storyline of the articles added, each list
  // ordered by first publication. May be called again after more add()s.
  StoryCards build();

  // The storyline cards of event cards (grouped by their storyline field).
  static std::vector<StorylineCard> storylines_of(const std::vector<EventCard>& events);

 private:
  CardOptions options_;
  const TermStatistics* statistics_;
  // The card of one event from its articles (given in input order; their
  // event field is copied, not checked); text_terms analyzes their text.
  EventCard describe_event(const std::vector<const CardArticle*>& articles, TermExtractor& text_terms) const;

  // Every article's words, counted once when it is added: the spellings
  // keywords are shown in.
  TermExtractor extractor_;
  std::vector<CardArticle> articles_;
  // Document frequencies of extractor_'s terms over the articles added: the
  // idf when the caller gives none.
  class RunFrequencies : public TermStatistics {
   public:
    explicit RunFrequencies(const TermExtractor& terms) : terms_(terms) {}
    // Counts one document by its terms' ids (repeats allowed).
    void add_document(std::vector<uint32_t> ids);
    double idf(std::string_view term) const override;

   private:
    const TermExtractor& terms_;
    size_t documents_ = 0;
    std::vector<uint32_t> df_;  // by term id
  };
  RunFrequencies own_statistics_{extractor_};
  // How often each word starts a name ("PERS" or "ORG" + '\t' + the word)
  // in the articles added: a proclitic glued to a name is one where the word
  // without it starts names more often (وحمد → حمد, بوزارة → وزارة; not
  // وليد → ليد, بنك → نك).
  std::unordered_map<std::string, size_t> name_first_words_;
  // By name as written, how often the run's articles tag it PERS, ORG and
  // LOC: a name is listed under the type most of them give it (داعش is
  // tagged a person now and then).
  std::unordered_map<std::string, std::array<uint32_t, 3>> name_types_;
};

}  // namespace marsad
