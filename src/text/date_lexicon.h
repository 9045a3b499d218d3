// The words and tokens that date_parser.cc reads dates from. Internal to the
// date parser: other code uses text/date_parser.h.
//
// A line is cut into numbers (ASCII, Arabic-Indic or Persian digits), words
// (a run of Arabic letters or of Latin letters) and single punctuation marks.
// Each word gets a matching form (Arabic: no diacritics or tatweel, alef
// variants as ا, ى as ي, ة as ه; Latin: lower case without accents) and, where
// one or more words starting at it form a date word ("أبريل", "كانون الثاني",
// "أمس الأول", "l'an"), that date word. Arabic clitics و/ب/ل/ف in front of a
// date word are looked through ("وفي", "بأبريل", "والعام").
//
// Why not text/tokenizer.h and text/normalize.h: dates are made of the
// punctuation that tokenizer drops (/ - . ( ) :) and of digit values, and this
// runs on every line of every page, where an ICU call per word costs too much.
// The Arabic folding is the same as normalize_for_matching's; Latin letters
// also lose their accents here, so that "août" and "aout" are one month.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::date_detail {

// What a date word means to the parser.
enum class Word : uint8_t {
  kNone,
  kGregorianMonth,     // value 1..12
  kHijriMonth,         // value 1..12
  kWeekday,            // value 0 (Sunday) .. 6 (Saturday)
  kToday,              // اليوم, today, aujourd'hui
  kYesterday,          // أمس, yesterday, hier
  kDayBeforeYesterday, // أمس الأول, أول أمس, avant-hier
  kTomorrow,           // غدا, tomorrow, demain
  kDayAfterTomorrow,   // بعد غد, après-demain
  kWeekUnit,           // الأسبوع, week, semaine
  kMonthUnit,          // الشهر, month, mois
  kYearUnit,           // العام, السنة, year, an, année
  kYearWord,           // عام, سنة (before a year number only: "عام 2030")
  kMonthWord,          // شهر (before a month name: "شهر أبريل")
  kPast,               // الماضي, last, dernier
  kNext,               // المقبل, القادم, next, prochain
  kCurrent,            // الجاري, الحالي (after what it qualifies)
  kThis,               // هذا, هذه, this, ce, cette (before it)
  kDayWord,            // يوم (before a weekday or a date)
  kOf,                 // من, of (between a day and a month)
  kIn,                 // في, in, en (before a year)
  kHijriMarker,        // هـ, هجري
  kGregorianMarker,    // م, ميلادي (after a year)
  kOrdinalSuffix,      // er, st, nd, rd, th (glued to a day number)
  kNumberLabel,        // رقم, no, n° (a number after it is not a year)
  kQuantityWord,       // a unit or counted noun (a number before it is not a year)
  kTodayAsNoun,        // الوطني, العالمي, التالي... ("اليوم الوطني" is not today)
  kDemonstrative,      // ذلك, نفس, ذات ("ذلك اليوم" is not today)
  kTimeWord,           // صباحا, مساء, am, pm, gmt, h, الساعة (in datelines)
  kDatelineOpener,     // نشر, publié, published, posted, المصدر, source: an outlet may follow
  kDatelineWord,       // تاريخ, النشر, تحديث, آخر, mis, jour, updated, date
  kDatelineConnector,  // بتاريخ, الموافق, le, on, at, à: stands between outlet and date
};

struct Lexeme {
  Word word = Word::kNone;
  int8_t value = 0;
  bool needs_capital = false;  // Latin "May" is a month only when capitalized
};

struct DateToken {
  enum class Type : uint8_t { kNumber, kWord, kPunct };
  Type type = Type::kPunct;
  bool space_before = false;  // whitespace separates it from the token before
  bool latin = false;         // a word in Latin letters
  bool capitalized = false;   // a Latin word whose first letter is upper case
  uint8_t digits = 0;         // kNumber: number of digits
  int value = 0;              // kNumber: its value (capped at 10^9); kPunct: the code point
  uint32_t begin = 0, end = 0;             // byte offsets in the tokenized text
  uint32_t norm_begin = 0, norm_size = 0;  // kWord: matching form, in DateTokens::norms
  Lexeme lexeme;              // the date word that starts here, if any
  uint8_t lexeme_tokens = 0;  // how many word tokens that date word spans
};

// The tokens of one line. Reusable: tokenize() clears what was there.
class DateTokens {
 public:
  // Cuts `line` into tokens; offsets are byte offsets into `line` plus `base`.
  void tokenize(std::string_view line, uint32_t base = 0);

  size_t size() const { return tokens_.size(); }
  const DateToken& operator[](size_t i) const { return tokens_[i]; }
  // The matching form of word i (empty for other tokens).
  std::string_view norm(size_t i) const {
    return std::string_view(norms_).substr(tokens_[i].norm_begin, tokens_[i].norm_size);
  }

 private:
  void find_lexemes();

  std::vector<DateToken> tokens_;
  std::string norms_;
};

// The matching form of one word (see the file comment); used for the lexicon.
std::string normalize_date_word(std::string_view word);

}  // namespace marsad::date_detail
