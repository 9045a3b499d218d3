// The analysis step of the flow: one article's terms and entities.
//
//   ArticleAnalysis analysis(&tagger);   // tagger may be null or not loaded: no Arabic entities
//   analysis.analyze(&article);          // fills title_terms, body_terms, entities, happening
//
// Entities: Arabic text is tagged by the NER model, completed by the
// organization patterns and the place gazetteer; other text by capitalized
// name spotting. Each article is one resolution scope (entity_resolver.h), so
// a surname alone after the full name gets the full name's key, and keys are
// spelling-independent across articles ("loc:FR" for فرنسا and France).
//
// One ArticleAnalysis per thread (it owns text::Analyzers, which are not
// thread-safe); the tagger is shared (a loaded NerTagger is immutable).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entity/ner_tagger.h"
#include "flow/flow_article.h"
#include "text/lead_date.h"
#include "text/analyzer.h"

namespace marsad {

struct AnalysisOptions {
  // Names are looked for in the title and the lead, up to this many bytes of
  // body: the protagonists of a report are named at its top, and tagging the
  // whole body would double the cost of the flow for names mentioned once.
  size_t entity_body_bytes = 1200;
  // The happening day is read from the title and this many paragraphs, as
  // the story card reads it (describe/happening_date.h).
  size_t happening_paragraphs = 2;
  // Unlike the card's date of a happening, plans count here: a preview that
  // names the day of a visit belongs with the reports of that day.
  LeadDayOptions happening_window{21, 14};
};

class ArticleAnalysis {
 public:
  explicit ArticleAnalysis(const NerTagger* tagger, AnalysisOptions options = {});

  void analyze(FlowArticle* article);

 private:
  text::Analyzer& analyzer_for(const std::string& lang);
  void find_entities(FlowArticle* article);
  void find_happening_day(FlowArticle* article) const;

  const NerTagger* tagger_;
  AnalysisOptions options_;
  std::map<std::string, std::unique_ptr<text::Analyzer>> analyzers_;
};

}  // namespace marsad
