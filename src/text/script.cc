#include "text/script.h"

#include <array>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/sse2_blocks.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

enum CharClass : uint8_t { kNone, kArabic, kLatin, kOtherLetter, kDigit, kPunct, kSpace, kSymbol };

constexpr std::array<uint8_t, 128> make_ascii_classes() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) t[c] = kLatin;
    else if (c >= '0' && c <= '9') t[c] = kDigit;
    else if (c == ' ' || (c >= '\t' && c <= '\r')) t[c] = kSpace;
    else if (c < 0x20 || c == 0x7F) t[c] = kNone;
    else if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' ||
             c == '|' || c == '~')
      t[c] = kSymbol;
    else t[c] = kPunct;
  }
  return t;
}
constexpr std::array<uint8_t, 128> kAsciiClasses = make_ascii_classes();

// The class of a code point in the Arabic block U+0600..U+06FF.
CharClass arabic_block_class(char32_t cp) {
  if (is_arabic_letter(cp)) return kArabic;
  if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9)) return kDigit;
  switch (cp) {
    case 0x0609: case 0x060A: case 0x060C: case 0x060D: case 0x061B: case 0x061D:
    case 0x061E: case 0x061F: case 0x066A: case 0x066B: case 0x066C: case 0x066D:
    case 0x06D4:
      return kPunct;
    case 0x0606: case 0x0607: case 0x0608: case 0x060B: case 0x060E: case 0x060F:
    case 0x06DE: case 0x06E9: case 0x06FD: case 0x06FE:
      return kSymbol;
    default:
      return kNone;  // marks, tatweel, format characters
  }
}

CharClass icu_class(char32_t cp) {
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
      if (is_latin_letter(cp)) return kLatin;
      if (is_arabic_letter(cp)) return kArabic;
      return kOtherLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return kDigit;
    case U_CONNECTOR_PUNCTUATION: case U_DASH_PUNCTUATION: case U_START_PUNCTUATION:
    case U_END_PUNCTUATION: case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      return kPunct;
    case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
      return kSpace;
    case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL:
    case U_OTHER_NUMBER: case U_LETTER_NUMBER:
      return kSymbol;
    case U_CONTROL_CHAR:
      return cp == 0x85 ? kSpace : kNone;
    default:
      return kNone;
  }
}

}  // namespace

bool is_arabic_letter(char32_t cp) {
  if (cp < 0x0620) return false;
  if (cp <= 0x06FF) {
    return (cp <= 0x063F) || (cp >= 0x0641 && cp <= 0x064A) || cp == 0x066E || cp == 0x066F ||
           (cp >= 0x0671 && cp <= 0x06D3) || cp == 0x06D5 || cp == 0x06EE || cp == 0x06EF ||
           (cp >= 0x06FA && cp <= 0x06FC) || cp == 0x06FF;
  }
  if (cp >= 0x0750 && cp <= 0x077F) return true;                          // Arabic Supplement
  if ((cp >= 0x0870 && cp <= 0x0887) || (cp >= 0x0889 && cp <= 0x088E)) return true;  // Extended-B
  if (cp >= 0x08A0 && cp <= 0x08C8) return true;                          // Extended-A letters
  if (cp >= 0xFB50 && cp <= 0xFDFF) {                                      // Presentation Forms-A
    return (cp <= 0xFBB1) || (cp >= 0xFBD3 && cp <= 0xFD3D) || (cp >= 0xFD50 && cp <= 0xFD8F) ||
           (cp >= 0xFD92 && cp <= 0xFDC7) || (cp >= 0xFDF0 && cp <= 0xFDFB);
  }
  if (cp >= 0xFE70 && cp <= 0xFEFC) return cp != 0xFE75;                  // Presentation Forms-B
  return false;
}

bool has_arabic_letter(std::string_view utf8) {
  size_t i = 0;
  while (i < utf8.size()) {
    if (is_arabic_letter(next_code_point(utf8, i))) return true;
  }
  return false;
}

