#include "describe/card_text.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cctype>

#include "text/script.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace marsad {

text::Analyzer& TermExtractor::analyzer_for(const std::string& lang) {
  auto& slot = analyzers_[lang];
  if (!slot) slot = std::make_unique<text::Analyzer>(lang.empty() ? "un" : lang);
  return *slot;
}

const std::vector<std::string>& TermExtractor::terms_of_word(std::string_view word, const std::string& lang) {
  std::string key = lang;
  key += '\t';
  key.append(word);
  auto it = word_terms_.find(key);
  if (it == word_terms_.end()) {
    it = word_terms_.emplace(std::move(key), analyzer_for(lang).terms(word)).first;
  }
  return it->second;
}

std::vector<std::string> TermExtractor::terms(std::string_view text, const std::string& lang) {
  std::vector<std::string> out;
  for (const text::Token& token : text::tokenize_words(text)) {
    const std::vector<std::string>& word_terms = terms_of_word(token.text, lang);
    out.insert(out.end(), word_terms.begin(), word_terms.end());
    if (word_terms.size() == 1) ++spellings_[word_terms[0]][std::string(token.text)];
  }
  return out;
}

std::string TermExtractor::spelling(const std::string& term) const {
  auto it = spellings_.find(term);
  if (it == spellings_.end()) return term;
  const std::string* best = nullptr;
  size_t best_count = 0;
  for (const auto& [word, count] : it->second) {
    if (!best || count > best_count || (count == best_count && word.size() < best->size())) {
      best = &word;
      best_count = count;
    }
  }
  return *best;
}

namespace {

// One sentence iterator per thread and language: creating one loads ICU's rules.
icu::BreakIterator* sentence_iterator(const std::string& lang) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> iterators;
  auto& slot = iterators[lang];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    const std::string locale = (lang.empty() || lang == "un" ? std::string("en") : lang) + "@ss=standard";
    slot.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status));
    if (U_FAILURE(status)) slot.reset();
  }
  return slot.get();
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space_byte(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space_byte(s.back())) s.remove_suffix(1);
  return s;
}

bool has_digit(std::string_view s) {
  for (const text::Token& t : text::tokenize_words(s)) {
    if (t.is_number) return true;
  }
  return false;
}

// Whether a piece ends with one Arabic letter and a full stop after a space
// (or alone): an abbreviated title before a name, "د." for الدكتور.
bool ends_with_arabic_initial(std::string_view piece) {
  if (piece.empty() || piece.back() != '.') return false;
  piece.remove_suffix(1);
  const size_t space = piece.find_last_of(' ');
  const std::string_view last = space == std::string_view::npos ? piece : piece.substr(space + 1);
  size_t i = 0;
  if (last.empty() || !text::is_arabic_letter(text::next_code_point(last, i))) return false;
  return i == last.size();
}

}  // namespace

std::vector<std::string_view> split_sentences(std::string_view paragraph, const std::string& lang) {
  std::vector<std::string_view> out;
  icu::BreakIterator* it = sentence_iterator(lang);
  if (!it) {
    if (auto s = trim(paragraph); !s.empty()) out.push_back(s);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
  if (U_FAILURE(status)) {
    if (auto s = trim(paragraph); !s.empty()) out.push_back(s);
    return out;
  }
  it->setText(ut, status);
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    std::string_view piece = trim(paragraph.substr(start, end - start));
    if (piece.empty()) continue;
    // ICU knows no Arabic abbreviations: "د." (Dr.), "م." (Eng.), "أ." before a name end no sentence.
    if (!out.empty() && ends_with_arabic_initial(out.back())) {
      out.back() = std::string_view(out.back().data(), piece.data() + piece.size() - out.back().data());
      continue;
    }
    out.push_back(piece);
  }
  utext_close(ut);
  return out;
}

size_t count_word_tokens(std::string_view text) { return text::tokenize_words(text).size(); }

std::string strip_sentence_marks(std::string_view sentence) {
  std::string_view s = trim(sentence);
  // Leading dateline: text before a dash near the start that ends with an
  // agency mark "(...)" or is a few words holding a number (a date).
  static constexpr std::string_view kDashes[] = {" - ", " – ", " — "};
  size_t cut = std::string_view::npos, cut_len = 0;
  for (std::string_view dash : kDashes) {
    for (size_t at = s.find(dash); at != std::string_view::npos && at < 120; at = s.find(dash, at + 1)) {
      if (cut == std::string_view::npos || at > cut) {
        cut = at;
        cut_len = dash.size();
      }
    }
  }
  if (cut != std::string_view::npos) {
    std::string_view prefix = trim(s.substr(0, cut));
    const size_t words = count_word_tokens(prefix);
    const bool agency = !prefix.empty() && prefix.back() == ')';
    if (words > 0 && ((agency && words <= 10) || (words <= 6 && has_digit(prefix)))) {
      s = trim(s.substr(cut + cut_len));
    }
  }
  // Trailing agency mark: a short bracketed group without digits.
  if (!s.empty() && s.back() == ')') {
    const size_t open = s.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      std::string_view group = s.substr(open + 1, s.size() - open - 2);
      if (count_word_tokens(group) <= 3 && !has_digit(group) && s.size() - open < 40) s = trim(s.substr(0, open));
    }
  }
  return std::string(s);
}

}  // namespace marsad
