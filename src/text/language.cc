#include "text/language.h"

#include <climits>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "text/sse2_blocks.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

// CLD2's codes that are not ISO 639-1.
std::string iso_code(CLD2::Language lang) {
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return "un";
  std::string code = CLD2::LanguageCode(lang);
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "zh-Hant") return "zh";
  if (code.empty() || code.rfind("xx", 0) == 0) return "un";  // script-only pseudo-languages
  return code;
}

}  // namespace

namespace {

// Text written only in the letters of the Arabic alphabet proper (U+0621..U+064A,
// with marks and digits) is Arabic: Persian, Urdu, Kurdish and Pashto each need
// letters beyond it (پ چ ژ گ ک ی ٹ ڈ ے ڕ ۆ ټ ...) in nearly every sentence. Saves
// CLD2's cost on the bulk of an Arabic corpus; anything else still goes to CLD2.
#if defined(__SSE2__)
using sse2::byte;
using sse2::mask;

// Counts, in byte counters, the letters of U+0621..U+064A and the ASCII letters
// of 16-byte blocks made only of ASCII and characters of U+0600..U+0670 (D8
// 80..BF, D9 80..B0: the letters, marks, digits and punctuation of the Arabic
// alphabet proper), nearly every block of an Arabic sample.
class PlainArabicBlocks {
 public:
  // The bytes of the block at p (a character start) that were counted: 16, or 15
  // when the last byte is a lead; 0 when the block holds anything else.
  size_t count(const char* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i d8 = _mm_cmpeq_epi8(v, byte(0xD8)), d9 = _mm_cmpeq_epi8(v, byte(0xD9));
    const __m128i after_d8 = _mm_slli_si128(d8, 1), after_d9 = _mm_slli_si128(d9, 1);
    const unsigned leads = mask(_mm_or_si128(d8, d9));
    const unsigned trails = mask(_mm_or_si128(_mm_and_si128(after_d8, in_range(v, 0x80, 0xBF)),
                                              _mm_and_si128(after_d9, in_range(v, 0x80, 0xB0))));
    // Every byte above 0x7F is such a lead or its trail; every lead but a last one has its trail.
    if ((mask(v) & ~(leads | trails)) != 0 || ((leads & 0x7FFFu) << 1) != trails) return 0;
    const __m128i letters = _mm_or_si128(_mm_and_si128(after_d8, in_range(v, 0xA1, 0xBF)),
                                         _mm_and_si128(after_d9, in_range(v, 0x80, 0x8A)));
    arabic_lanes_.add(letters);
    latin_lanes_.add(in_range(_mm_or_si128(v, byte(0x20)), 'a', 'z'));
    return (leads & 0x8000u) != 0 ? 15 : 16;
  }
  // Adds the counts to the totals.
  void flush() {
    arabic += arabic_lanes_.take();
    latin += latin_lanes_.take();
  }
  size_t arabic = 0, latin = 0;

 private:
  // Bytes in [lo, hi], both on the same side of 0x80, by signed compares (0x80..0xFF
  // are the negative bytes; from 0x80 up only the upper bound is needed).
  static __m128i in_range(__m128i x, int lo, int hi) {
    const __m128i below_end = _mm_cmplt_epi8(x, byte(hi + 1));
    return lo == 0x80 ? below_end : _mm_and_si128(_mm_cmpgt_epi8(x, byte(lo - 1)), below_end);
  }
  sse2::LaneCounter arabic_lanes_, latin_lanes_;
};
#endif

bool is_plain_arabic(std::string_view text) {
  size_t arabic = 0, other_letters = 0;
  size_t i = 0;
#if defined(__SSE2__)
  PlainArabicBlocks blocks;
  size_t bytewise_until = 0;  // after a block that is not plain, its bytes go one by one
#endif
  while (i < text.size()) {
#if defined(__SSE2__)
    if (i >= bytewise_until && i + 16 <= text.size()) {
      if (const size_t n = blocks.count(text.data() + i); n > 0) {
        i += n;
        continue;
      }
      bytewise_until = i + 16;
    }
#endif
    const char32_t c = next_code_point(text, i);
    if (c >= 0x0621 && c <= 0x064A) {
      ++arabic;
    } else if ((c >= 0x0671 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x08FF)) {
      return false;  // letters of other Arabic-script languages: let CLD2 decide
    } else if (c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : (c >= 0xC0 && c < 0x0600)) {
      ++other_letters;
    }
  }
#if defined(__SSE2__)
  blocks.flush();
  arabic += blocks.arabic;
  other_letters += blocks.latin;
#endif
  return arabic >= 20 && other_letters * 20 < arabic;
}

}  // namespace

LanguageGuess detect_language(std::string_view text) {
  LanguageGuess guess{"un", false, 0};
  if (is_plain_arabic(text)) return {"ar", true, 100};
  std::string repaired;
  if (!is_valid_utf8(text)) {
    repaired = sanitize_utf8(text);
    text = repaired;
  }
  if (text.empty() || text.size() > static_cast<size_t>(INT_MAX)) return guess;

  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3];
  int percent3[3] = {0, 0, 0};
  double normalized_score3[3];
  int text_bytes = 0;
  int valid_prefix_bytes = 0;
  bool is_reliable = false;
  const CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &hints, /*flags=*/0,
      language3, percent3, normalized_score3, /*resultchunkvector=*/nullptr, &text_bytes,
      &is_reliable, &valid_prefix_bytes);
  guess.code = iso_code(lang);
  if (guess.code == "un") return guess;
  guess.reliable = is_reliable;
  guess.percent = language3[0] == lang ? percent3[0] : 0;
  return guess;
}

}  // namespace marsad::text