bool is_latin_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return true;  // Latin Extended Additional (Vietnamese, ...)
  // No Latin letter from the spacing modifiers to the phonetic extensions (Greek,
  // Cyrillic, Hebrew, Arabic, Indic ...): spares ICU the bulk of Arabic text.
  if (cp >= 0x02E5 && cp < 0x1D00) return false;
  if (cp < 0xC0 && cp != 0xAA && cp != 0xBA) return false;
  if (!u_isalpha(static_cast<UChar32>(cp))) return false;
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(cp), &status) == USCRIPT_LATIN;
}

bool is_arabic_diacritic(char32_t cp) {
  return (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
         (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E4) || cp == 0x06E7 ||
         cp == 0x06E8 || (cp >= 0x06EA && cp <= 0x06ED) || (cp >= 0x0898 && cp <= 0x089F) ||
         (cp >= 0x08CA && cp <= 0x08E1) || (cp >= 0x08E3 && cp <= 0x08FF);
}

namespace {

// The class of every code point below U+0800 (ASCII, Latin, Greek, Cyrillic,
// Hebrew, Arabic), computed once by the rules above: one lookup per character
// on the clean stage's hot path.
struct LowClassTable {
  static constexpr char32_t kEnd = 0x0800;
  std::array<uint8_t, kEnd> classes{};
  LowClassTable() {
    for (char32_t cp = 0; cp < kEnd; ++cp) {
      if (cp < 0x80) classes[cp] = kAsciiClasses[cp];
      else if (cp >= 0x0600 && cp <= 0x06FF) classes[cp] = arabic_block_class(cp);
      else classes[cp] = icu_class(cp);
    }
  }
};

const LowClassTable& low_classes() {
  static const LowClassTable table;
  return table;
}

#if defined(__SSE2__)
using sse2::byte;
using sse2::mask;

// Sixteen bytes of the commonest Arabic text: spaces and the letters U+0620..U+063F
// (D8 A0..D8 BF) and U+0641..U+064A (D9 81..D9 8A).
struct PlainArabicBlock {
  unsigned bytes = 0;  // 16, 15 when the last byte opens a letter, 0 when the block is not plain
  unsigned letters = 0, spaces = 0;
};

// Bits set in a 16-bit mask. (__builtin_popcount is a library call unless the
// build targets a CPU with the popcnt instruction.)
unsigned bits_set(unsigned mask16) {
  unsigned x = mask16 - ((mask16 >> 1) & 0x5555u);
  x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
  x = (x + (x >> 4)) & 0x0F0Fu;
  return (x + (x >> 8)) & 0x1Fu;
}

// The block at p, which starts a character. Most blocks of an Arabic
// paragraph are plain; the others go through the per-character loop. The
// letter ranges are those that LowClassTable classes kArabic (tested).
PlainArabicBlock plain_arabic_block(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Signed compares: 0x80..0xFF are the negative bytes.
  const auto in_range = [&](int lo, int hi) {
    return mask(_mm_and_si128(_mm_cmpgt_epi8(v, byte(lo - 1)), _mm_cmplt_epi8(v, byte(hi + 1))));
  };
  const unsigned d8 = mask(_mm_cmpeq_epi8(v, byte(0xD8)));
  const unsigned d9 = mask(_mm_cmpeq_epi8(v, byte(0xD9)));
  const unsigned spaces = mask(_mm_cmpeq_epi8(v, byte(' ')));
  const unsigned leads = (d8 | d9) & 0x7FFFu;  // a lead in the last byte is left for the next block
  const unsigned trails = leads << 1;
  PlainArabicBlock block;
  if (((d8 & 0x7FFFu) << 1 & ~in_range(0xA0, 0xBF)) != 0) return block;
  if (((d9 & 0x7FFFu) << 1 & ~in_range(0x81, 0x8A)) != 0) return block;
  if ((d8 | d9 | trails | spaces) != 0xFFFFu) return block;
  block.bytes = (d8 | d9) & 0x8000u ? 15 : 16;
  block.letters = bits_set(leads);
  block.spaces = bits_set(spaces);
  return block;
}
#endif

#if defined(__SSE2__)
// Sixteen-byte blocks of ASCII and the two-byte characters of U+0600..U+067F
// (leads D8, D9) for count_arabic_latin_letters, in byte counters: the Arabic
// letters among them (U+0620..U+063F, U+0641..U+064A, U+066E, U+066F,
// U+0671..U+067F) and the ASCII letters. Other blocks go through the
// per-character loop.
class LetterBlocks {
 public:
  // The bytes of the block at p (a character start) that were counted: 16, or 15
  // when the last byte is a lead; 0 when the block holds anything else.
  unsigned count(const char* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i d8 = _mm_cmpeq_epi8(v, byte(0xD8)), d9 = _mm_cmpeq_epi8(v, byte(0xD9));
    const unsigned high = mask(v);
    const unsigned bit6 = mask(_mm_slli_epi16(v, 1));  // bit 6 of each byte, moved to bit 7
    const unsigned leads = mask(_mm_or_si128(d8, d9));
    // Every byte above 0x7F is a D8/D9 lead or a trail (10xxxxxx) right after one.
    if ((high & ~leads) != (high & ~bit6) || ((leads & 0x7FFFu) << 1) != (high & ~bit6)) return 0;
    const __m128i after_d8 = _mm_slli_si128(d8, 1), after_d9 = _mm_slli_si128(d9, 1);
    // Signed compares: the trails 0x80..0xBF are the bytes -128..-65.
    const __m128i d8_letter = _mm_and_si128(after_d8, _mm_cmpgt_epi8(v, byte(0x9F)));
    const __m128i d9_letter = _mm_and_si128(
        after_d9,
        _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(v, byte(0x80)), _mm_cmplt_epi8(v, byte(0x8B))),
                     _mm_andnot_si128(_mm_cmpeq_epi8(v, byte(0xB0)), _mm_cmpgt_epi8(v, byte(0xAD)))));
    const __m128i lower = _mm_or_si128(v, byte(0x20));
    const __m128i latin = _mm_and_si128(_mm_cmpgt_epi8(lower, byte('a' - 1)), _mm_cmplt_epi8(lower, byte('z' + 1)));
    arabic_lanes_.add(_mm_or_si128(d8_letter, d9_letter));
    latin_lanes_.add(latin);
    return (leads & 0x8000u) != 0 ? 15 : 16;
  }
  // Adds the block counts to the totals.
  void flush() {
    arabic += arabic_lanes_.take();
    latin += latin_lanes_.take();
  }
  size_t arabic = 0, latin = 0;

 private:
  sse2::LaneCounter arabic_lanes_, latin_lanes_;
};

