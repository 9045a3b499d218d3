// Religious formulas that an Arabic tagger trained on ANERcorp marks as names:
// "الله" (MISC in 1 of 4 SaudiNewsNet articles), "ولله الحمد", "بإذن الله".
// They name no one a reader follows, so story cards leave them out. (As
// clustering features they stay: dropping them cost 0.4 points of dev-set
// event F1.)
//
//   if (entity::is_religious_formula(mention.text)) continue;
#pragma once

#include <string_view>

namespace marsad::entity {

// True if every word of `mention` (in matching form, any proclitic و ف ب ل on
// it) is one of الله، الحمد، تعالى، سبحانه، رضي، عنه، عنها، رحمه، حفظه، شاء، اذن،
// ان: the formula, not a name that holds الله (عبدالله، حزب الله، بيت الله).
bool is_religious_formula(std::string_view mention);

}  // namespace marsad::entity
