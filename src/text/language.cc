#include "text/language.h"

#include <climits>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

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
bool is_plain_arabic(std::string_view text) {
  size_t arabic = 0, other_letters = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    if (c >= 0x0621 && c <= 0x064A) {
      ++arabic;
    } else if ((c >= 0x0671 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x08FF)) {
      return false;  // letters of other Arabic-script languages: let CLD2 decide
    } else if (c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : (c >= 0xC0 && c < 0x0600)) {
      ++other_letters;
    }
  }
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
