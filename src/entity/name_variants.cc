#include "entity/name_variants.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <mutex>
#include <unordered_set>

#include "core/data_dir.h"
#include "entity/arabic_orgs.h"
#include "entity/ner_hash.h"
#include "text/clitics.h"
#include "text/normalize.h"
#include "text/script.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace marsad::entity {
namespace {

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  size_t i = 0;
  while (i < s.size()) out.push_back(text::next_code_point(s, i));
  return out;
}

std::string to_utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) text::append_utf8(out, c);
  return out;
}

size_t letter_count(std::string_view s) {
  size_t n = 0, i = 0;
  while (i < s.size()) {
    char32_t c = text::next_code_point(s, i);
    if (text::is_arabic_letter(c) || text::is_latin_letter(c)) ++n;
  }
  return n;
}

// letter_count(s) >= 2, reading no further than the second letter. The basic
// Arabic letters (U+0620–U+063F, U+0641–U+064A) that spell nearly every word
// are told from their two UTF-8 bytes, without decoding.
inline bool has_two_letters(std::string_view s) {
  size_t n = 0, i = 0;
  while (i < s.size()) {
    if (i + 1 < s.size()) {
      const unsigned char lead = static_cast<unsigned char>(s[i]);
      const unsigned char next = static_cast<unsigned char>(s[i + 1]);
      if ((lead == 0xD8 && next >= 0xA0 && next <= 0xBF) || (lead == 0xD9 && next >= 0x81 && next <= 0x8A)) {
        i += 2;
        if (++n == 2) return true;
        continue;
      }
    }
    char32_t c = text::next_code_point(s, i);
    if ((text::is_arabic_letter(c) || text::is_latin_letter(c)) && ++n == 2) return true;
  }
  return false;
}

using text::has_arabic_letter;

// Not substr(): no bounds check that throws, so calls with a literal prefix inline to compares.
inline bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::char_traits<char>::compare(s.data(), prefix.data(), prefix.size()) == 0;
}

constexpr std::string_view kAl = "ال";
constexpr std::string_view kWaw = "و";
constexpr std::string_view kFa = "ف";

// Letters that spell long vowels or carry hamza: spellings of one foreign
// name differ mostly in these.
bool is_weak_letter(char32_t c) {
  return c == U'ا' || c == U'و' || c == U'ي' || c == U'ى' || c == U'ء' || c == U'ئ' ||
         c == U'ؤ' || c == U'أ' || c == U'إ' || c == U'آ';
}

// One ICU transliterator per thread: ICU transliterators keep per-call state.
icu::Transliterator* transliterator(const char* id) {
  thread_local std::unique_ptr<icu::Transliterator> latin_ascii, any_latin;
  std::unique_ptr<icu::Transliterator>& slot =
      std::string_view(id) == "Latin-ASCII" ? latin_ascii : any_latin;
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD,
                                                   status));
    if (U_FAILURE(status)) slot.reset();
  }
  return slot.get();
}

std::string transliterate(const char* id, std::string_view s) {
  icu::Transliterator* t = transliterator(id);
  if (t == nullptr) return std::string(s);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  t->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

struct Title {
  std::vector<std::string> words;  // matching form
  bool office = false;
};

// The title list, longest first so that "المدير العام" wins over "المدير".
const std::vector<Title>& titles() {
  static const std::vector<Title> list = [] {
    std::vector<Title> out;
    std::ifstream in(data_path("entity/name_titles.txt"));
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      Title t;
      std::string_view body = line;
      while (!body.empty() && (body.back() == ' ' || body.back() == '\r')) body.remove_suffix(1);
      if (body.size() >= 2 && body.substr(body.size() - 2) == " +") {
        t.office = true;
        body.remove_suffix(2);
      }
      std::string norm = text::normalize_for_matching(body);
      size_t start = 0;
      while (start < norm.size()) {
        size_t space = norm.find(' ', start);
        if (space == std::string::npos) space = norm.size();
        if (space > start) t.words.push_back(norm.substr(start, space - start));
        start = space + 1;
      }
      if (!t.words.empty()) out.push_back(std::move(t));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Title& a, const Title& b) { return a.words.size() > b.words.size(); });
    return out;
  }();
  return list;
}

