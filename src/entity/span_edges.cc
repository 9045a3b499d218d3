#include "entity/span_edges.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "entity/name_variants.h"
#include "text/script.h"
#include "text/utf8.h"

namespace marsad::entity {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// Words of the next phrase, at either edge of a name (comparison form: see comparison_form).
// Left off, as they also begin or end names: على (the name Ali is often written so), خلف
// (Khalaf), إن / أن / أي / إي (the letters N and I: سي إن إن، اف بي آي), بأن / وأن (بان كي
// مون، وان بلس), هو / هي (هو جين تاو، كواك تاي هي), ما (ما ينغ جيو), كان (Cannes), اللواتي
// (a family name), أمام (read as إمام once hamza is folded: عادل إمام).
const WordSet& function_words() {
  static const WordSet words = {
      // prepositions, alone and behind و or ف: "الاتحاد في"، "الاتحاد خلال"
      "في", "من", "الى", "عن", "مع", "حتى", "منذ", "عند", "لدى", "نحو", "خلال", "ضد", "حول", "عبر",
      "تجاه", "ضمن", "فوق", "تحت", "مثل", "وفق", "وفقا", "حسب", "بعد", "قبل", "وفي", "ومن", "والى",
      "وعن", "ومع", "وحتى", "ومنذ", "وعند", "ولدى", "وخلال", "وبعد", "وقبل", "وعبر", "وضمن", "ففي",
      "فمن", "فيما", "وفيما",
      // conjunctions standing alone: "سلمان او"
      "و", "ف", "او", "ثم", "لكن", "بل", "حيث", "كما", "اذ", "اذا", "لان", "بينما", "اما", "واما",
      // relative pronouns: "المنظمة التي"، "مجلس الامن الدولي الذي"
      "الذي", "التي", "الذين", "اللذين", "اللذان", "اللتان", "اللتين", "اللاتي", "اللائي", "والذي",
      "والتي", "والذين",
      // particles: "الاتحاد قد"
      "قد", "لقد", "وقد", "فقد", "لم", "لن", "هل",
      // demonstratives
      "هذا", "هذه", "ذلك", "تلك", "هؤلاء",
  };
  return words;
}

// Function words that lead foreign names (بين أفليك Ben Affleck، دون كيشوت، لا ريبابليكا):
// trimmed from the end only.
const WordSet& trailing_function_words() {
  static const WordSet words = {"بين", "دون", "لا"};
  return words;
}

// Titles that open a person's name or office, which a name ends in only when the tagger ran
// on into the next one: "محمد بن سلمان ولي" (ولي العهد)، "مجلس الوزراء الدكتور". Left off:
// الملك and الملكة, since جائزة الملك and كأس الملك (the King's Cup, tagged ORG too) are whole
// names.
const WordSet& titles() {
  static const WordSet words = {
      "ولي", "الامير", "الاميرة", "الدكتور", "الدكتورة", "الاستاذ", "الاستاذة", "المهندسة", "اللواء",
      "العقيد", "الفريق", "المقدم", "المستشار", "معالي", "سمو", "فخامة", "سعادة", "صاحب", "الامام",
      "الرئيس", "الوزير", "وزير", "رئيس", "نائب", "السفير", "وكيل", "الوكيل", "محافظ", "المحافظ",
  };
  return words;
}

// Titles that are family names too (محمد السيد، ماجد المهندس، عبدالله العميد): trimmed from
// an organization's name only.
const WordSet& titles_also_family_names() {
  static const WordSet words = {"الشيخ", "المهندس", "القاضي", "السيد", "العميد"};
  return words;
}

// Words that link a name to the name after them (محمد بن ...، آل سعود، أبو ...، ولد الشيخ).
// Alone at a name's end they are the start of a name the span lost: "عبدالله بن عبدالعزيز آل".
// Left off: أبي, which ends شينزو ابي (Abe) where the madda is not written.
const WordSet& name_links() {
  static const WordSet words = {"بن", "ابن", "بنت", "آل", "ابو", "ابا", "عبد", "ولد"};
  return words;
}

// Time words the report puts right after a name ("أعلنت وزارة الداخلية اليوم"، "... أمس"):
// trimmed from the end while two words stay, so that صحيفة اليوم (an outlet) keeps its name;
// from a person's name while one stays (no man is called أمس: "سعود أمس" of "جامعة الملك سعود أمس").
// Left off: the weekdays, which are family names too (الخميس، الجمعة).
const WordSet& time_words() {
  static const WordSet words = {"اليوم", "امس", "الليلة", "غدا", "حاليا", "مساء", "صباح", "صباحا", "مساءا"};
  return words;
}

// Participles that open a phrase about an organization, not its name ("وكالة الأنباء اليمنية
// التابعة للحكومة"، "وزارة الدفاع المعترف بها"، "اللجنة المكونة من"), and السابق (former):
// trimmed from an organization's end while two words stay.
const WordSet& organization_trailers() {
  static const WordSet words = {"التابع",   "التابعة", "التابعين", "المعترف", "المكلف", "المكلفة", "المعني",
                                "المعنية",  "المختص",  "المختصة",  "المكونة", "المسؤول", "المسؤولة",
                                "السابق",   "السابقة"};
  return words;
}

// Nouns that follow the name of a person who sends or makes something ("بعث الملك سلمان بن
// عبدالعزيز آل سعود برقية تهنئة"), into which the tagger runs: trimmed from a person's end.
const WordSet& person_trailers() {
  static const WordSet words = {"برقية", "برقيتي", "برقيتين", "برقيات", "رسالة", "رسالتين", "اتصالا", "اتصال"};
  return words;
}

// Currencies, which the tagger takes for an organization when alone ("مليون ريال"): it learned
// ريال from ريال مدريد. A span that is one of them (with و or ب before it) names nothing.
const WordSet& currencies() {
  static const WordSet words = {"ريال", "دولار", "يورو", "درهم", "دينار", "جنيه", "ليرة", "روبية", "فرنك",
                                "وريال", "ودولار", "بريال", "بدولار", "ريالا", "دولارا"};
  return words;
}

bool in(const WordSet& set, const std::string& word) { return set.find(word) != set.end(); }

// A word as the lists write it: no diacritics or tatweel, أ إ ٱ as ا (آ kept: آل، آبي).
std::string comparison_form(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  size_t i = 0;
  while (i < word.size()) {
    const char32_t c = text::next_code_point(word, i);
    if (text::is_arabic_diacritic(c) || c == U'\u0640') continue;
    text::append_utf8(out, c == U'\u0623' || c == U'\u0625' || c == U'\u0671' ? U'\u0627' : c);
  }
  return out;
}

bool is_space_at(std::string_view s, size_t i, size_t* width) {
  const char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
    *width = 1;
    return true;
  }
  if (s.substr(i, 2) == "\xC2\xA0") {  // no-break space
    *width = 2;
    return true;
  }
  return false;
}

