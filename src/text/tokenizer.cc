#include "text/tokenizer.h"

#include <array>
#include <cstdio>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "text/utf8.h"

namespace marsad::text {
namespace {

// One word break iterator per thread: creating one costs far more than a
// short text's tokenization, and an iterator cannot be shared across threads.
icu::BreakIterator* thread_word_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) {
      std::fprintf(stderr, "marsad: ICU word break rules are missing (%s)\n", u_errorName(status));
      it.reset();
    }
    return it;
  }();
  return iterator.get();
}

bool ascii_iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != b[i]) return false;
  }
  return true;
}

// A French elided word that an apostrophe glues to the next word.
bool is_elision(std::string_view prefix) {
  size_t i = 0;
  next_code_point(prefix, i);
  if (i == prefix.size()) return true;  // l' d' j' m' n' s' t' c'
  static constexpr std::array<std::string_view, 6> kElided = {"qu",     "jusqu",  "lorsqu",
                                                              "puisqu", "quoiqu", "presqu"};
  for (std::string_view e : kElided) {
    if (ascii_iequals(prefix, e)) return true;
  }
  return false;
}

// Adds the word [begin, end) of text, split after an elision if it has one.
void add_word(std::string_view text, size_t begin, size_t end, bool is_number,
              std::vector<Token>& out) {
  std::string_view word = text.substr(begin, end - begin);
  if (!is_number) {
    size_t apostrophe = word.find('\'');
    size_t apostrophe_len = 1;
    const size_t curly = word.find("\xE2\x80\x99");  // U+2019
    if (curly < apostrophe) {
      apostrophe = curly;
      apostrophe_len = 3;
    }
    if (apostrophe != std::string_view::npos && apostrophe > 0 &&
        apostrophe + apostrophe_len < word.size() && is_elision(word.substr(0, apostrophe))) {
      out.push_back(Token{word.substr(0, apostrophe), begin, begin + apostrophe, false});
      const size_t rest = begin + apostrophe + apostrophe_len;
      out.push_back(Token{text.substr(rest, end - rest), rest, end, false});
      return;
    }
  }
  out.push_back(Token{word, begin, end, is_number});
}

}  // namespace

std::vector<Token> tokenize_words(std::string_view text) {
  std::vector<Token> tokens;
  icu::BreakIterator* it = thread_word_iterator();
  if (it == nullptr || text.empty()) return tokens;

  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  // A UTF-8 UText makes the iterator's boundaries byte offsets into text.
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(&utext, status);
  if (U_FAILURE(status)) {
    utext_close(&utext);
    return tokens;
  }
  int32_t begin = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; begin = end, end = it->next()) {
    const int32_t rule_status = it->getRuleStatus();
    if (rule_status < UBRK_WORD_NONE_LIMIT) continue;  // spaces, punctuation, symbols, emoji
    add_word(text, static_cast<size_t>(begin), static_cast<size_t>(end),
             rule_status < UBRK_WORD_NUMBER_LIMIT, tokens);
  }
  // The iterator keeps a shallow clone pointing at text; it is not read again
  // before the next call gives it new text.
  utext_close(&utext);
  return tokens;
}

}  // namespace marsad::text