// The first words of the titles: a word none of whose readings is one opens no title.
const std::unordered_set<std::string_view>& title_first_words() {
  static const std::unordered_set<std::string_view> words = [] {
    std::unordered_set<std::string_view> out;
    for (const Title& t : titles()) out.insert(t.words[0]);
    return out;
  }();
  return words;
}

// A word of the mention: as written (for the result) and in matching form.
struct MentionWord {
  size_t begin, end;     // bytes of the written mention
  std::string matching;  // normalize_for_matching of those bytes
};

std::vector<MentionWord> split_mention(std::string_view mention) {
  std::vector<MentionWord> words;
  size_t i = 0;
  while (i < mention.size()) {
    while (i < mention.size() && (mention[i] == ' ' || mention[i] == '\t' || mention[i] == '\n' ||
                                  mention[i] == '\r'))
      ++i;
    size_t start = i;
    while (i < mention.size() && mention[i] != ' ' && mention[i] != '\t' && mention[i] != '\n' &&
           mention[i] != '\r')
      ++i;
    if (i > start) {
      std::string norm = text::normalize_for_matching(mention.substr(start, i - start));
      // Trailing punctuation glued to a title ("M.", "د.") stays; a comma does not.
      while (!norm.empty() && (norm.back() == ',' || norm.back() == ';' || norm.back() == ':'))
        norm.pop_back();
      words.push_back({start, i, std::move(norm)});
    }
  }
  return words;
}

// Words that complete an office title: its department or its country.
bool completes_office(const std::string& w) {
  for (std::string_view p : {"ال", "لل", "وال", "ولل", "بال", "باسم"})
    if (starts_with(w, p) && letter_count(w) > 2) return true;
  return false;
}

}  // namespace

void ProcliticReadings::add(std::string_view r) {
  if (count_ == kMaxReadings || !has_two_letters(r)) return;
  // Readings cut from the word are suffixes of it: equal sizes there mean equal views.
  for (size_t i = 0; i < count_; ++i)
    if (readings_[i].size() == r.size() && (readings_[i].data() == r.data() || readings_[i] == r)) return;
  readings_[count_++] = r;
}

ProcliticReadings::ProcliticReadings(std::string_view w) {
  add(w);
  std::string_view stage1[2] = {w};
  size_t stage1_count = 1;
  if (starts_with(w, kWaw) || starts_with(w, kFa)) stage1[stage1_count++] = w.substr(kWaw.size());
  std::string_view stage2[4];
  size_t stage2_count = 0;
  for (size_t a = 0; a < stage1_count; ++a) {
    std::string_view s = stage1[a];
    add(s);
    stage2[stage2_count++] = s;
    // ب ل ك: three letters of two bytes, at most one of which begins s.
    if (starts_with(s, "ب") || starts_with(s, "ل") || starts_with(s, "ك")) stage2[stage2_count++] = s.substr(2);
  }
  constexpr std::string_view kLamLam = "لل";
  for (size_t b = 0; b < stage2_count; ++b) {
    std::string_view s = stage2[b];
    add(s);
    if (starts_with(s, kAl)) add(s.substr(kAl.size()));
    // لل: the preposition ل before ال, whose alef is not written (للأمن = ل + الأمن).
    if (starts_with(s, kLamLam)) {
      std::string_view rest = s.substr(kLamLam.size());
      // Room for every restored reading up front: views into restored_ must not move.
      restored_.reserve(stage2_count * (kAl.size() + w.size()));
      const size_t at = restored_.size();
      restored_ += kAl;
      restored_ += rest;
      add(std::string_view(restored_).substr(at));
      add(rest);
    }
  }
  // Keep the order "least stripped first": longest first, stable (insertion sort on a handful).
  for (size_t i = 1; i < count_; ++i) {
    std::string_view r = readings_[i];
    size_t j = i;
    for (; j > 0 && readings_[j - 1].size() < r.size(); --j) readings_[j] = readings_[j - 1];
    readings_[j] = r;
  }
}

