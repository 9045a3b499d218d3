#include "text/date_lexicon.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "text/utf8.h"

namespace marsad::date_detail {
namespace {

struct Entry {
  const char* phrase;  // natural spelling; words separated by one space
  Word word;
  int value;
  bool needs_capital = false;
};

// The date vocabulary. Spellings are written as they appear in text; the
// matching form folds hamza, alef maqsura and ta marbuta variants, so each
// entry below also stands for those spellings (أبريل = ابريل = إبريل).
constexpr Entry kEntries[] = {
    // Gregorian months: Egyptian/Gulf, Levantine/Iraqi, Maghrebi, French, English.
    {"يناير", Word::kGregorianMonth, 1}, {"كانون الثاني", Word::kGregorianMonth, 1},
    {"جانفي", Word::kGregorianMonth, 1}, {"janvier", Word::kGregorianMonth, 1},
    {"january", Word::kGregorianMonth, 1}, {"jan", Word::kGregorianMonth, 1},
    {"فبراير", Word::kGregorianMonth, 2}, {"شباط", Word::kGregorianMonth, 2},
    {"فيفري", Word::kGregorianMonth, 2}, {"février", Word::kGregorianMonth, 2},
    {"february", Word::kGregorianMonth, 2}, {"feb", Word::kGregorianMonth, 2},
    {"مارس", Word::kGregorianMonth, 3}, {"آذار", Word::kGregorianMonth, 3},
    {"mars", Word::kGregorianMonth, 3}, {"march", Word::kGregorianMonth, 3},
    {"mar", Word::kGregorianMonth, 3},
    {"أبريل", Word::kGregorianMonth, 4}, {"نيسان", Word::kGregorianMonth, 4},
    {"أفريل", Word::kGregorianMonth, 4}, {"avril", Word::kGregorianMonth, 4},
    {"april", Word::kGregorianMonth, 4}, {"apr", Word::kGregorianMonth, 4},
    {"مايو", Word::kGregorianMonth, 5}, {"أيار", Word::kGregorianMonth, 5},
    {"ماي", Word::kGregorianMonth, 5}, {"mai", Word::kGregorianMonth, 5},
    {"may", Word::kGregorianMonth, 5, true},
    {"يونيو", Word::kGregorianMonth, 6}, {"يونيه", Word::kGregorianMonth, 6},
    {"حزيران", Word::kGregorianMonth, 6}, {"جوان", Word::kGregorianMonth, 6},
    {"juin", Word::kGregorianMonth, 6}, {"june", Word::kGregorianMonth, 6},
    {"jun", Word::kGregorianMonth, 6},
    {"يوليو", Word::kGregorianMonth, 7}, {"يوليه", Word::kGregorianMonth, 7},
    {"تموز", Word::kGregorianMonth, 7}, {"يوليوز", Word::kGregorianMonth, 7},
    {"جويلية", Word::kGregorianMonth, 7}, {"juillet", Word::kGregorianMonth, 7},
    {"july", Word::kGregorianMonth, 7}, {"jul", Word::kGregorianMonth, 7},
    {"أغسطس", Word::kGregorianMonth, 8}, {"آب", Word::kGregorianMonth, 8},
    {"غشت", Word::kGregorianMonth, 8}, {"أوت", Word::kGregorianMonth, 8},
    {"août", Word::kGregorianMonth, 8}, {"august", Word::kGregorianMonth, 8},
    {"aug", Word::kGregorianMonth, 8},
    {"سبتمبر", Word::kGregorianMonth, 9}, {"أيلول", Word::kGregorianMonth, 9},
    {"شتنبر", Word::kGregorianMonth, 9}, {"septembre", Word::kGregorianMonth, 9},
    {"september", Word::kGregorianMonth, 9}, {"sep", Word::kGregorianMonth, 9},
    {"sept", Word::kGregorianMonth, 9},
    {"أكتوبر", Word::kGregorianMonth, 10}, {"تشرين الأول", Word::kGregorianMonth, 10},
    {"octobre", Word::kGregorianMonth, 10}, {"october", Word::kGregorianMonth, 10},
    {"oct", Word::kGregorianMonth, 10},
    {"نوفمبر", Word::kGregorianMonth, 11}, {"تشرين الثاني", Word::kGregorianMonth, 11},
    {"نونبر", Word::kGregorianMonth, 11}, {"novembre", Word::kGregorianMonth, 11},
    {"november", Word::kGregorianMonth, 11}, {"nov", Word::kGregorianMonth, 11},
    {"ديسمبر", Word::kGregorianMonth, 12}, {"كانون الأول", Word::kGregorianMonth, 12},
    {"دجنبر", Word::kGregorianMonth, 12}, {"décembre", Word::kGregorianMonth, 12},
    {"december", Word::kGregorianMonth, 12}, {"dec", Word::kGregorianMonth, 12},

    // Hijri months.
    {"محرم", Word::kHijriMonth, 1}, {"المحرم", Word::kHijriMonth, 1},
    {"صفر", Word::kHijriMonth, 2},
    {"ربيع الأول", Word::kHijriMonth, 3}, {"ربيع أول", Word::kHijriMonth, 3},
    {"ربيع الآخر", Word::kHijriMonth, 4}, {"ربيع الثاني", Word::kHijriMonth, 4},
    {"ربيع ثاني", Word::kHijriMonth, 4},
    {"جمادى الأولى", Word::kHijriMonth, 5}, {"جمادى الأول", Word::kHijriMonth, 5},
    {"جمادى الآخرة", Word::kHijriMonth, 6}, {"جمادى الآخر", Word::kHijriMonth, 6},
    {"جمادى الثانية", Word::kHijriMonth, 6}, {"جمادى الثاني", Word::kHijriMonth, 6},
    {"رجب", Word::kHijriMonth, 7}, {"شعبان", Word::kHijriMonth, 8},
    {"رمضان", Word::kHijriMonth, 9}, {"شوال", Word::kHijriMonth, 10},
    {"ذو القعدة", Word::kHijriMonth, 11}, {"ذي القعدة", Word::kHijriMonth, 11},
    {"ذا القعدة", Word::kHijriMonth, 11},
    {"ذو الحجة", Word::kHijriMonth, 12}, {"ذي الحجة", Word::kHijriMonth, 12},
    {"ذا الحجة", Word::kHijriMonth, 12},

    // Weekdays.
    {"الأحد", Word::kWeekday, 0}, {"الاثنين", Word::kWeekday, 1}, {"الإثنين", Word::kWeekday, 1},
    {"الثلاثاء", Word::kWeekday, 2}, {"الأربعاء", Word::kWeekday, 3},
    {"الخميس", Word::kWeekday, 4}, {"الجمعة", Word::kWeekday, 5}, {"السبت", Word::kWeekday, 6},
    {"dimanche", Word::kWeekday, 0}, {"lundi", Word::kWeekday, 1}, {"mardi", Word::kWeekday, 2},
    {"mercredi", Word::kWeekday, 3}, {"jeudi", Word::kWeekday, 4}, {"vendredi", Word::kWeekday, 5},
    {"samedi", Word::kWeekday, 6},
    {"sunday", Word::kWeekday, 0}, {"monday", Word::kWeekday, 1}, {"tuesday", Word::kWeekday, 2},
    {"wednesday", Word::kWeekday, 3}, {"thursday", Word::kWeekday, 4}, {"friday", Word::kWeekday, 5},
    {"saturday", Word::kWeekday, 6},

    // Days relative to publication.
    {"اليوم", Word::kToday, 0}, {"today", Word::kToday, 0}, {"aujourd'hui", Word::kToday, 0},
    {"أمس", Word::kYesterday, 0}, {"الأمس", Word::kYesterday, 0}, {"البارحة", Word::kYesterday, 0},
    {"yesterday", Word::kYesterday, 0}, {"hier", Word::kYesterday, 0},
    {"أمس الأول", Word::kDayBeforeYesterday, 0}, {"أول أمس", Word::kDayBeforeYesterday, 0},
    {"أول من أمس", Word::kDayBeforeYesterday, 0}, {"avant-hier", Word::kDayBeforeYesterday, 0},
    {"day before yesterday", Word::kDayBeforeYesterday, 0},
    {"غدا", Word::kTomorrow, 0}, {"يوم غد", Word::kTomorrow, 0}, {"tomorrow", Word::kTomorrow, 0},
    {"demain", Word::kTomorrow, 0},
    {"بعد غد", Word::kDayAfterTomorrow, 0}, {"بعد الغد", Word::kDayAfterTomorrow, 0},
    {"après-demain", Word::kDayAfterTomorrow, 0},
    {"day after tomorrow", Word::kDayAfterTomorrow, 0},

    // Units and their modifiers ("الأسبوع الماضي", "last week", "l'an dernier").
    {"الأسبوع", Word::kWeekUnit, 0}, {"week", Word::kWeekUnit, 0}, {"semaine", Word::kWeekUnit, 0},
    {"الشهر", Word::kMonthUnit, 0}, {"month", Word::kMonthUnit, 0}, {"mois", Word::kMonthUnit, 0},
    {"العام", Word::kYearUnit, 0}, {"السنة", Word::kYearUnit, 0}, {"عام", Word::kYearWord, 0},
    {"سنة", Word::kYearWord, 0}, {"year", Word::kYearUnit, 0}, {"an", Word::kYearUnit, 0},
    {"année", Word::kYearUnit, 0}, {"l'an", Word::kYearUnit, 0}, {"l'année", Word::kYearUnit, 0},
    {"شهر", Word::kMonthWord, 0},
    {"الماضي", Word::kPast, 0}, {"الماضية", Word::kPast, 0}, {"المنصرم", Word::kPast, 0},
    {"المنصرمة", Word::kPast, 0}, {"الفائت", Word::kPast, 0}, {"الفائتة", Word::kPast, 0},
    {"last", Word::kPast, 0}, {"dernier", Word::kPast, 0}, {"dernière", Word::kPast, 0},
    {"passé", Word::kPast, 0}, {"passée", Word::kPast, 0},
    {"المقبل", Word::kNext, 0}, {"المقبلة", Word::kNext, 0}, {"القادم", Word::kNext, 0},
    {"القادمة", Word::kNext, 0}, {"next", Word::kNext, 0}, {"prochain", Word::kNext, 0},
    {"prochaine", Word::kNext, 0},
    {"الجاري", Word::kCurrent, 0}, {"الجارية", Word::kCurrent, 0}, {"الحالي", Word::kCurrent, 0},
    {"الحالية", Word::kCurrent, 0},
    {"هذا", Word::kThis, 0}, {"هذه", Word::kThis, 0}, {"this", Word::kThis, 0}, {"ce", Word::kThis, 0},
    {"cette", Word::kThis, 0},

    // Small words around dates.
    {"يوم", Word::kDayWord, 0},
    {"من", Word::kOf, 0}, {"of", Word::kOf, 0},
    {"في", Word::kIn, 0}, {"وفي", Word::kIn, 0}, {"ففي", Word::kIn, 0}, {"in", Word::kIn, 0},
    {"en", Word::kIn, 0},
    {"هـ", Word::kHijriMarker, 0}, {"هجري", Word::kHijriMarker, 0},
    {"هجرية", Word::kHijriMarker, 0}, {"للهجرة", Word::kHijriMarker, 0},
    {"م", Word::kGregorianMarker, 0}, {"ميلادي", Word::kGregorianMarker, 0},
    {"ميلادية", Word::kGregorianMarker, 0}, {"للميلاد", Word::kGregorianMarker, 0},
    {"er", Word::kOrdinalSuffix, 0}, {"re", Word::kOrdinalSuffix, 0},
    {"st", Word::kOrdinalSuffix, 0}, {"nd", Word::kOrdinalSuffix, 0},
    {"rd", Word::kOrdinalSuffix, 0}, {"th", Word::kOrdinalSuffix, 0},
    {"ème", Word::kOrdinalSuffix, 0},
    {"رقم", Word::kNumberLabel, 0}, {"الرقم", Word::kNumberLabel, 0},
    {"العدد", Word::kNumberLabel, 0}, {"no", Word::kNumberLabel, 0},
    {"numéro", Word::kNumberLabel, 0}, {"number", Word::kNumberLabel, 0},

    // Counted nouns and units: "1950 شخصا" is a count, not a year.
    {"ألف", Word::kQuantityWord, 0}, {"مليون", Word::kQuantityWord, 0},
    {"مليار", Word::kQuantityWord, 0}, {"شخص", Word::kQuantityWord, 0},
    {"شخصا", Word::kQuantityWord, 0}, {"مهاجر", Word::kQuantityWord, 0},
    {"مهاجرا", Word::kQuantityWord, 0}, {"دولار", Word::kQuantityWord, 0},
    {"دولارا", Word::kQuantityWord, 0}, {"ريال", Word::kQuantityWord, 0},
    {"ريالا", Word::kQuantityWord, 0}, {"درهم", Word::kQuantityWord, 0},
    {"درهما", Word::kQuantityWord, 0}, {"دينار", Word::kQuantityWord, 0},
    {"دينارا", Word::kQuantityWord, 0}, {"يورو", Word::kQuantityWord, 0},
    {"جنيه", Word::kQuantityWord, 0}, {"جنيها", Word::kQuantityWord, 0},
    {"طن", Word::kQuantityWord, 0}, {"طنا", Word::kQuantityWord, 0},
    {"كلم", Word::kQuantityWord, 0}, {"كم", Word::kQuantityWord, 0},
    {"كيلومتر", Word::kQuantityWord, 0}, {"كيلومترا", Word::kQuantityWord, 0},
    {"متر", Word::kQuantityWord, 0}, {"مترا", Word::kQuantityWord, 0},
    {"هكتار", Word::kQuantityWord, 0}, {"قتيل", Word::kQuantityWord, 0},
    {"قتيلا", Word::kQuantityWord, 0}, {"جريح", Word::kQuantityWord, 0},
    {"جريحا", Word::kQuantityWord, 0}, {"مواطن", Word::kQuantityWord, 0},
    {"مواطنا", Word::kQuantityWord, 0}, {"طالب", Word::kQuantityWord, 0},
    {"طالبا", Word::kQuantityWord, 0}, {"موظف", Word::kQuantityWord, 0},
    {"موظفا", Word::kQuantityWord, 0}, {"حالة", Word::kQuantityWord, 0},
    {"وحدة", Word::kQuantityWord, 0}, {"نسمة", Word::kQuantityWord, 0},
    {"people", Word::kQuantityWord, 0}, {"personnes", Word::kQuantityWord, 0},
    {"euros", Word::kQuantityWord, 0}, {"dollars", Word::kQuantityWord, 0},
    {"km", Word::kQuantityWord, 0}, {"kg", Word::kQuantityWord, 0},

    // After اليوم these make it a noun ("the national day"), not "today".
    {"الوطني", Word::kTodayAsNoun, 0}, {"العالمي", Word::kTodayAsNoun, 0},
    {"الدولي", Word::kTodayAsNoun, 0}, {"التالي", Word::kTodayAsNoun, 0},
    {"الموالي", Word::kTodayAsNoun, 0}, {"السابق", Word::kTodayAsNoun, 0},
    {"الأول", Word::kTodayAsNoun, 0}, {"الثاني", Word::kTodayAsNoun, 0},
    {"الثالث", Word::kTodayAsNoun, 0}, {"الأخير", Word::kTodayAsNoun, 0},
    {"الذي", Word::kTodayAsNoun, 0}, {"المفتوح", Word::kTodayAsNoun, 0},
    {"الدراسي", Word::kTodayAsNoun, 0}, {"الواحد", Word::kTodayAsNoun, 0},
    {"نفسه", Word::kTodayAsNoun, 0}, {"ذاته", Word::kTodayAsNoun, 0},
    {"ذلك", Word::kDemonstrative, 0}, {"تلك", Word::kDemonstrative, 0},
    {"نفس", Word::kDemonstrative, 0}, {"ذات", Word::kDemonstrative, 0},

    // Dateline vocabulary.
    {"الساعة", Word::kTimeWord, 0}, {"ساعة", Word::kTimeWord, 0}, {"صباحا", Word::kTimeWord, 0},
    {"صباح", Word::kTimeWord, 0}, {"مساء", Word::kTimeWord, 0}, {"ظهرا", Word::kTimeWord, 0},
    {"ص", Word::kTimeWord, 0}, {"بتوقيت", Word::kTimeWord, 0}, {"توقيت", Word::kTimeWord, 0},
    {"غرينتش", Word::kTimeWord, 0}, {"غرينيتش", Word::kTimeWord, 0}, {"مكة", Word::kTimeWord, 0},
    {"المكرمة", Word::kTimeWord, 0},
    {"am", Word::kTimeWord, 0}, {"pm", Word::kTimeWord, 0}, {"gmt", Word::kTimeWord, 0},
    {"utc", Word::kTimeWord, 0}, {"cet", Word::kTimeWord, 0}, {"h", Word::kTimeWord, 0},
    {"t", Word::kTimeWord, 0}, {"z", Word::kTimeWord, 0},
    {"نشر", Word::kDatelineOpener, 0}, {"نشرت", Word::kDatelineOpener, 0},
    {"منشور", Word::kDatelineOpener, 0}, {"المصدر", Word::kDatelineOpener, 0},
    {"publié", Word::kDatelineOpener, 0}, {"publiée", Word::kDatelineOpener, 0},
    {"published", Word::kDatelineOpener, 0}, {"posted", Word::kDatelineOpener, 0},
    {"source", Word::kDatelineOpener, 0}, {"via", Word::kDatelineOpener, 0},
    {"par", Word::kDatelineOpener, 0}, {"by", Word::kDatelineOpener, 0},
    {"تاريخ", Word::kDatelineWord, 0}, {"التاريخ", Word::kDatelineWord, 0},
    {"النشر", Word::kDatelineWord, 0}, {"آخر", Word::kDatelineWord, 0},
    {"تحديث", Word::kDatelineWord, 0}, {"التحديث", Word::kDatelineWord, 0},
    {"تم", Word::kDatelineWord, 0}, {"date", Word::kDatelineWord, 0},
    {"mis", Word::kDatelineWord, 0}, {"jour", Word::kDatelineWord, 0},
    {"updated", Word::kDatelineWord, 0}, {"modifié", Word::kDatelineWord, 0},
    {"بتاريخ", Word::kDatelineConnector, 0}, {"الموافق", Word::kDatelineConnector, 0},
    {"le", Word::kDatelineConnector, 0}, {"on", Word::kDatelineConnector, 0},
    {"at", Word::kDatelineConnector, 0}, {"à", Word::kDatelineConnector, 0},
    {"dans", Word::kDatelineConnector, 0},
};

struct Phrase {
  std::vector<std::string> rest;  // the words after the first, matching forms
  Lexeme lexeme;
};

// Hashes string_views and strings alike, so that lookups need no copy.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Matching form of the first word -> the phrases starting with it, longest first.
using PhraseTable = std::unordered_map<std::string, std::vector<Phrase>, WordHash, std::equal_to<>>;

const PhraseTable& phrase_table() {
  static const PhraseTable table = [] {
    PhraseTable t;
    for (const Entry& e : kEntries) {
      std::vector<std::string> words;
      std::string_view s = e.phrase;
      while (!s.empty()) {
        const size_t space = s.find(' ');
        words.push_back(normalize_date_word(s.substr(0, space)));
        s = space == std::string_view::npos ? std::string_view() : s.substr(space + 1);
      }
      Phrase p;
      p.rest.assign(words.begin() + 1, words.end());
      p.lexeme = Lexeme{e.word, static_cast<int8_t>(e.value), e.needs_capital};
      t[words[0]].push_back(std::move(p));
    }
    for (auto& [first, phrases] : t) {
      std::stable_sort(phrases.begin(), phrases.end(),
                       [](const Phrase& a, const Phrase& b) { return a.rest.size() > b.rest.size(); });
    }
    return t;
  }();
  return table;
}

// Decodes the code point at byte i and moves i past it. ASCII and two-byte
// sequences (all of Arabic) are decoded here, since this runs on every byte of
// every article; the rest, and every invalid byte, go to text::next_code_point.
inline char32_t decode(std::string_view s, size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  if (b0 >= 0xC2 && b0 < 0xE0 && i + 1 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if ((b1 & 0xC0) == 0x80) {
      i += 2;
      return (static_cast<char32_t>(b0 & 0x1F) << 6) | (b1 & 0x3F);
    }
  }
  return text::next_code_point(s, i);
}

// Appends `c` as UTF-8; two-byte code points without a call.
inline void append_code_point(std::string& out, char32_t c) {
  if (c >= 0x80 && c < 0x800) {
    const char bytes[2] = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    out.append(bytes, 2);
    return;
  }
  text::append_utf8(out, c);
}

bool is_digit(char32_t c, int& value) {
  if (c >= U'0' && c <= U'9') { value = static_cast<int>(c - U'0'); return true; }
  if (c >= U'\u0660' && c <= U'\u0669') { value = static_cast<int>(c - U'\u0660'); return true; }
  if (c >= U'\u06F0' && c <= U'\u06F9') { value = static_cast<int>(c - U'\u06F0'); return true; }
  return false;
}

bool is_arabic_letter(char32_t c) {
  // Letters, harakat, tatweel and the extended letters of Persian/Urdu/Maghrebi use.
  return (c >= U'\u0621' && c <= U'\u065F') || (c >= U'\u0670' && c <= U'\u06D3') ||
         (c >= U'\u06FA' && c <= U'\u06FF');
}

bool is_latin_letter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
         (c >= U'\u00C0' && c <= U'\u024F' && c != U'\u00D7' && c != U'\u00F7');
}

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\v' || c == U'\f' ||
         c == U'\u00A0' || (c >= U'\u2000' && c <= U'\u200F') || (c >= U'\u2028' && c <= U'\u202F') ||
         (c >= U'\u2066' && c <= U'\u2069') || c == U'\u3000' || c == U'\uFEFF';
}

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }

