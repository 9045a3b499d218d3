// Names in Latin-script text (French, English, and the Latin words of Arabic
// pages), found by capitalization; the tagger is trained on Arabic only.
//
//   for (const EntitySpan& s : find_latin_names("Le ministre Bruno Retailleau est à Rabat."))
//     // {PERS "Bruno Retailleau"}, {LOC "Rabat"}
//
// A name is a run of capitalized words (or all-capital acronyms) separated
// only by spaces, hyphens or apostrophes, which may hold the particles
// de, du, la, al, el, bin, ibn ... between two capitalized words. Leading
// stopwords (Le, The, Selon), day and month names and one-letter words are
// trimmed off. A one-word run at the start of a sentence is kept only if the
// gazetteer knows it or the same word is capitalized elsewhere in the text
// mid-sentence. Types:
//   LOC   the place gazetteer knows the run (PlaceGazetteer::lookup);
//   ORG   a word of it is an organization word (Ministry, Banque, Agence,
//         Université ...), or it is one acronym (DGSI, UNESCO);
//   PERS  a title precedes it or opens it (M., Mme, President, ministre — the
//         title is left out of the span), or a reporting verb follows (said,
//         a déclaré); a run equal to a PERS name's last word is PERS too;
//   MISC  anything else.
// The cue words are <data dir>/entity/latin_cues.txt, read once. Thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "entity/ner_tagger.h"
#include "entity/place_gazetteer.h"

namespace marsad::entity {

// The capitalized names of `text` in text order, with byte offsets into it.
// Arabic and other non-Latin words end a run and are never part of one.
std::vector<EntitySpan> find_latin_names(std::string_view text,
                                         const PlaceGazetteer& places = PlaceGazetteer::builtin());

}  // namespace marsad::entity
