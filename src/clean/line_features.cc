#include "clean/line_features.h"

#include <array>
#include <cstdint>

#include "text/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace marsad {

namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' ||
         c == 0xA0 || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E ||
         c == 0x200F || c == 0xFEFF || c == 0x202A || c == 0x202B || c == 0x202C ||
         c == 0x202D || c == 0x202E || c == 0x2066 || c == 0x2067 || c == 0x2068 ||
         c == 0x2069 || (c >= 0x2000 && c <= 0x200A) || c == 0x3000;
}

bool is_closing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == 0xBB || c == 0x201D || c == 0x2019 ||
         c == ']' || c == 0x00AB;
}

bool is_sentence_end(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x2026 || c == 0x06D4;
}

// The last code point of s before byte `end`, and where it starts.
char32_t previous_code_point(std::string_view s, size_t& end) {
  size_t start = end;
  do {
    --start;
  } while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80);
  size_t i = start;
  const char32_t c = text::next_code_point(s, i);
  end = start;
  return c;
}

}  // namespace

std::string_view trim_line(std::string_view text) {
  size_t begin = 0;
  while (begin < text.size()) {
    size_t i = begin;
    if (!is_space(text::next_code_point(text, i))) break;
    begin = i;
  }
  size_t end = text.size();
  while (end > begin) {
    size_t i = end;
    if (!is_space(previous_code_point(text, i))) break;
    end = i;
  }
  return text.substr(begin, end - begin);
}

namespace {

// Bytes by their part in count_words: a separator, a letter or digit (any byte
// of a multi-byte sequence counts as a letter: punctuation there, « » ، …,
// alone on a token is rare enough not to matter for counting), other
// punctuation, or C2, which starts NBSP (C2 A0), a separator too. Digits and
// '@' are marked as well, for describe_line's one pass over the line.
enum WordByte : uint8_t { kOtherByte, kAlnumByte, kSpaceByte, kC2Byte };
constexpr uint8_t kKindMask = 3, kDigitBit = 4, kAtBit = 8;

constexpr std::array<uint8_t, 256> make_word_bytes() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') t[c] = kSpaceByte;
    else if (c == 0xC2) t[c] = kC2Byte;
    else if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
      t[c] = kAlnumByte;
    if (c >= '0' && c <= '9') t[c] |= kDigitBit;
    if (c == '@') t[c] |= kAtBit;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kWordBytes = make_word_bytes();

// The first position at or after `from` whose byte is not kAlnumByte alone: an ASCII byte
// other than a letter (digits carry kDigitBit), or C2. Sixteen bytes at a time: a word of
// Arabic is ten or so bytes of such letters.
size_t end_of_letter_run(std::string_view text, size_t from) {
  const size_t n = text.size();
  size_t i = from;
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // Signed compares: the bytes 0x80..0xFF are negative, so they are neither ASCII nor letters.
    const __m128i ascii = _mm_cmpgt_epi8(v, _mm_set1_epi8(-1));
    const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                         _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
    const __m128i stop = _mm_or_si128(_mm_andnot_si128(letter, ascii),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xC2))));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(stop));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  while (i < n && kWordBytes[static_cast<unsigned char>(text[i])] == kAlnumByte) ++i;
  return i;
}

struct ByteCounts {
  size_t words = 0;
  size_t long_numbers = 0;  // runs of 5+ ASCII digits
  bool has_email = false;   // an '@' between two non-spaces
};

// count_words and, if kDigitsAndAt, the digit runs and e-mail sign, in one pass.
template <bool kDigitsAndAt>
ByteCounts scan_bytes(std::string_view text) {
  ByteCounts out;
  bool in_token = false, token_has_alnum = false;
  size_t digits_run = 0;
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    const uint8_t bits = kWordBytes[static_cast<unsigned char>(text[i])];
    if (bits == kAlnumByte) {
      // A run of letter bytes, the bulk of any text: only the token's state changes.
      i = end_of_letter_run(text, i + 1) - 1;
      if constexpr (kDigitsAndAt) digits_run = 0;
      in_token = token_has_alnum = true;
      continue;
    }
    if constexpr (kDigitsAndAt) {
      if (bits & kDigitBit) {
        if (++digits_run == 5) ++out.long_numbers;
      } else {
        digits_run = 0;
        if ((bits & kAtBit) && i > 0 && i + 1 < n && text[i - 1] != ' ' && text[i + 1] != ' ')
          out.has_email = true;
      }
    }
    uint8_t kind = bits & kKindMask;
    if (kind == kC2Byte) {
      if (i + 1 < n && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
        ++i;  // NBSP separates words as a space does
        kind = kSpaceByte;
        if constexpr (kDigitsAndAt) digits_run = 0;
      } else {
        kind = kAlnumByte;
      }
    }
    if (kind == kSpaceByte) {
      out.words += in_token && token_has_alnum;
      in_token = token_has_alnum = false;
      continue;
    }
    in_token = true;
    token_has_alnum |= kind == kAlnumByte;
  }
  out.words += in_token && token_has_alnum;
  return out;
}

}  // namespace

size_t count_words(std::string_view text) { return scan_bytes<false>(text).words; }

size_t arabic_letters(const LineFeatures& f) {
  return f.latin_letters > 0 ? f.arabic_letters_if_latin : text::count_arabic_latin_letters(f.text).arabic;
}

LineFeatures describe_line(std::string_view line, size_t number, const LineLexicon& lexicon) {
  LineFeatures f;
  f.text = trim_line(line);
  f.number = number;
  const ByteCounts counts = scan_bytes<true>(f.text);
  f.words = counts.words;
  f.long_numbers = counts.long_numbers;
  f.has_email = counts.has_email;
  f.latin_letters = text::count_latin_letters(f.text);
  if (f.latin_letters > 0) f.arabic_letters_if_latin = text::count_arabic_latin_letters(f.text).arabic;

  size_t end = f.text.size();
  while (end > 0) {
    size_t at = end;
    const char32_t c = previous_code_point(f.text, at);
    if (is_closing(c)) {
      end = at;
      continue;
    }
    f.ends_sentence = is_sentence_end(c);
    break;
  }

  if (f.words > 0 && f.words <= kLexiconMaxWords) {
    f.matching = matching_words(f.text);
    if (!f.matching.empty()) {
      const double n = static_cast<double>(f.matching.size());
      const auto covered = lexicon.covered_by_kind(f.matching);
      const auto share = [&](LineLexicon::Kind kind) {
        return static_cast<double>(covered[static_cast<size_t>(kind)]) / n;
      };
      f.chrome = share(LineLexicon::Kind::kChrome);
      f.sign_off = share(LineLexicon::Kind::kSignOff);
      f.outlet = share(LineLexicon::Kind::kOutlet);
      f.contact = share(LineLexicon::Kind::kContact);
      if (const size_t lead = lexicon.leading(LineLexicon::Kind::kChrome, f.matching);
          lead > 0 && lead < f.matching.size()) {
        // The colon must come right after the phrase, before the linked headline.
        const size_t colon = f.text.find(':');
        f.link_to_elsewhere = colon != std::string_view::npos &&
                              count_words(f.text.substr(0, colon)) == lead && !f.ends_sentence;
      }
    }
  }
  return f;
}

}  // namespace marsad
