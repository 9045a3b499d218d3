// Arabic proclitics: the conjunctions, prepositions and article written
// joined to the word they belong to (والمغرب = و + ال + مغرب "and Morocco").
//
// The Snowball Arabic stemmer removes one prefix layer at a time and never
// و/ف before ال, so "والمغرب" and "المغرب" would stem apart; this runs first.
//
//   std::string_view core = strip_arabic_proclitics(normalize_for_matching(word));
#pragma once

#include <string_view>

namespace marsad::text {

// The word without its leading proclitics. Input must be in matching form
// (normalize.h: alef forms already folded to ا). Returns a view into the input.
//
// What is stripped: the article ال and the clitics written before it,
//   ال، وال، فال، بال، كال، لل، ولل، فلل، وبال، فبال، وكال، فكال
// ("لل" is ل + ال with the alef dropped: للتعاون → تعاون).
// Only if at least 2 letters remain: "والد", "بالغ" stay whole.
// What is not: a single و ف ب ك ل with no ال after it. As many words start with
// those letters as part of their root (وزير، فرنسا، باريس، كتاب، لبنان) as with
// the clitic, and no lexicon is at hand to tell them apart; the stemmer strips
// them for stemmed terms, and ولد، بلد، كل stay as they are.
// Function words that begin with ال keep it (الذي، التي، الذين، الي "إلى",
// الان، الله ...): "والتي" → "التي", "بالله" → "الله". So "والي" reads as
// "وإلى" → "الي", the far more common word; the governor "والي" goes with it.
// Since أ is folded to ا, a word that begins with أل (ألمانيا) loses ال too;
// it does so everywhere, so matching is unaffected.
std::string_view strip_arabic_proclitics(std::string_view normalized_word);

}  // namespace marsad::text
