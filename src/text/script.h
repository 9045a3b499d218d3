// Which script a character belongs to, and a count of a text's characters by
// class.
//
// The clean stage calls profile_script on every line of every page to tell an
// Arabic paragraph from an English widget or a run of digits and symbols, so
// it is a table lookup for ASCII and the Arabic block and asks ICU only about
// other characters.
//
//   ScriptProfile p = profile_script(line);
//   if (p.letters() > 0 && p.arabic * 2 > p.letters()) { ...mostly Arabic... }
#pragma once

#include <cstddef>
#include <string_view>

namespace marsad::text {

// An Arabic-script letter: the Arabic, Arabic Supplement and Extended-A/B
// blocks and the presentation forms; hamza (ء) included. Not diacritics, not
// tatweel (ـ), not Arabic digits or punctuation.
bool is_arabic_letter(char32_t cp);

// Whether a UTF-8 text holds at least one Arabic-script letter.
bool has_arabic_letter(std::string_view utf8);

// A letter of the Latin script (ASCII, Latin-1, Latin Extended, IPA, ...).
bool is_latin_letter(char32_t cp);

// An Arabic combining mark: harakat and tanwin (U+064B..U+065F), superscript
// alef (U+0670), Quranic annotation marks. Tatweel is not a diacritic.
bool is_arabic_diacritic(char32_t cp);

// Counts of a text's code points by class. Combining marks (harakat, accents),
// tatweel, format characters (bidi marks, zero-width joiners) and control
// characters other than whitespace are in no class: they belong to the letter
// they decorate.
struct ScriptProfile {
  size_t arabic = 0;         // Arabic-script letters
  size_t latin = 0;          // Latin-script letters
  size_t other_letters = 0;  // letters of any other script
  size_t digits = 0;         // decimal digits of any script (0-9, ٠-٩, ۰-۹, ...)
  size_t punctuation = 0;    // Unicode P* categories, including ، ؛ ؟ « »
  size_t spaces = 0;         // whitespace, including NBSP and line breaks
  size_t symbols = 0;        // Unicode S* categories (+ = $ © emoji ...) and other numbers (½ ²)
  size_t letters() const { return arabic + latin + other_letters; }
};

// Counts the code points of text by class; invalid UTF-8 bytes count as
// symbols (they decode to U+FFFD).
ScriptProfile profile_script(std::string_view text);

// The Arabic-script and Latin-script letters of a text, as profile_script counts
// them, for callers that need no other class (the clean stage, on every line):
// about half the work per byte of Arabic text.
struct LetterCounts {
  size_t arabic = 0;
  size_t latin = 0;
};
LetterCounts count_arabic_latin_letters(std::string_view text);

// The Latin-script letters of a text, as profile_script counts them: a third of
// count_arabic_latin_letters' work on Arabic text, whose lines seldom hold one.
size_t count_latin_letters(std::string_view text);

// Whether count_latin_letters counts the code point cp (as next_code_point
// decodes it) as a Latin letter: for a scan that meets a text's characters one
// by one anyway and counts its Latin letters on the way (clean/line_features).
bool counts_as_latin_letter(char32_t cp);

}  // namespace marsad::text