// Sixteen-byte blocks of ASCII and of characters with the leads D8..DB (U+0600..
// U+06FF, no Latin letter among them) for count_latin_letters: the ASCII letters
// counted in byte counters. Blocks with other lead bytes go through the
// per-character loop.
class LatinBlocks {
 public:
  // The bytes of the block at p that were counted: 16, or 15 when the last byte
  // is a lead; 0 when the block holds another lead byte.
  unsigned count(const char* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Signed compares: the leads 0xC0..0xFF are -64..-1, and D8..DB are -40..-37.
    const unsigned leads = mask(_mm_cmpgt_epi8(v, byte(0xBF))) & mask(v);
    const unsigned arabic_leads =
        mask(_mm_and_si128(_mm_cmpgt_epi8(v, byte(0xD7)), _mm_cmplt_epi8(v, byte(0xDC))));
    if (leads != arabic_leads) return 0;
    const __m128i lower = _mm_or_si128(v, byte(0x20));
    latin_lanes_.add(_mm_and_si128(_mm_cmpgt_epi8(lower, byte('a' - 1)), _mm_cmplt_epi8(lower, byte('z' + 1))));
    return (leads & 0x8000u) != 0 ? 15 : 16;
  }
  // Adds the block counts to the total.
  void flush() { latin += latin_lanes_.take(); }
  size_t latin = 0;

