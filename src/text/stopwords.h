// Stopwords: the function words of a language, which say nothing about what
// an article is about (في، من، على; le, de, et; the, of, and).
//
//   if (!is_stopword("ar", word)) keep(word);   // word in matching form
//
// The lists are the files <data dir>/stopwords/<lang>.txt, one word a line,
// '#' starting a comment; the data dir is $MARSAD_DATA_DIR if set, else the
// source tree's data/. Every file there is read once, on first use, and each
// word is put in matching form (normalize.h), so a list may be written with
// hamzas and capitals. A language without a file has no stopwords; that is
// reported once on stderr.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace marsad::text {

// True if word (in matching form, as Analyzer produces it) is in lang's list.
// Thread-safe.
bool is_stopword(std::string_view lang, std::string_view matching_form_word);

// Transparent hash so a set can be searched with a string_view.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, StringViewHash, std::equal_to<>>;

// lang's stopword list, or nullptr if it has none (reported once on stderr).
// The set lives as long as the program. Thread-safe.
const WordSet* stopword_list(std::string_view lang);

// The directory the lists are read from.
std::string stopwords_dir();

}  // namespace marsad::text