uint64_t word_memo_hash(std::string_view word) { return ner::hash_word(word); }

std::vector<std::string> proclitic_readings(std::string_view w) {
  ProcliticReadings readings(w);
  return std::vector<std::string>(readings.begin(), readings.end());
}

std::string_view drop_article(std::string_view w) {
  if (starts_with(w, kAl) && has_two_letters(w.substr(kAl.size()))) return w.substr(kAl.size());
  return w;
}

std::string fold_latin(std::string_view s) {
  std::string norm = text::normalize_for_matching(s);
  bool ascii = std::all_of(norm.begin(), norm.end(), [](char c) { return (c & 0x80) == 0; });
  if (ascii) return norm;
  return transliterate("Latin-ASCII", norm);
}

std::string latin_transliteration(std::string_view s) {
  std::string out = transliterate("Any-Latin; Latin-ASCII", text::normalize_for_matching(s));
  // Latin-ASCII keeps the half rings that stand for ayn and hamza (ʿ ʾ).
  for (std::string_view mark : {"\u02BF", "\u02BE"})
    for (size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at)) out.erase(at, mark.size());
  return out;
}

std::string arabic_skeleton(std::string_view w) {
  if (!has_arabic_letter(w)) return std::string(w);
  std::u32string cps = to_u32(w);
  std::u32string kept;
  if (cps.size() <= 3) {
    kept = cps;
  } else {
    for (size_t i = 0; i < cps.size(); ++i)
      if (i == 0 || !is_weak_letter(cps[i])) kept.push_back(cps[i]);
  }
  std::u32string collapsed;
  for (char32_t c : kept)
    if (collapsed.empty() || collapsed.back() != c) collapsed.push_back(c);
  return to_utf8(collapsed);
}

int edit_distance(std::string_view a, std::string_view b) {
  std::u32string x = to_u32(a), y = to_u32(b);
  std::vector<int> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= x.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= y.size(); ++j) {
      int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[y.size()];
}

namespace {

// Decodes `s` into `out` (room for kMaxShortWord code points); the count, or
// kMaxShortWord + 1 when `s` is longer.
constexpr size_t kMaxShortWord = 32;
size_t decode_short(std::string_view s, char32_t* out) {
  size_t n = 0, i = 0;
  while (i < s.size()) {
    if (n == kMaxShortWord) return kMaxShortWord + 1;
    out[n++] = text::next_code_point(s, i);
  }
  return n;
}

}  // namespace

