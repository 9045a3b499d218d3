// The edges of a name found in Arabic text: the NER tagger and the organization patterns
// sometimes run a name into a word of the next phrase ("محمد بن سلمان ولي" from "... ولي
// العهد", "المنظمة التي", "الاتحاد في", "مجلس الوزراء الدكتور"). Those words are trimmed.
//
//   std::vector<EntitySpan> spans = tagger.tag(text);
//   trim_span_edges(&spans, 1);          // "مجلس الوزراء الدكتور" -> "مجلس الوزراء"
//
// Trimmed from either edge: prepositions, conjunctions standing alone, relative pronouns,
// particles and demonstratives (في، و، التي، قد، هذا). From the end, while two words stay:
// time words (اليوم، أمس: "وزارة الداخلية اليوم"; from a person's name while one stays), and
// from an organization's the participles that open a phrase about it (التابعة، المعترف، السابق).
// From the end of a person's or an organization's name only: the titles that open a person's
// name or office (ولي، الدكتور، اللواء، الأمير), also with و glued on (وولي: the next name
// begins), and the links of a name (بن، آل، أبو), which at the start are part of the name
// (الأمير محمد، أبو ظبي); places and other names end in titles (شرم الشيخ، جائزة الأمير).
// Titles that are also family names (الشيخ، المهندس، القاضي، السيد، العميد) are trimmed from an
// organization's name only (محمد السيد is a name). A title or link right after a link (آل الشيخ)
// is a name, and so is a title that is the whole span (العميد, a club's nickname).
// A span that is only a currency's name (ريال, which the tagger learned from ريال مدريد)
// names nothing and is left empty.
// Words are compared without diacritics and tatweel, with أ إ ٱ read as ا. The lists and why
// each word is on them (or left off) are in span_edges.cc.
#pragma once

#include <cstddef>
#include <vector>

#include "entity/ner_tagger.h"

namespace marsad::entity {

// Trims the edge words of `span` (begin, end and text move together) and returns how many
// words are left; with none left the span is empty.
size_t trim_span_edges(EntitySpan* span);

// Trims every span and drops those left with fewer than `min_words` words, keeping the order.
void trim_span_edges(std::vector<EntitySpan>* spans, size_t min_words);

// A person's name of three words or more without a noun of the next phrase at its end, what
// the person sends ("سلمان بن عبدالعزيز آل سعود برقية" → "سلمان بن عبدالعزيز آل سعود"), for
// showing it. Spans keep it: trimmed there, the cables of one day (to Tunisia, to the
// Maldives) shared one more entity key, and dev set C's events fell from 0.766 to 0.752.
std::string without_person_trailer(std::string_view name);

// A place or organization name that ends in the first word of a foreign place name (سان،
// سانت، سانتا، ساو، لوس، لاس: San, Saint, Santa, São, Los, Las) goes on over the next word of
// `text`, taking in a span that starts there: the tagger cuts "سان مورتيز" into a place سان
// and a person مورتيز, and "سانت لويس" to سانت. Spans are sorted by begin, as the tagger
// gives them; `text` is the text they were found in.
void join_place_prefixes(std::string_view text, std::vector<EntitySpan>* spans);

// A person's name that names a street, road, square or district ("شارع الأمير نايف بن
// عبدالعزيز", "بطريق الملك فهد", "حي عثمان بن عفان") or a venue (ملعب، استاد، مطار، ميناء) is a
// place, and one that names a university, hospital, college or centre ("بجامعة الملك سعود",
// "مستشفى الأمير محمد بن عبدالعزيز", مركز، معهد، مؤسسة، مجمع) an organization: the span takes in
// the word before it (and the titles between) and changes type. A span left inside it (the
// tagger's "جامعة الملك" before "سعود") goes. `text` is the text the spans were found in.
void names_after_people(std::string_view text, std::vector<EntitySpan>* spans);

}  // namespace marsad::entity
