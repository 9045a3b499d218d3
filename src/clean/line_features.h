// What the cleaner knows about one line of a page: its size, script, how it
// ends, and how much of it is chrome, sign-off, outlet or contact vocabulary.
#pragma once

#include <cstddef>
#include <string_view>

#include "clean/line_lexicon.h"
#include "text/script.h"

namespace marsad {

struct LineFeatures {
  std::string_view text;  // the line, trimmed
  size_t number = 0;      // 1-based line number in the page
  size_t words = 0;       // whitespace-separated tokens holding a letter or digit
  size_t latin_letters = 0;  // Latin-script letters
  // Arabic-script letters, counted only for a line with a Latin letter (the mark of a
  // mixed line; Arabic pages seldom have one): arabic_letters() counts them for any line.
  size_t arabic_letters_if_latin = 0;
  bool ends_sentence = false;  // . ! ? ؟ … possibly followed by closing quotes
  bool has_email = false;
  size_t long_numbers = 0;  // runs of 5+ digits (phone numbers, SMS codes)
  // Share of the words covered by each kind of the lexicon (0 for long lines,
  // which are never chrome).
  double chrome = 0, sign_off = 0, outlet = 0, contact = 0;
  // A chrome phrase opening the line and followed by a colon: "Lire aussi : <a headline>".
  bool link_to_elsewhere = false;
  // Words in matching form, kept for short lines only.
  std::vector<std::string> matching;
};

// Lines with at most this many words are compared against the lexicon.
inline constexpr size_t kLexiconMaxWords = 25;

LineFeatures describe_line(std::string_view line, size_t number, const LineLexicon& lexicon);

// The Arabic-script letters of the line `f` describes.
size_t arabic_letters(const LineFeatures& f);

// Whitespace-separated tokens of `text` holding at least one letter or digit.
size_t count_words(std::string_view text);

// `text` without leading and trailing white space (ASCII, NBSP, zero-width, bidi marks).
std::string_view trim_line(std::string_view text);

}  // namespace marsad
