#include "clean/line_lexicon.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <iostream>
#include <sstream>

#include <unicode/uchar.h>

#include "core/data_dir.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace marsad {

namespace {

// u_isalnum for the code points below U+0800 (Latin, Greek, Cyrillic, Arabic),
// looked up once: matching_words asks about every character of short lines.
struct AlnumTable {
  static constexpr char32_t kEnd = 0x0800;
  std::array<bool, kEnd> alnum{};
  AlnumTable() {
    for (char32_t c = 0; c < kEnd; ++c) alnum[c] = u_isalnum(static_cast<UChar32>(c));
  }
};

bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  static const AlnumTable table;
  if (c < AlnumTable::kEnd) return table.alnum[c];
  return u_isalnum(static_cast<UChar32>(c));
}

}  // namespace

std::vector<std::string> matching_words(std::string_view line) {
  const std::string norm = text::normalize_for_matching(line);
  std::vector<std::string> words;
  // The characters kept in a word are consecutive in `norm`: a word is the span
  // from its first character to the character that ends it, copied once.
  size_t word_start = 0;
  bool in_word = false;
  size_t i = 0;
  while (i < norm.size()) {
    const size_t start = i;
    const char32_t c = text::next_code_point(norm, i);
    // An apostrophe inside a Latin word stays (don't, s'abonner).
    const bool apostrophe = (c == '\'' || c == 0x2019) && in_word && i < norm.size();
    if (is_word_char(c) || apostrophe) {
      if (!in_word) word_start = start;
      in_word = true;
    } else if (in_word) {
      words.emplace_back(norm, word_start, start - word_start);
      in_word = false;
    }
  }
  if (in_word) words.emplace_back(norm, word_start, norm.size() - word_start);
  return words;
}

Status LineLexicon::parse(std::string_view text, std::string_view origin, LineLexicon* out) {
  *out = LineLexicon();
  int kind = -1;
  size_t line_number = 0;
  std::istringstream in{std::string(text)};
  std::string line;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    if (line[first] == '[') {
      const std::string section = line.substr(first);
      if (section == "[chrome]") kind = 0;
      else if (section == "[sign-off]") kind = 1;
      else if (section == "[outlet]") kind = 2;
      else if (section == "[contact]") kind = 3;
      else
        return Status::invalid_input(std::string(origin) + ":" + std::to_string(line_number),
                                     "unknown section " + section);
      continue;
    }
    if (kind < 0)
      return Status::invalid_input(std::string(origin) + ":" + std::to_string(line_number),
                                   "a phrase before any [section]");
    auto words = matching_words(line);
    if (words.empty()) continue;
    auto& bucket = out->phrases_[words.front()][static_cast<size_t>(kind)];
    bucket.push_back(std::move(words));
  }
  for (auto& [first, buckets] : out->phrases_)
    for (auto& bucket : buckets)
      std::sort(bucket.begin(), bucket.end(),
                [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return Status();
}

const LineLexicon& LineLexicon::shared() {
  static const LineLexicon lexicon = [] {
    LineLexicon loaded;
    const std::string path = data_path("clean/lexicon.txt");
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "marsad: " << path
                << ": cannot read the cleaner's lexicon; chrome is then found only by "
                   "recurrence (set MARSAD_DATA_DIR to marsad's data folder)\n";
      return loaded;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (Status s = parse(buffer.str(), path, &loaded); !s.ok()) {
      std::cerr << "marsad: " << s.to_string() << "\n";
    }
    return loaded;
  }();
  return lexicon;
}

namespace {

// The length of the longest of `phrases` (longest first) at words[i], or 0.
size_t phrase_at(const std::vector<std::vector<std::string>>& phrases,
                 const std::vector<std::string>& words, size_t i) {
  for (const auto& phrase : phrases) {
    if (phrase.size() > words.size() - i) continue;
    if (std::equal(phrase.begin(), phrase.end(), words.begin() + i)) return phrase.size();
  }
  return 0;
}

}  // namespace

size_t LineLexicon::leading(Kind kind, const std::vector<std::string>& words) const {
  if (words.empty()) return 0;
  auto it = phrases_.find(words.front());
  return it == phrases_.end() ? 0 : phrase_at(it->second[static_cast<size_t>(kind)], words, 0);
}

size_t LineLexicon::covered(Kind kind, const std::vector<std::string>& words) const {
  return covered_by_kind(words)[static_cast<size_t>(kind)];
}

std::array<size_t, LineLexicon::kKinds> LineLexicon::covered_by_kind(
    const std::vector<std::string>& words) const {
  std::array<size_t, kKinds> covered{};
  // Each word's phrases, looked up once for all kinds (nullptr: it starts none).
  std::vector<const std::array<Phrases, kKinds>*> starting(words.size(), nullptr);
  bool any = false;
  for (size_t i = 0; i < words.size(); ++i) {
    if (auto it = phrases_.find(words[i]); it != phrases_.end()) {
      starting[i] = &it->second;
      any = true;
    }
  }
  if (!any) return covered;
  for (size_t kind = 0; kind < kKinds; ++kind) {
    size_t i = 0;
    while (i < words.size()) {
      const size_t matched = starting[i] ? phrase_at((*starting[i])[kind], words, i) : 0;
      if (matched) {
        covered[kind] += matched;
        i += matched;
      } else {
        ++i;
      }
    }
  }
  return covered;
}

bool LineLexicon::contains_word(Kind kind, std::string_view word) const {
  auto it = phrases_.find(std::string(word));
  if (it == phrases_.end()) return false;
  const auto& phrases = it->second[static_cast<size_t>(kind)];
  return std::any_of(phrases.begin(), phrases.end(),
                     [](const auto& phrase) { return phrase.size() == 1; });
}

}  // namespace marsad