bool similar_skeletons(std::string_view a, std::string_view b) {
  if (a == b) return true;
  // Every name is compared with every form of its article: words are decoded
  // on the stack, and lengths further apart than the allowed edits decide alone.
  char32_t x[kMaxShortWord], y[kMaxShortWord];
  const size_t nx = decode_short(a, x), ny = decode_short(b, y);
  if (nx > kMaxShortWord || ny > kMaxShortWord) {
    size_t shorter = std::min(to_u32(a).size(), to_u32(b).size());
    int allowed = shorter <= 4 ? 0 : shorter <= 7 ? 1 : 2;
    return allowed > 0 && edit_distance(a, b) <= allowed;
  }
  const size_t shorter = std::min(nx, ny);
  const int allowed = shorter <= 4 ? 0 : shorter <= 7 ? 1 : 2;
  if (allowed == 0 || std::max(nx, ny) - shorter > static_cast<size_t>(allowed)) return false;
  int row[kMaxShortWord + 1];
  for (size_t j = 0; j <= ny; ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= nx; ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= ny; ++j) {
      int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[ny] <= allowed;
}

namespace {

// How many leading words of `words` are title (strip_titles' rules); with
// keep_last, never all of them.
size_t title_word_count(const std::vector<MentionWord>& words, bool keep_last) {
  const size_t keep = keep_last ? 1 : 0;
  size_t at = 0;  // first word not yet known to be title
  bool progress = true;
  while (progress && at + keep < words.size()) {
    progress = false;
    // The first word of a title may carry proclitics; its readings are the same for every title.
    const ProcliticReadings first_readings(words[at].matching);
    // Most names open with no title word: one set look-up per reading settles them.
    const auto& firsts = title_first_words();
    if (firsts.find(words[at].matching) == firsts.end() &&
        std::none_of(first_readings.begin(), first_readings.end(),
                     [&](std::string_view r) { return firsts.find(r) != firsts.end(); }))
      break;
    for (const Title& t : titles()) {
      if (at + t.words.size() + keep > words.size()) continue;
      bool match = words[at].matching == t.words[0] ||
                   std::find(first_readings.begin(), first_readings.end(), t.words[0]) != first_readings.end();
      for (size_t k = 1; k < t.words.size() && match; ++k) match = words[at + k].matching == t.words[k];
      if (!match) continue;
      at += t.words.size();
      if (t.office)
        while (at + keep < words.size() && completes_office(words[at].matching)) ++at;
      progress = true;
      break;
    }
  }
  return at;
}

}  // namespace

TitledName strip_titles(std::string_view mention) {
  std::vector<MentionWord> words = split_mention(mention);
  const size_t at = title_word_count(words, true);
  TitledName out;
  if (words.empty()) return out;
  if (at > 0) out.role = std::string(mention.substr(words[0].begin, words[at - 1].end - words[0].begin));
  while (!out.role.empty() && (out.role.back() == ',' || out.role.back() == ' ')) out.role.pop_back();
  out.name = std::string(mention.substr(words[at].begin, words.back().end - words[at].begin));
  return out;
}

bool is_only_title(std::string_view mention) {
  std::vector<MentionWord> words = split_mention(mention);
  return !words.empty() && title_word_count(words, false) == words.size();
}

std::vector<std::string> name_words(std::string_view name) {
  std::string norm = text::normalize_for_matching(name);
  std::vector<std::string> raw;
  for (const text::Token& t : text::tokenize_words(norm)) {
    if (t.is_number) continue;
    std::string w(t.text);
    if (!has_arabic_letter(w)) w = fold_latin(w);
    raw.push_back(std::move(w));
  }
  // The first word may carry ال and the clitics before it (والبنك، للأمن).
  if (!raw.empty() && has_arabic_letter(raw[0])) raw[0] = std::string(text::strip_arabic_proclitics(raw[0]));
  // A preposition glued to an organization's head (لمركز الملك سلمان، بوزارة الصحة).
  if (!raw.empty() && has_arabic_letter(raw[0])) {
    for (const std::string_view p : {"ل", "ب", "ك", "و", "ف"}) {
      if (starts_with(raw[0], p) && is_organization_head(std::string_view(raw[0]).substr(p.size()))) {
        raw[0] = raw[0].substr(p.size());
        break;
      }
    }
  }
  // Only و: names begin with ف (فيصل، فرانسوا، فيرغسون) far more often than a name follows a glued ف.
  if (!raw.empty() && has_arabic_letter(raw[0]) && starts_with(raw[0], kWaw) &&
      letter_count(std::string_view(raw[0]).substr(kWaw.size())) >= 4)
    raw[0] = raw[0].substr(kWaw.size());
  // Compound heads written apart or together: عبد الله / عبدالله, أبو بكر,
  // آل سعود, بن كيران / بنكيران (normalized: ابو, ال, ابن → بن); they chain:
  // بن عبد الكريم → بنعبدالكريم.
  auto is_head = [](const std::string& w) {
    return w == "عبد" || w == "ابو" || w == "ال" || w == "بن" || w == "ابن";
  };
  std::vector<std::string> out;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (!is_head(raw[i]) || i + 1 == raw.size()) {
      out.emplace_back(drop_article(raw[i]));
      continue;
    }
    std::string joined;
    while (i + 1 < raw.size() && is_head(raw[i])) {
      joined += raw[i] == "ابن" ? std::string("بن") : raw[i];
      ++i;
    }
    joined += raw[i];
    out.push_back(std::move(joined));
  }
  return out;
}

