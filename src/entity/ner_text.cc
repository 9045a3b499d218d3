#include "entity/ner_text.h"

#include <cstdint>

#include "text/normalize.h"

namespace marsad::ner {
namespace {

// Decodes the code point at s[i]; sets *len to its byte length. Invalid bytes
// decode as themselves with length 1 and code point 0xFFFFFFFF.
uint32_t decode_at(std::string_view s, size_t i, size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  int n = 0;
  uint32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    cp = b0 & 0x07;
  } else {
    *len = 1;
    return 0xFFFFFFFF;
  }
  if (i + n > s.size()) {
    *len = 1;
    return 0xFFFFFFFF;
  }
  for (int k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFFFFFF;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *len = n;
  return cp;
}

// Normalized Arabic letters are two bytes each in UTF-8.
constexpr std::string_view kWaw = "\xD9\x88";     // و
constexpr std::string_view kFa = "\xD9\x81";      // ف
constexpr std::string_view kBa = "\xD8\xA8";      // ب
constexpr std::string_view kKaf = "\xD9\x83";     // ك
constexpr std::string_view kLam = "\xD9\x84";     // ل
constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool is_space(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x200B || cp == 0x200E || cp == 0x200F || cp == 0xFEFF ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x3000;
}

// ANERcorp splits off only punctuation; a fixed table of the marks found in
// Arabic news keeps the tagger free of a Unicode library dependency.
bool is_punctuation(uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= '!' && cp <= '/') || (cp >= ':' && cp <= '@') || (cp >= '[' && cp <= '`') ||
           (cp >= '{' && cp <= '~');
  }
  switch (cp) {
    case 0x060C:  // ،
    case 0x061B:  // ؛
    case 0x061F:  // ؟
    case 0x066A:  // ٪
    case 0x066B:
    case 0x066C:
    case 0x06D4:  // ۔
    case 0x00AB:  // «
    case 0x00BB:  // »
    case 0x00B7:
    case 0x00BF:
    case 0x00A1:
      return true;
    default:
      return (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) ||
             (cp >= 0xFD3E && cp <= 0xFD3F);
  }
}

bool is_ascii_digit_at(std::string_view s, size_t i) {
  return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

}  // namespace

std::string normalize_arabic_word(std::string_view word) { return text::normalize_for_matching(word); }

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) {
    size_t len = 0;
    decode_at(s, i, &len);
    i += len;
  }
  return n;
}

std::string strip_article_clitics(std::string_view normalized) {
  auto letters = [](std::string_view s) { return count_code_points(s); };
  for (size_t conj : {size_t{0}, size_t{2}}) {
    if (conj && !starts_with(normalized, kWaw) && !starts_with(normalized, kFa)) continue;
    std::string_view rest = normalized.substr(conj);
    for (std::string_view prep : {std::string_view(), kBa, kKaf, kLam}) {
      if (!starts_with(rest, prep)) continue;
      std::string_view after_prep = rest.substr(prep.size());
      if (starts_with(after_prep, kArticle) && letters(after_prep.substr(kArticle.size())) >= 2) {
        return std::string(after_prep.substr(kArticle.size()));
      }
    }
    // ل + ال is written لل.
    if (starts_with(rest, kLam) && starts_with(rest.substr(kLam.size()), kLam) &&
        letters(rest.substr(2 * kLam.size())) >= 2) {
      return std::string(rest.substr(2 * kLam.size()));
    }
  }
  return std::string(normalized);
}

std::string strip_all_proclitics(std::string_view normalized) {
  std::string article_stripped = strip_article_clitics(normalized);
  if (article_stripped.size() != normalized.size()) return article_stripped;
  // One letter only: stripping و then ل would turn "ولبنان" into "بنان".
  const bool proclitic = starts_with(normalized, kWaw) || starts_with(normalized, kFa) ||
                         starts_with(normalized, kBa) || starts_with(normalized, kKaf) ||
                         starts_with(normalized, kLam);
  if (proclitic && count_code_points(normalized) >= 4) return std::string(normalized.substr(2));
  return std::string(normalized);
}

std::vector<NerToken> tokenize_for_ner(std::string_view text) {
  std::vector<NerToken> tokens;
  size_t start = std::string_view::npos;
  auto flush = [&](size_t end) {
    if (start != std::string_view::npos && end > start) {
      tokens.push_back(NerToken{text.substr(start, end - start), start, end});
    }
    start = std::string_view::npos;
  };
  for (size_t i = 0; i < text.size();) {
    size_t len = 0;
    const uint32_t cp = decode_at(text, i, &len);
    if (is_space(cp)) {
      flush(i);
    } else if (is_punctuation(cp)) {
      const bool in_number = (cp == '.' || cp == ',') && i > 0 && is_ascii_digit_at(text, i - 1) &&
                             is_ascii_digit_at(text, i + 1) && start != std::string_view::npos;
      if (!in_number) {
        flush(i);
        tokens.push_back(NerToken{text.substr(i, len), i, i + len});
      }
    } else if (start == std::string_view::npos) {
      start = i;
    }
    i += len;
  }
  flush(text.size());
  return tokens;
}

bool is_sentence_end_token(std::string_view token) {
  return token == "." || token == "!" || token == "?" || token == "\xD8\x9F" /* ؟ */ ||
         token == "\xE2\x80\xA6" /* … */;
}

}  // namespace marsad::ner