// Appends the matching form of one Arabic code point (nothing for marks).
inline void append_arabic_folded(std::string& out, char32_t c) {
  if ((c >= U'\u064B' && c <= U'\u065F') || c == U'\u0670' || c == U'\u0640') return;
  switch (c) {
    case U'\u0622': case U'\u0623': case U'\u0625': case U'\u0671': c = U'\u0627'; break;
    case U'\u0649': case U'\u06CC': c = U'\u064A'; break;
    case U'\u0629': c = U'\u0647'; break;
    case U'\u06A9': c = U'\u0643'; break;
    default: break;
  }
  append_code_point(out, c);
}

// Appends the matching form of one Latin code point: lower case, no accent.
void append_latin_folded(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  if (c == U'\u2019') { out.push_back('\''); return; }
  if (c >= U'\u00C0' && c <= U'\u00FF') {
    // Latin-1 letters by position: À..ÿ -> base letter ('\0' for none).
    static constexpr char kBase[] =
        "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"   // U+00C0..U+00DF
        "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";  // U+00E0..U+00FF
    const char b = kBase[c - U'\u00C0'];
    if (b != '\0') { out.push_back(b); return; }
  }
  if (c == U'\u0152' || c == U'\u0153') { out += "oe"; return; }
  append_code_point(out, c);
}

}  // namespace

