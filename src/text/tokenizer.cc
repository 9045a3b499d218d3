#include "text/tokenizer.h"

#include <array>
#include <cstdio>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
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

// Adds the word [begin, end) of text, split after an elision if it has one
// (only a word with a middle character, `joined`, can hold an apostrophe).
void add_word(std::string_view text, size_t begin, size_t end, bool is_number, bool joined,
              std::vector<Token>& out) {
  std::string_view word = text.substr(begin, end - begin);
  if (!is_number && joined) {
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


// Word break classes of the characters the fast path handles (UAX #29 as ICU
// applies it); kIcu marks a character whose rules need ICU (combining marks,
// format characters, Hebrew, "_", CJK, emoji joiners, ...).
enum WordClass : uint8_t { kIcu, kSeparator, kLetter, kNumber, kMidLetter, kMidNum, kMidNumLet };

struct WordClassTable {
  // ASCII .. Arabic and NKo, and general punctuation: nearly all the
  // characters of Arabic, Latin and Cyrillic news text in matching form.
  static constexpr char32_t kLowEnd = 0x0800;
  static constexpr char32_t kPunctBegin = 0x2000, kPunctEnd = 0x2070;
  std::array<uint8_t, kLowEnd> low{};
  std::array<uint8_t, kPunctEnd - kPunctBegin> punct{};

  WordClassTable() {
    for (char32_t c = 0; c < kLowEnd; ++c) low[c] = classify(c);
    for (char32_t c = kPunctBegin; c < kPunctEnd; ++c) punct[c - kPunctBegin] = classify(c);
  }

  static uint8_t classify(char32_t c) {
    // ICU's root rules take the colon out of MidLetter and count "@" as a
    // letter (so that e-mail addresses stay whole).
    if (c == ':') return kSeparator;
    if (c == '@') return kLetter;
    switch (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_WORD_BREAK)) {
      case U_WB_ALETTER: return kLetter;
      case U_WB_NUMERIC: return kNumber;
      case U_WB_MIDLETTER: return kMidLetter;
      case U_WB_MIDNUM: return kMidNum;
      case U_WB_MIDNUMLET: case U_WB_SINGLE_QUOTE: return kMidNumLet;
      // Double_Quote joins only Hebrew letters, which go to ICU.
      case U_WB_OTHER: case U_WB_CR: case U_WB_LF: case U_WB_NEWLINE: case U_WB_WSEGSPACE:
      case U_WB_DOUBLE_QUOTE:
        return kSeparator;
      default:
        return kIcu;
    }
  }

  uint8_t operator()(char32_t c) const {
    if (c < kLowEnd) return low[c];
    if (c >= kPunctBegin && c < kPunctEnd) return punct[c - kPunctBegin];
    return kIcu;
  }
};

const WordClassTable& word_classes() {
  static const WordClassTable table;
  return table;
}

// The code point at byte i of text and its length, for 1- to 3-byte UTF-8;
// 0 bytes for anything the table does not cover (4-byte, invalid).
inline char32_t decode_bmp(std::string_view text, size_t i, size_t& len) {
  const unsigned char b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    len = 1;
    return b;
  }
  if (b >= 0xC2 && b < 0xE0 && i + 1 < text.size()) {
    const unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
    if ((c1 & 0xC0) != 0x80) return len = 0;
    len = 2;
    return (char32_t{b & 0x1Fu} << 6) | (c1 & 0x3F);
  }
  if (b == 0xE2 && i + 2 < text.size()) {  // U+2000..U+2FFF only: general punctuation
    const unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
    const unsigned char c2 = static_cast<unsigned char>(text[i + 2]);
    if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80) return len = 0;
    len = 3;
    return 0x2000 | (char32_t{c1 & 0x3Fu} << 6) | (c2 & 0x3F);
  }
  return len = 0;
}

// Word tokens by UAX #29 for text made only of letters, digits, spaces and
// punctuation whose word break rules are the simple ones (WB5-WB12): ICU's
// rule engine costs several times more than this loop on such text, which is
// nearly all Arabic and Latin news. Returns false, with `out` unspecified, as
// soon as a character needs ICU (see WordClass).
bool tokenize_simple(std::string_view text, std::vector<Token>& out) {
  const WordClassTable& classes = word_classes();
  const size_t n = text.size();
  // The class and length of each character, decoded once.
  size_t i = 0;
  size_t len = 0;
  auto class_at = [&](size_t at, size_t& l) -> uint8_t {
    if (at >= n) {
      l = 0;
      return kSeparator;
    }
    const char32_t c = decode_bmp(text, at, l);
    return l == 0 ? uint8_t{kIcu} : classes(c);
  };
  uint8_t cls = class_at(0, len);
  while (i < n) {
    if (cls == kIcu) return false;
    if (cls != kLetter && cls != kNumber) {
      i += len;
      cls = class_at(i, len);
      continue;
    }
    // A word: letters and digits, joined across one middle character that has
    // the same kind (letter or number) on both sides (WB6/7, WB11/12).
    const size_t begin = i;
    uint8_t last = cls;
    bool joined = false;
    i += len;
    cls = class_at(i, len);
    for (;;) {
      if (cls == kLetter || cls == kNumber) {
        last = cls;
        i += len;
        cls = class_at(i, len);
        continue;
      }
      const bool mid_letter = last == kLetter && (cls == kMidLetter || cls == kMidNumLet);
      const bool mid_number = last == kNumber && (cls == kMidNum || cls == kMidNumLet);
      if (!mid_letter && !mid_number) break;
      size_t after_len;
      const uint8_t after = class_at(i + len, after_len);
      if (after != last) break;
      i += len + after_len;
      joined = true;
      cls = class_at(i, len);
    }
    if (cls == kIcu) return false;
    // ICU gives a word the status of the rule that ended it: a number if it ends in a digit.
    add_word(text, begin, i, last == kNumber, joined, out);
  }
  return true;
}

std::vector<Token> tokenize_with_icu(std::string_view text) {
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
             rule_status < UBRK_WORD_NUMBER_LIMIT, /*joined=*/true, tokens);
  }
  // The iterator keeps a shallow clone pointing at text; it is not read again
  // before the next call gives it new text.
  utext_close(&utext);
  return tokens;
}

}  // namespace

std::vector<Token> tokenize_words(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6);
  if (tokenize_simple(text, tokens)) return tokens;
  return tokenize_with_icu(text);
}

}  // namespace marsad::text