std::vector<std::string> name_skeleton(std::string_view name) {
  std::vector<std::string> out;
  for (const std::string& w : name_words(name)) out.push_back(arabic_skeleton(w));
  return out;
}

std::string name_key(std::string_view name) {
  std::vector<std::string> skeleton = name_skeleton(strip_titles(name).name);
  if (skeleton.empty()) return "";
  std::string key = "name:";
  for (size_t i = 0; i < skeleton.size(); ++i) {
    if (i > 0) key += ' ';
    key += skeleton[i];
  }
  return key;
}

namespace {

// The Latin consonant class of an Arabic letter (a code point); 0 to drop it.
char arabic_consonant_class(char32_t c) {
  switch (c) {
    case U'\u0628': return 'b';                                            // ب
    case U'\u062A': case U'\u062B': case U'\u0637': return 't';            // ت ث ط
    case U'\u062C': case U'\u063A': return 'g';                            // ج غ
    case U'\u062D': case U'\u0647': return 'h';                            // ح ه
    case U'\u062E': case U'\u0642': case U'\u0643': return 'k';            // خ ق ك
    case U'\u062F': case U'\u0630': case U'\u0636': case U'\u0638': return 'd';  // د ذ ض ظ
    case U'\u0631': return 'r';                                            // ر
    case U'\u0632': return 'z';                                            // ز
    case U'\u0633': case U'\u0634': case U'\u0635': return 's';            // س ش ص
    case U'\u0641': return 'f';                                            // ف
    case U'\u0644': return 'l';                                            // ل
    case U'\u0645': return 'm';                                            // م
    case U'\u0646': return 'n';                                            // ن
    default: return 0;  // ا و ي ى ء ع ة, diacritics: vowels or no Latin letter
  }
}

std::string latin_consonants(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    const char next = i + 1 < word.size() ? word[i + 1] : '\0';
    char cls = 0;
    if ((c == 'c' || c == 's') && next == 'h') cls = 's', ++i;
    else if ((c == 'k' || c == 'g' || c == 't' || c == 'd') && next == 'h') cls = c, ++i;
    else if (c == 'd' && next == 'j') cls = 'g', ++i;
    else if (c == 'j') cls = 'g';
    else if (c == 'q' || c == 'c') cls = 'k';
    else if (c == 'x') cls = 's';
    else if (c == 'p') cls = 'b';
    else if (c == 'v') cls = 'f';
    else if (c >= 'a' && c <= 'z' && std::string_view("aeiouyw").find(c) == std::string_view::npos) cls = c;
    if (cls != 0 && (out.empty() || out.back() != cls)) out += cls;
  }
  return out;
}

std::string arabic_consonants(std::string_view word) {
  std::string out;
  size_t i = 0;
  while (i < word.size()) {
    const char32_t c = text::next_code_point(word, i);
    const char cls = arabic_consonant_class(c);
    if (cls != 0 && (out.empty() || out.back() != cls)) out += cls;
  }
  return out;
}

}  // namespace

std::string cross_script_key(std::string_view name) {
  std::string key;
  bool first = true;
  for (const std::string& word : name_words(strip_titles(name).name)) {
    if (first && (word == "el" || word == "al" || word == "le" || word == "la" || word == "l")) continue;
    first = false;
    bool latin = false;
    for (const char c : word) latin = latin || (c >= 'a' && c <= 'z');
    const std::string consonants = latin ? latin_consonants(word) : arabic_consonants(word);
    if (consonants.empty()) continue;
    if (key.empty()) key = "xs:";
    key += consonants;  // no separator: بن joins the next word in Arabic, "Ben" stands alone in Latin
  }
  return key;
}

}  // namespace marsad::entity
