// A news outlet named in the text: "قال مصدر لـ«الشرق الأوسط»" (told Asharq Al-Awsat),
// "نقلت صحيفة الرياض" (the Al Riyadh daily). Many outlets are named after a place or a
// region; so named, they are the source of a quote, not a place of the news.
//
//   if (names_an_outlet(text, span)) drop(span);   // span.begin/end are offsets into text
//
// A span names an outlet when the word before it, past any opening quote, is a word for a
// newspaper, channel, agency or site (صحيفة، جريدة، قناة، وكالة، موقع، with ل or ب before
// them), or when it is quoted right after the preposition لـ ("لـ«الشرق الأوسط»",
// 'لـ"الوطن"'): a quoted name that is told something. A place quoted for emphasis ("تحرر
// «العند»") or named after لـ without quotes ("للرياض") is a place. The flow asks this of
// places only: other names quoted after لـ are told about, not told ("التابع لـ«داعش»").
#pragma once

#include <string_view>

#include "entity/ner_tagger.h"

namespace marsad::entity {

bool names_an_outlet(std::string_view text, const EntitySpan& span);

}  // namespace marsad::entity