// The [begin, end) byte ranges of the words of `s`, separated by whitespace.
std::vector<std::pair<size_t, size_t>> words_of(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> words;
  size_t i = 0;
  while (i < s.size()) {
    size_t width = 0;
    if (is_space_at(s, i, &width)) {
      i += width;
      continue;
    }
    const size_t begin = i;
    while (i < s.size() && !is_space_at(s, i, &width)) ++i;
    words.emplace_back(begin, i);
  }
  return words;
}

// The first words of foreign place names that are no name alone. Left off: سيدي (an honorific
// as often as a Maghrebi place's first word: "سيدي خادم الحرمين") and نيو (نيويورك is one word).
const WordSet& place_prefixes() {
  static const WordSet words = {"سان", "سانت", "سانتا", "ساو", "لوس", "لاس"};
  return words;
}

// What a person's name names when one of these words comes before it (and the titles between):
// a street, road, square or district, a venue (a stadium, an airport) is a place; a university,
// hospital, college or centre an organization. Left off: مدينة, a city (مدينة الملك عبدالله
// الاقتصادية) as often as a campus or a sports ground.
const std::unordered_map<std::string, std::string>& named_after_heads() {
  static const std::unordered_map<std::string, std::string> heads = {
      {"شارع", "LOC"},  {"طريق", "LOC"},   {"حي", "LOC"},     {"ميدان", "LOC"}, {"جسر", "LOC"},
      {"تقاطع", "LOC"}, {"دوار", "LOC"},   {"نفق", "LOC"},    {"كورنيش", "LOC"}, {"ممشى", "LOC"},
      {"ملعب", "LOC"},  {"استاد", "LOC"},  {"مطار", "LOC"},   {"ميناء", "LOC"}, {"جامعة", "ORG"},
      {"مستشفى", "ORG"}, {"كلية", "ORG"},  {"مركز", "ORG"},   {"معهد", "ORG"},  {"مؤسسة", "ORG"},
      {"مجمع", "ORG"}};
  return heads;
}

