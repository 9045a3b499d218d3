#include "text/clitics.h"

#include <array>

namespace marsad::text {
namespace {

// Longest first, so that a clitic before the article goes with it.
constexpr std::array<std::string_view, 12> kArticlePrefixes = {
    "وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
};

// Words beginning with ال that are not article + noun, in matching form.
constexpr std::array<std::string_view, 22> kProtected = {
    "الذي",   "التي",  "الذين", "اللذان", "اللذين", "اللتان", "اللتين", "اللاتي",
    "اللواتي", "اللائي", "الا",   "الان",   "الله",   "اللهم",  "الي",    "اليه",
    "اليها",  "اليهم", "اليهما", "الينا",  "اليك",   "اليكم",
};

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool is_protected(std::string_view word) {
  for (std::string_view p : kProtected) {
    if (word == p) return true;
  }
  return false;
}

// True if ال + rest is a protected word (every protected word starts with ال).
bool is_protected_after_article(std::string_view rest) {
  for (std::string_view p : kProtected) {
    if (p.substr(std::string_view("ال").size()) == rest) return true;
  }
  return false;
}

// True if word may start with one of kArticlePrefixes: its first letter is
// one of ا و ف ب ك ل (UTF-8 D8 A7, D9 88, D9 81, D8 A8, D9 83, D9 84).
bool may_have_prefix(std::string_view word) {
  if (word.size() < 4) return false;
  const unsigned char lead = static_cast<unsigned char>(word[0]);
  const unsigned char next = static_cast<unsigned char>(word[1]);
  if (lead == 0xD8) return next == 0xA7 || next == 0xA8;
  if (lead == 0xD9) return next == 0x88 || next == 0x81 || next == 0x83 || next == 0x84;
  return false;
}

}  // namespace

std::string_view strip_arabic_proclitics(std::string_view word) {
  constexpr std::string_view kArticle = "ال";
  if (!may_have_prefix(word)) return word;
  for (std::string_view prefix : kArticlePrefixes) {
    if (word.size() <= prefix.size() || word.substr(0, prefix.size()) != prefix) continue;
    const std::string_view rest = word.substr(prefix.size());
    // The clitics before the article, and the word from the article on.
    const bool ends_with_article = prefix.ends_with(kArticle);
    if (ends_with_article) {
      const std::string_view from_article = word.substr(prefix.size() - kArticle.size());
      if (is_protected(from_article)) return from_article;
    } else if (is_protected_after_article(rest)) {
      return word;  // لله، للذين: ل + a protected word; keep the word whole
    }
    if (count_code_points(rest) < 2) continue;
    return rest;
  }
  return word;
}

}  // namespace marsad::text
