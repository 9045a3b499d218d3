#include "entity/text_names.h"

#include <algorithm>

#include <utility>

#include "entity/arabic_orgs.h"
#include "entity/entity_resolver.h"
#include "entity/latin_names.h"
#include "entity/outlet_mentions.h"
#include "entity/place_gazetteer.h"
#include "entity/span_edges.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace marsad::entity {

namespace {

// The countries of the place spans (demonyms included) that end by `end`; sorted, distinct.
std::vector<std::string> countries_of(const std::vector<EntitySpan>& with_demonyms, size_t end) {
  const PlaceGazetteer& places = PlaceGazetteer::builtin();
  std::vector<std::string> countries;
  for (const EntitySpan& span : with_demonyms) {
    if (span.end > end) continue;
    const PlaceMatch m = places.lookup(span.text);
    if (m && m.place->kind == PlaceKind::kCountry) countries.push_back(m.place->key);
  }
  std::sort(countries.begin(), countries.end());
  countries.erase(std::unique(countries.begin(), countries.end()), countries.end());
  return countries;
}

}  // namespace

TextNames find_names(std::string_view text, const std::string& lang, const NerTagger* tagger, size_t title_end) {
  TextNames names;
  if (lang != "ar" || tagger == nullptr || !tagger->loaded()) {
    if (lang != "ar") names.spans = find_latin_names(text);
    names.title_countries = countries_named(text.substr(0, title_end));
    return names;
  }
  // The organization patterns and the gazetteer read the same matching form and words.
  const text::NormalizedText norm = text::normalize_for_matching_with_offsets(text);
  const std::vector<text::Token> tokens = text::tokenize_words(norm.text);
  // Both run names into the next phrase ("... ولي" of ولي العهد, "المنظمة التي"); a pattern's
  // name needs its head and one more word.
  std::vector<EntitySpan> tagged = tagger->tag(text);
  trim_span_edges(&tagged, 1);
  join_place_prefixes(text, &tagged);
  names_after_people(text, &tagged);
  std::vector<EntitySpan> organizations = find_arabic_organizations(text, norm, tokens);
  trim_span_edges(&organizations, 2);
  names.spans = add_missing_spans(std::move(tagged), organizations);
  const PlaceGazetteer& places = PlaceGazetteer::builtin();
  std::vector<EntitySpan> place_names, with_demonyms;
  places.find(text, norm, tokens, &place_names, &with_demonyms);
  names.spans = add_missing_spans(std::move(names.spans), place_names);
  places.read_place_lists(text, &names.spans);
  places.read_homonyms(text, with_demonyms, &names.spans);
  // An outlet named after a place (لـ«الشرق الأوسط», صحيفة الرياض) is a source, not a name of the news.
  // Only places: "التابع لـ«داعش»" (belonging to ISIS) is no outlet.
  std::erase_if(names.spans,
                [&](const EntitySpan& span) { return span.type == "LOC" && names_an_outlet(text, span); });
  for (const EntitySpan& span : with_demonyms) {
    const PlaceMatch m = places.lookup(span.text);
    if (m && m.demonym) names.demonym_places.push_back(m.place->key);
  }
  names.title_countries = countries_of(with_demonyms, title_end);
  return names;
}

std::vector<std::string> countries_named(std::string_view text) {
  std::vector<EntitySpan> names, with_demonyms;
  PlaceGazetteer::builtin().find(text, &names, &with_demonyms);
  return countries_of(with_demonyms, text.size());
}

}  // namespace marsad::entity