// Titles between such a word and a person's name (شارع الأمير ...، جامعة الملك ...).
const WordSet& street_name_titles() {
  static const WordSet words = {"الامير", "الاميرة", "الملك", "الشيخ", "الامام", "الخليفة", "الصحابي"};
  return words;
}

// Whether `word` (comparison form) is و glued to a title or a name's link,
// with or without a preposition between (وولي، ولسمو، وبن).
bool starts_with_conjunction_and_title(const std::string& word) {
  static const std::string waw = "\u0648";
  if (!word.starts_with(waw)) return false;
  for (const std::string_view reading : ProcliticReadings(word)) {
    if (reading.size() < word.size() && (in(titles(), std::string(reading)) || in(name_links(), std::string(reading))))
      return true;
  }
  return false;
}

}  // namespace

void names_after_people(std::string_view text, std::vector<EntitySpan>* spans) {
  std::vector<bool> took_head(spans->size(), false);
  std::vector<std::pair<size_t, size_t>> wholes;  // [begin, end) of those spans, their heads' proclitics in
  for (size_t i = 0; i < spans->size(); ++i) {
    EntitySpan& span = (*spans)[i];
    if (span.type != "PERS") continue;
    // The words before the span, nearest first: titles, then a head word.
    const auto before = words_of(text.substr(0, span.begin));
    size_t k = before.size();
    auto form = [&](size_t w) {
      return comparison_form(text.substr(before[w].first, before[w].second - before[w].first));
    };
    while (k > 0 && before.size() - k < 2 && in(street_name_titles(), form(k - 1))) --k;
    if (k == 0) continue;
    // The head word with its proclitics off (بشارع، وطريق، بجامعة); the span starts at it.
    const std::string word = form(k - 1);
    size_t glued = std::string::npos;
    const std::string* type = nullptr;
    for (const std::string_view reading : ProcliticReadings(word)) {
      const auto head = named_after_heads().find(std::string(reading));
      if (head != named_after_heads().end() && std::string_view(word).ends_with(reading)) {
        glued = word.size() - reading.size();
        type = &head->second;
        break;
      }
    }
    if (type == nullptr) continue;
    const size_t begin = before[k - 1].first + glued;
    span.type = *type;
    span.begin = begin;
    span.text = std::string(text.substr(begin, span.end - begin));
    span.place_key.clear();
    took_head[i] = true;
    wholes.emplace_back(before[k - 1].first, span.end);
  }
  if (wholes.empty()) return;
  // The tagger's own piece of the name before the person ("بجامعة الملك" of جامعة الملك سعود) is
  // now inside a span that holds it whole.
  size_t kept = 0;
  for (size_t i = 0; i < spans->size(); ++i) {
    const EntitySpan& span = (*spans)[i];
    const bool inside = !took_head[i] && std::any_of(wholes.begin(), wholes.end(), [&](const auto& whole) {
      return whole.first <= span.begin && span.end <= whole.second;
    });
    if (inside) continue;
    if (kept != i) (*spans)[kept] = std::move((*spans)[i]);
    ++kept;
  }
  spans->resize(kept);
}