std::string normalize_date_word(std::string_view word) {
  std::string out;
  size_t i = 0;
  while (i < word.size()) {
    const char32_t c = decode(word, i);
    if (is_arabic_letter(c)) {
      append_arabic_folded(out, c);
    } else {
      append_latin_folded(out, c);
    }
  }
  return out;
}

void DateTokens::tokenize(std::string_view line, uint32_t base) {
  tokens_.clear();
  norms_.clear();
  norms_.reserve(line.size());
  bool space = true;
  size_t i = 0;
  while (i < line.size()) {
    const size_t start = i;
    char32_t c = decode(line, i);
    if (is_space(c)) {
      space = true;
      continue;
    }
    DateToken t;
    t.space_before = space;
    space = false;
    t.begin = static_cast<uint32_t>(base + start);
    int digit = 0;
    if (is_digit(c, digit)) {
      t.type = DateToken::Type::kNumber;
      long value = digit;
      int digits = 1;
      size_t next = i;
      while (next < line.size()) {
        const size_t before = next;
        const char32_t d = decode(line, next);
        if (!is_digit(d, digit)) { next = before; break; }
        if (value < 1000000000) value = value * 10 + digit;
        ++digits;
      }
      i = next;
      t.value = static_cast<int>(std::min(value, 1000000000L));
      t.digits = static_cast<uint8_t>(std::min(digits, 255));
    } else if (is_arabic_letter(c) || is_latin_letter(c)) {
      const bool latin = is_latin_letter(c);
      t.type = DateToken::Type::kWord;
      t.latin = latin;
      t.capitalized = latin && ((c >= U'A' && c <= U'Z') || (c >= U'\u00C0' && c <= U'\u00DE'));
      t.norm_begin = static_cast<uint32_t>(norms_.size());
      if (latin) append_latin_folded(norms_, c); else append_arabic_folded(norms_, c);
      size_t next = i;
      while (next < line.size()) {
        const size_t before = next;
        const char32_t d = decode(line, next);
        if (latin ? is_latin_letter(d) : is_arabic_letter(d)) {
          if (latin) append_latin_folded(norms_, d); else append_arabic_folded(norms_, d);
          continue;
        }
        // An apostrophe or hyphen between Latin letters stays in the word
        // ("aujourd'hui", "l'an", "avant-hier").
        if (latin && (is_apostrophe(d) || d == U'-') && next < line.size()) {
          size_t after = next;
          if (is_latin_letter(decode(line, after))) {
            append_latin_folded(norms_, d);
            continue;
          }
        }
        next = before;
        break;
      }
      i = next;
      t.norm_size = static_cast<uint32_t>(norms_.size() - t.norm_begin);
    } else {
      t.type = DateToken::Type::kPunct;
      t.value = static_cast<int>(c);
    }
    t.end = static_cast<uint32_t>(base + i);
    tokens_.push_back(t);
  }
  find_lexemes();
}