 private:
  sse2::LaneCounter latin_lanes_;
};
#endif

}  // namespace

ScriptProfile profile_script(std::string_view text) {
  size_t counts[8] = {};
  const auto& low = low_classes().classes;
  size_t i = 0;
  const size_t n = text.size();
#if defined(__SSE2__)
  size_t bytewise_until = 0;  // after a block that is not plain, its bytes go one by one
#endif
  while (i < n) {
#if defined(__SSE2__)
    if (i >= bytewise_until && i + 16 <= n) {
      const PlainArabicBlock block = plain_arabic_block(text.data() + i);
      if (block.bytes > 0) {
        counts[kArabic] += block.letters;
        counts[kSpace] += block.spaces;
        i += block.bytes;
        continue;
      }
      bytewise_until = i + 16;
    }
#endif
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      ++counts[kAsciiClasses[b]];
      ++i;
      continue;
    }
    const char32_t cp = next_code_point(text, i);
    if (cp < LowClassTable::kEnd) {
      ++counts[low[cp]];
    } else if (cp == kReplacementChar) {
      ++counts[kSymbol];
    } else {
      ++counts[icu_class(cp)];
    }
  }
  ScriptProfile p;
  p.arabic = counts[kArabic];
  p.latin = counts[kLatin];
  p.other_letters = counts[kOtherLetter];
  p.digits = counts[kDigit];
  p.punctuation = counts[kPunct];
  p.spaces = counts[kSpace];
  p.symbols = counts[kSymbol];
  return p;
}

namespace {

// The loop both counters share: 16-byte blocks through `Blocks` while they
// are plain, the bytes of any other block one by one.
template <class Blocks, bool kArabicToo>
LetterCounts count_letters(std::string_view text) {
  LetterCounts counts;
  const auto& low = low_classes().classes;
  size_t i = 0;
  const size_t n = text.size();
#if defined(__SSE2__)
  Blocks blocks;
  size_t bytewise_until = 0;  // after a block that is not plain, its bytes go one by one
#endif
  while (i < n) {
#if defined(__SSE2__)
    if (i >= bytewise_until && i + 16 <= n) {
      if (const unsigned bytes = blocks.count(text.data() + i); bytes > 0) {
        i += bytes;
        continue;
      }
      bytewise_until = i + 16;
    }
#endif
    const unsigned char b = static_cast<unsigned char>(text[i]);
    uint8_t c;
    if (b < 0x80) {
      c = kAsciiClasses[b];
      ++i;
    } else {
      const char32_t cp = next_code_point(text, i);
      if (cp < LowClassTable::kEnd) c = low[cp];
      else if (cp == kReplacementChar) c = kSymbol;
      else c = icu_class(cp);
    }
    if constexpr (kArabicToo) counts.arabic += c == kArabic;
    counts.latin += c == kLatin;
  }
#if defined(__SSE2__)
  blocks.flush();
  if constexpr (kArabicToo) counts.arabic += blocks.arabic;
  counts.latin += blocks.latin;
#endif
  return counts;
}

#if defined(__SSE2__)
using ArabicLatinBlockCounter = LetterBlocks;
using LatinBlockCounter = LatinBlocks;
#else
struct NoBlockCounter {};  // every byte goes through the per-character loop
using ArabicLatinBlockCounter = NoBlockCounter;
using LatinBlockCounter = NoBlockCounter;
#endif

}  // namespace

LetterCounts count_arabic_latin_letters(std::string_view text) {
  return count_letters<ArabicLatinBlockCounter, true>(text);
}

bool counts_as_latin_letter(char32_t cp) {
  if (cp < LowClassTable::kEnd) return low_classes().classes[cp] == kLatin;
  return cp != kReplacementChar && icu_class(cp) == kLatin;
}

size_t count_latin_letters(std::string_view text) { return count_letters<LatinBlockCounter, false>(text).latin; }

}  // namespace marsad::text