void join_place_prefixes(std::string_view text, std::vector<EntitySpan>* spans) {
  for (size_t i = 0; i < spans->size(); ++i) {
    EntitySpan& span = (*spans)[i];
    if (span.type != "LOC" && span.type != "ORG") continue;
    const auto words = words_of(span.text);
    if (words.empty()) continue;
    const auto& [last_begin, last_end] = words.back();
    if (!in(place_prefixes(), comparison_form(std::string_view(span.text).substr(last_begin, last_end - last_begin))))
      continue;
    // The next word, after one run of spaces: Arabic letters only (no quote or comma between).
    size_t next = span.end, width = 0;
    if (next >= text.size() || !is_space_at(text, next, &width)) continue;
    while (next < text.size() && is_space_at(text, next, &width)) next += width;
    size_t end = next;
    while (end < text.size()) {
      size_t at = end;
      const char32_t c = text::next_code_point(text, at);
      if (!text::is_arabic_letter(c) && !text::is_arabic_diacritic(c)) break;
      end = at;
    }
    if (end == next) continue;
    span.end = end;
    span.text = std::string(text.substr(span.begin, end - span.begin));
    span.place_key.clear();
    // A span the next word began (مورتيز as a person) is part of this name now.
    while (i + 1 < spans->size() && (*spans)[i + 1].begin < end) {
      EntitySpan& absorbed = (*spans)[i + 1];
      if (absorbed.end > span.end) {
        span.end = absorbed.end;
        span.text = std::string(text.substr(span.begin, span.end - span.begin));
      }
      spans->erase(spans->begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
  }
}

size_t trim_span_edges(EntitySpan* span) {
  const std::string_view text = span->text;
  const auto words = words_of(text);
  auto form = [&](size_t k) {
    return comparison_form(text.substr(words[k].first, words[k].second - words[k].first));
  };
  // Places and other names may end in a title (شرم الشيخ، كأس الملك، جائزة الأمير): only a
  // person's or an organization's name loses one.
  if (words.size() == 1 && in(currencies(), form(0))) {
    span->end = span->begin;
    span->text.clear();
    return 0;
  }
  const bool person = span->type == "PERS";
  const bool titles_trimmed = person || span->type == "ORG";
  size_t first = 0, last = words.size();  // the words kept: [first, last)
  while (last > first) {
    const std::string word = form(last - 1);
    if (in(function_words(), word) || in(trailing_function_words(), word) ||
        (last - first > (person ? 1 : 2) && in(time_words(), word)) ||
        (last - first > 2 && span->type == "ORG" && in(organization_trailers(), word))) {
      --last;
      continue;
    }
    // A title after "and" opens the next name ("محمد بن نايف وولي العهد"، "... ولسمو"):
    // no name ends in one, nor is one.
    if (titles_trimmed && starts_with_conjunction_and_title(word)) {
      --last;
      continue;
    }
    const bool title_or_link = titles_trimmed && (in(titles(), word) || in(name_links(), word) ||
                                                  (!person && in(titles_also_family_names(), word)));
    // A title alone is the tagger's whole name (العميد is also a club's nickname), and one
    // after a link is a family name (آل الشيخ).
    if (!title_or_link || last - first == 1 || in(name_links(), form(last - 2))) break;
    --last;
  }
  while (first < last && in(function_words(), form(first))) ++first;
  if (first == 0 && last == words.size()) return words.size();

  if (first == last) {
    span->end = span->begin;
    span->text.clear();
    return 0;
  }
  const size_t from = words[first].first, to = words[last - 1].second;
  span->begin += from;
  span->end = span->begin + (to - from);
  span->text = span->text.substr(from, to - from);
  return last - first;
}

std::string without_person_trailer(std::string_view name) {
  const auto words = words_of(name);
  if (words.size() < 3) return std::string(name);
  const auto& [begin, end] = words.back();
  if (!in(person_trailers(), comparison_form(name.substr(begin, end - begin)))) return std::string(name);
  return std::string(name.substr(0, words[words.size() - 2].second));
}

void trim_span_edges(std::vector<EntitySpan>* spans, size_t min_words) {
  spans->erase(std::remove_if(spans->begin(), spans->end(),
                              [&](EntitySpan& span) { return trim_span_edges(&span) < min_words; }),
               spans->end());
}

}  // namespace marsad::entity
