// The names of a text as the flow reads them: what `marsad cluster` clusters
// on and `marsad ner` prints.
//
//   TextNames names = find_names(text, "ar", &tagger);
//   for (const EntitySpan& s : names.spans) ...   // in text order
//   names.demonym_places;                          // {"loc:FR"} for "الوزير الفرنسي"
//
// Arabic text: the NER tagger's spans, completed by the organization patterns
// (arabic_orgs.h), both with the next phrase's words trimmed off their edges
// (span_edges.h), and by the place gazetteer (place_gazetteer.h), a longer name
// replacing the spans it covers (add_missing_spans), then lists of places
// read (الرياض وجدة: Jeddah). Without a loaded tagger, an Arabic text has no
// names: patterns and gazetteer alone would miss most people. Other text:
// capitalized-name spotting (latin_names.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "entity/ner_tagger.h"

namespace marsad::entity {

struct TextNames {
  std::vector<EntitySpan> spans;             // byte offsets into the text, in text order
  std::vector<std::string> demonym_places;   // place keys of the countries named by adjective (Arabic)
  // countries_named(text.substr(0, title_end)); for Arabic text with a
  // tagger, read from the same scan (the text: a title, a newline, more).
  std::vector<std::string> title_countries;
};

// lang: the text's ISO 639-1 code ("ar" takes the Arabic way); tagger may be null.
// title_end: the byte where the text's title ends (0: no title).
TextNames find_names(std::string_view text, const std::string& lang, const NerTagger* tagger,
                     size_t title_end = 0);

// The keys of the countries an Arabic text names, by name or adjective
// ("تعزيز التعاون الأمني المغربي-الفرنسي" → loc:FR, loc:MA); sorted, distinct.
// For short texts (titles): the place gazetteer alone, no tagger.
std::vector<std::string> countries_named(std::string_view text);

}  // namespace marsad::entity
