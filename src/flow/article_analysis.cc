#include "flow/article_analysis.h"

#include <utility>

#include "describe/happening_date.h"
#include "entity/entity_resolver.h"
#include "entity/name_variants.h"
#include "entity/text_names.h"
#include "text/lead_date.h"

namespace marsad {

ArticleAnalysis::ArticleAnalysis(const NerTagger* tagger, AnalysisOptions options)
    : tagger_(tagger), options_(options) {}

text::Analyzer& ArticleAnalysis::analyzer_for(const std::string& lang) {
  auto it = analyzers_.find(lang);
  if (it == analyzers_.end()) {
    it = analyzers_.emplace(lang, std::make_unique<text::Analyzer>(lang.empty() ? "un" : lang)).first;
  }
  return *it->second;
}

void ArticleAnalysis::analyze(FlowArticle* article) {
  text::Analyzer& analyzer = analyzer_for(article->lang);
  article->title_terms = analyzer.terms(article->title);
  article->body_terms.clear();
  for (const std::string& paragraph : article->paragraphs) {
    std::vector<std::string> terms = analyzer.terms(paragraph);
    article->body_terms.insert(article->body_terms.end(), std::make_move_iterator(terms.begin()),
                               std::make_move_iterator(terms.end()));
  }
  find_entities(article);
  find_happening_day(article);
}

void ArticleAnalysis::find_happening_day(FlowArticle* article) const {
  std::string lead = article->title;
  for (size_t p = 0; p < article->paragraphs.size() && p < options_.happening_paragraphs; ++p) {
    lead += '\n';
    lead += article->paragraphs[p];
  }
  article->happening =
      lead_happening_day(lead, article->dated ? std::optional(civil_day_of(article->time)) : std::nullopt,
                         options_.happening_window);
}

void ArticleAnalysis::find_entities(FlowArticle* article) {
  article->entities.clear();
  std::string lead = article->title;
  for (const std::string& paragraph : article->paragraphs) {
    if (lead.size() >= options_.entity_body_bytes) break;
    lead += '\n';
    lead += paragraph;
  }
  entity::TextNames names = entity::find_names(lead, article->lang, tagger_, article->title.size());
  const std::vector<EntitySpan>& spans = names.spans;
  article->demonym_places = std::move(names.demonym_places);
  article->title_countries = std::move(names.title_countries);
  // One scope per article: a surname alone after the full name takes its key.
  entity::EntityResolver resolver;
  for (const EntitySpan& span : spans) resolver.add(span);
  // Mentions of one entity share its display name: its cross-script key is made once.
  std::vector<std::pair<std::string, std::string>> cross_keys;  // display → cross_script_key
  auto cross_key_of = [&](const std::string& display) -> const std::string& {
    for (const auto& [shown, key] : cross_keys)
      if (shown == display) return key;
    cross_keys.emplace_back(display, entity::cross_script_key(display));
    return cross_keys.back().second;
  };
  article->entities.reserve(resolver.mention_count());
  for (size_t i = 0; i < resolver.mention_count(); ++i) {
    entity::ResolvedMention m = resolver.mention(i);
    if (m.key.empty()) continue;
    std::string match_key = m.key.rfind("name:", 0) == 0 ? cross_key_of(m.display) : m.key;
    if (match_key.empty()) match_key = m.key;
    article->entities.push_back(FlowEntity{std::move(m.key), spans[i].text, std::move(m.type), std::move(match_key)});
  }
}

}  // namespace marsad