void DateTokens::find_lexemes() {
  const PhraseTable& table = phrase_table();
  static const std::string kWaw = "\u0648", kBa = "\u0628", kLam = "\u0644", kFa = "\u0641";
  static const std::string kAl = "\u0627\u0644";
  std::string key;
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (tokens_[i].type != DateToken::Type::kWord) continue;
    const std::string_view word = norm(i);
    // The word itself, then with و and/or one of ب ل ف taken off its front
    // (لل stands for ل + ال). What remains must keep three letters, so that
    // باب ("door") is not read as ب + آب ("August").
    std::string_view candidates[4];
    bool after_preposition[4] = {false, false, false, false};
    int n = 0;
    candidates[n++] = word;
    if (!tokens_[i].latin) {
      std::string_view rest = word;
      auto starts = [](std::string_view s, const std::string& p) { return s.substr(0, p.size()) == p; };
      if (starts(rest, kWaw) && rest.size() >= kWaw.size() + 6) {
        rest.remove_prefix(kWaw.size());
        candidates[n++] = rest;
      }
      if ((starts(rest, kBa) || starts(rest, kLam) || starts(rest, kFa)) && rest.size() >= 2 + 6) {
        std::string_view stripped = rest.substr(2);
        after_preposition[n] = true;
        if (starts(rest, kLam) && starts(stripped, kLam)) {
          key = kAl;
          key.append(stripped.substr(2));
          candidates[n++] = key;
        } else {
          candidates[n++] = stripped;
        }
      }
    }
    for (int c = 0; c < n && tokens_[i].lexeme.word == Word::kNone; ++c) {
      const auto it = table.find(candidates[c]);
      if (it == table.end()) continue;
      for (const Phrase& p : it->second) {
        if (i + p.rest.size() >= tokens_.size()) continue;
        bool matches = true;
        for (size_t k = 0; k < p.rest.size() && matches; ++k) {
          const DateToken& next = tokens_[i + 1 + k];
          matches = next.type == DateToken::Type::kWord && next.space_before && norm(i + 1 + k) == p.rest[k];
        }
        if (!matches) continue;
        if (p.lexeme.needs_capital && !tokens_[i].capitalized) continue;
        // أمس and غدا are adverbs and take no preposition (لامس is "touched");
        // بالأمس has one before the article.
        if (after_preposition[c] && candidates[c].substr(0, kAl.size()) != kAl &&
            (p.lexeme.word == Word::kYesterday || p.lexeme.word == Word::kTomorrow ||
                                     p.lexeme.word == Word::kDayBeforeYesterday)) {
          continue;
        }
        tokens_[i].lexeme = p.lexeme;
        tokens_[i].lexeme_tokens = static_cast<uint8_t>(1 + p.rest.size());
        break;
      }
    }
  }
}

}  // namespace marsad::date_detail
