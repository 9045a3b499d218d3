#include "describe/card_builder.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <thread>
#include <unordered_map>

#include "entity/arabic_orgs.h"
#include "entity/formulas.h"
#include "entity/name_variants.h"
#include "entity/place_gazetteer.h"
#include "entity/span_edges.h"
#include "text/clitics.h"
#include "text/normalize.h"
#include "text/script.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace marsad {

CardBuilder::CardBuilder(CardOptions options, const TermStatistics* statistics)
    : options_(options), statistics_(statistics) {}

namespace {

// The index of PERS, ORG and LOC in CardBuilder::name_types_; -1 for others.
int type_index(std::string_view type) {
  return type == "PERS" ? 0 : type == "ORG" ? 1 : type == "LOC" ? 2 : -1;
}

// The key of name_first_words_ for a name of a type.
std::string first_word_key(std::string_view type, std::string_view name) {
  std::string key(type);
  key += '\t';
  key += name.substr(0, name.find(' '));
  return key;
}

}  // namespace

void CardBuilder::RunFrequencies::add_document(std::vector<uint32_t> ids) {
  ++documents_;
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (!ids.empty() && ids.back() >= df_.size()) df_.resize(ids.back() + 1, 0);
  for (uint32_t id : ids) ++df_[id];
}

// The smoothed idf of DocumentFrequencies: ln((1 + N) / (1 + df)) + 1.
double CardBuilder::RunFrequencies::idf(std::string_view term) const {
  const int64_t id = terms_.id_of(term);
  const double df = id >= 0 && static_cast<size_t>(id) < df_.size() ? df_[id] : 0;
  return std::log((1.0 + static_cast<double>(documents_)) / (1.0 + df)) + 1.0;
}

void CardBuilder::add(CardArticle article) {
  std::vector<uint32_t> terms;
  extractor_.term_ids(article.title, article.lang, &terms);
  for (const std::string& p : article.paragraphs) extractor_.term_ids(p, article.lang, &terms);
  if (!statistics_) own_statistics_.add_document(std::move(terms));
  for (const CardEntity& e : article.entities)
    if (e.type == "PERS" || e.type == "ORG") ++name_first_words_[first_word_key(e.type, e.name)];
  for (const CardEntity& e : article.entities) {
    if (const int t = type_index(e.type); t >= 0) ++name_types_[e.name][t];
  }
  articles_.push_back(std::move(article));
}

namespace {

// The language of most articles; ties go to the earliest article's.
std::string majority_lang(const std::vector<const CardArticle*>& articles, const std::vector<size_t>& order) {
  std::map<std::string, size_t> counts;
  for (const CardArticle* a : articles) ++counts[a->lang];
  size_t best = 0;
  for (const auto& [lang, n] : counts) best = std::max(best, n);
  for (size_t i : order) {
    if (counts[articles[i]->lang] == best) return articles[i]->lang;
  }
  return articles.empty() ? std::string() : articles.front()->lang;
}

// A term worth showing as a keyword: not a number, at least two letters.
bool keyword_term(const std::string& term) {
  size_t letters = 0;
  for (const text::Token& t : text::tokenize_words(term)) {
    if (t.is_number) return false;
  }
  size_t i = 0;
  while (i < term.size()) {
    const char32_t cp = text::next_code_point(term, i);
    if (!(cp >= '0' && cp <= '9')) ++letters;
  }
  return letters >= 2;
}

// A word as keywords are compared with names: matching form, proclitics off.
std::string keyword_form(std::string_view word) {
  const std::string m = text::normalize_for_matching(word);
  return std::string(text::strip_arabic_proclitics(m));
}

// Words that say nothing a card's other lines do not: the links and titles
// of names (بن، أبو، الأمير، وزير، سمو، خادم الحرمين الشريفين), units of
// money and amounts (ريال، مليار), and function words: the stemmer keeps a
// glued و or ل on some (وهل، لله), which then rank as rare terms, shown
// without it (هل، له). `word` as written.
bool is_keyword_noise(std::string_view word) {
  static const std::set<std::string> words = [] {
    std::set<std::string> w;
    for (const char* x : {"بن", "ابن", "ابو", "ابا", "ال", "نائب", "صاحب", "السمو", "خادم", "الحرمين", "الشريفين",
                          "ولي", "العهد", "امير", "ريال", "دولار", "يورو", "جنيه", "استرليني", "درهم", "دينار",
                          "مليار", "مليون", "الف", "بالمئه", "بالمائه"})
      w.insert(text::normalize_for_matching(x));
    return w;
  }();
  static const text::WordSet* const function_words = text::stopword_list("ar");
  const std::string matching = text::normalize_for_matching(word);
  const std::string bare = keyword_form(word);
  if (function_words != nullptr) {
    if (function_words->count(matching) != 0 || function_words->count(bare) != 0) return true;
    // After a conjunction only: a preposition's letter is as often the
    // word's own (بلدية is no ب + لديه).
    for (const std::string_view conjunction : {"\u0648", "\u0641"}) {  // و ف
      if (!matching.starts_with(conjunction)) continue;
      const std::string_view rest = std::string_view(matching).substr(conjunction.size());
      if (rest.size() >= 4 && function_words->count(rest) != 0) return true;  // وهل، وإنما (two letters or more)
    }
  }
  return words.count(matching) != 0 || words.count(bare) != 0 || entity::is_only_title(matching);
}

// The event's best terms, each shown as the event's articles mostly write it
// (extractor analyzed them; ties go to the run's usual spelling); none that is
// noise or a word of a name the card lists (حفر الباطن is a place, not two
// keywords).
std::vector<Keyword> event_keywords(const EventText& text, const TermExtractor& extractor, const TermExtractor& run,
                                    const std::set<std::string>& name_words, size_t limit) {
  std::unordered_map<uint32_t, double> tf;
  for (const EventTextArticle& a : text.articles()) {
    if (a.article->lang != text.lang()) continue;
    for (const auto& [id, count] : a.term_counts) tf[id] += a.weight * (1.0 + std::log(count));
  }
  std::vector<Keyword> ranked;
  for (const auto& [id, f] : tf) {
    const std::string& term = text.term(id);
    if (!keyword_term(term)) continue;
    ranked.push_back(Keyword{term, "", f * text.idf(id)});
  }
  std::sort(ranked.begin(), ranked.end(), [](const Keyword& a, const Keyword& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
  });
  // The best terms' words. A word that is another of them with و or ف glued
  // on is left out: the stemmer keeps و and ف before ا (فإسرائيل beside إسرائيل).
  const size_t considered = std::min(ranked.size(), 4 * limit);
  std::set<std::string> words;
  for (size_t i = 0; i < considered; ++i) {
    ranked[i].word = extractor.spelling(ranked[i].term, &run);
    words.insert(ranked[i].word);
  }
  auto glued_to_another = [&](const std::string& word) {
    for (const std::string_view conjunction : {"و", "ف"}) {
      if (word.size() > conjunction.size() && word.starts_with(conjunction) &&
          words.count(word.substr(conjunction.size())) != 0)
        return true;
    }
    return false;
  };
  std::vector<Keyword> out;
  std::set<std::string> shown;
  for (size_t i = 0; i < considered && out.size() < limit; ++i) {
    Keyword& k = ranked[i];
    if (!shown.insert(k.word).second || glued_to_another(k.word)) continue;
    if (is_keyword_noise(k.word) || name_words.count(keyword_form(k.word)) != 0) continue;
    out.push_back(std::move(k));
  }
  return out;
}

// How a place is shown: as its articles wrote it, less a proclitic the
// gazetteer reads through ("والعراق" → "العراق"; an adjective gives the
// place's name, "الكورية" → "كوريا الجنوبية"), so that spellings of one
// form are counted together. Written forms are kept over the gazetteer's own
// name: "عمّان" (Amman) and "عُمان" (Oman) match alike once diacritics go.
std::string place_spelling(const std::string& key, const std::string& written) {
  // An adjective (العاصمة الكورية) names the place but is no name for a list
  // of places: the place's own name in that script is shown.
  if (const entity::PlaceMatch m = entity::PlaceGazetteer::builtin().lookup(written);
      m && m.demonym && m.place->key == key) {
    const std::string& own = text::profile_script(written).arabic > 0 ? m.place->name_ar : m.place->name_en;
    if (!own.empty()) return own;
  }
  // لل is ل + ال, whose alef is dropped (للمملكة): it is read first.
  static constexpr std::pair<std::string_view, std::string_view> kProclitics[] = {
      {"لل", "ال"}, {"و", ""}, {"ف", ""}, {"ب", ""}, {"ل", ""}};
  for (const auto& [p, restored] : kProclitics) {
    if (written.size() > p.size() + 2 && std::string_view(written).substr(0, p.size()) == p) {
      const std::string rest = std::string(restored) + written.substr(p.size());
      const entity::PlaceMatch m = entity::PlaceGazetteer::builtin().lookup(rest);
      if (!m) continue;
      const entity::Place* city = entity::PlaceGazetteer::builtin().homonym_city(*m.place);  // وعمان: Amman
      if (m.place->key == key || (city != nullptr && city->key == key)) return rest;
    }
  }
  return written;
}

// Whether a spelling is written in the script of the card's language.
bool in_script_of(const std::string& spelling, const std::string& lang) {
  const text::ScriptProfile profile = text::profile_script(spelling);
  return (lang == "ar") == (profile.arabic > profile.latin);
}

// The spelling most often written for an entity (the first of a tie), or nullptr.
template <typename Count>
const std::string* usual_spelling(const Count& c) {
  const std::string* usual = nullptr;
  size_t best = 0;
  for (const auto& [spelling, n] : c.spellings)
    if (n > best) best = n, usual = &spelling;
  return usual;
}

// The words of a person's name most often written for it (name_words form).
template <typename Count>
std::vector<std::string> usual_name_words(const Count& c) {
  const std::string* usual = usual_spelling(c);
  return usual ? entity::name_words(entity::strip_titles(*usual).name) : std::vector<std::string>{};
}

// The particle of a foreign surname (دي بروين، فان خال، دا سيلفا), in matching form.
bool is_surname_particle(const std::string& word) {
  static const std::set<std::string> particles = [] {
    std::set<std::string> out;
    for (std::string_view w : {"دي", "دا", "دو", "دوس", "داس", "فان", "فون", "دل", "ديل", "دير", "لا", "لو"})
      out.insert(text::normalize_for_matching(w));
    return out;
  }();
  return particles.count(word) != 0;
}

// Whether a name word (entity::name_words, which writes بن / ابن / بنت joined
// to the father's name: بنمحمد) gives the father's name.
bool is_patronymic(const std::string& word) {
  static const std::string bin = text::normalize_for_matching("بن");
  static const std::string bint = text::normalize_for_matching("بنت");
  return word.size() > bint.size() && (word.starts_with(bin) || word.starts_with(bint));
}

// Whether `short_form` is `full` with middle names left out (بندر المهنا /
// بندر بن عبدالرحمن المهنا), or its surname alone, or its first name alone
// before بن (عزام of عزام بن محمد الدخيل), a foreign surname with its
// particle (دي بروين / كيفن دي بروين), or its first three words or more (تركي
// بن سعود بن محمد / تركي بن سعود بن محمد آل سعود).
bool is_short_form(const std::vector<std::string>& short_form, const std::vector<std::string>& full) {
  if (short_form.empty() || short_form.size() >= full.size()) return false;
  if (short_form.size() >= 3 && std::equal(short_form.begin(), short_form.end(), full.begin())) return true;
  if (short_form.size() == 2 && is_surname_particle(short_form[0]) &&
      std::equal(short_form.begin(), short_form.end(), full.end() - 2))
    return true;
  // A first name only before بن: a name the tagger ran on (كيري منتقدي) starts
  // with the man's own surname.
  if (short_form.size() == 1 && short_form[0] == full.front() && is_patronymic(full[1])) return true;
  if (short_form.back() != full.back()) return false;
  if (short_form.size() == 1) return true;
  if (short_form.front() != full.front()) return false;
  size_t j = 0;
  for (const std::string& w : full)
    if (j < short_form.size() && w == short_form[j]) ++j;
  return j == short_form.size();
}

// The words of an organization's or place's most frequent spelling, in matching form.
template <typename Count>
std::vector<std::string> usual_words(const Count& c) {
  const std::string* usual = usual_spelling(c);
  std::vector<std::string> words;
  if (usual == nullptr) return words;
  const std::string matching = text::normalize_for_matching(*usual);
  for (const text::Token& t : text::tokenize_words(matching)) words.emplace_back(t.text);
  return words;
}

// A place named with the word of its kind before it (محافظة عدن، منطقة عسير, in matching form).
bool is_place_kind_word(const std::string& word) {
  static const std::vector<std::string> kinds = [] {
    std::vector<std::string> out;
    for (std::string_view w : {"محافظة", "منطقة", "مدينة", "ولاية", "إمارة", "مقاطعة", "بلدة"})
      out.push_back(text::normalize_for_matching(w));
    return out;
  }();
  return std::find(kinds.begin(), kinds.end(), word) != kinds.end();
}

// Whether a name of `type` shortens another of the same type: a person's
// with middle names left out (is_short_form), an organization's first words
// (مؤسسة النقد of مؤسسة النقد العربي السعودي, at least two), a place without
// the word of its kind (عدن of محافظة عدن).
bool shortens(const std::string& type, const std::vector<std::string>& short_form,
              const std::vector<std::string>& full) {
  if (type == "PERS") return is_short_form(short_form, full);
  if (short_form.empty() || short_form.size() >= full.size()) return false;
  if (type == "ORG")
    return short_form.size() >= 2 && std::equal(short_form.begin(), short_form.end(), full.begin());
  return type == "LOC" && full.size() == short_form.size() + 1 && is_place_kind_word(full[0]) &&
         std::equal(short_form.begin(), short_form.end(), full.begin() + 1);
}

// Across an event's articles a name is written in full in one and shortened
// in another, where the per-article resolver cannot see both: a shorter name
// goes into the one longer name of its type it shortens, if only one does.
// Returns whether a name was merged.
template <typename Count>
bool merge_short_forms_once(std::map<std::string, Count>* counts) {
  struct Name {
    const std::string* key;
    const std::string* type;
    std::vector<std::string> words;
  };
  std::vector<Name> names;
  for (const auto& [key, c] : *counts) {
    if (c.type == "PERS") names.push_back({&key, &c.type, usual_name_words(c)});
    else if (c.type == "ORG" || c.type == "LOC") names.push_back({&key, &c.type, usual_words(c)});
  }
  std::vector<std::pair<std::string, std::string>> into;  // short key → full key
  for (const Name& short_name : names) {
    const std::string* full_key = nullptr;
    size_t fulls = 0;
    for (const Name& name : names) {
      if (name.key != short_name.key && *name.type == *short_name.type &&
          shortens(*short_name.type, short_name.words, name.words) &&
          (full_key == nullptr || *full_key != *name.key)) {
        full_key = name.key;
        ++fulls;
      }
    }
    if (fulls == 1) into.emplace_back(*short_name.key, *full_key);
  }
  for (const auto& [short_key, full_key] : into) {
    auto from = counts->find(short_key);
    auto to = counts->find(full_key);
    if (from == counts->end() || to == counts->end()) continue;  // a chain: merged already
    to->second.articles.insert(from->second.articles.begin(), from->second.articles.end());
    to->second.mentions += from->second.mentions;
    // A person is shown by the full name; an organization or place by its commonest
    // spelling, short or long (a long one may have run into the next words).
    if (to->second.type != "PERS")
      for (const auto& [spelling, n] : from->second.spellings) to->second.spellings[spelling] += n;
    counts->erase(from);
  }
  return !into.empty();
}

// Repeated, since a merge can settle an ambiguity: once بوعلي's candidate
// خالد بوعلي has gone into خالد عبدالله بوعلي, the surname has one full name.
template <typename Count>
void merge_short_forms(std::map<std::string, Count>* counts) {
  for (int pass = 0; pass < 3; ++pass)
    if (!merge_short_forms_once(counts)) break;
}

// A name as a card shows it: a person's without what he sends run on (برقية).
std::string shown_name(const CardEntity& e) {
  return e.type == "PERS" ? entity::without_person_trailer(e.name) : e.name;
}

// A name less the proclitics glued to its first word (و ف, then ب ل ك; لل for
// ل + ال), where the word so read starts names of its type more often than
// the word as written.
std::string without_proclitics(const std::string& type, const std::string& name,
                               const std::unordered_map<std::string, size_t>& first_words) {
  auto count_of = [&](std::string_view word) {
    auto it = first_words.find(first_word_key(type, word));
    return it == first_words.end() ? size_t{0} : it->second;
  };
  const std::string_view written(name);
  const size_t space = written.find(' ');
  const std::string_view first = written.substr(0, space);
  const std::string_view tail = space == std::string_view::npos ? std::string_view() : written.substr(space);
  std::string best(written);
  size_t best_count = count_of(first);
  const std::vector<std::string> readings = proclitic_free_readings(first);
  for (const std::string& reading : readings) {
    const size_t n = count_of(reading);
    if (n > best_count) {
      best_count = n;
      best = reading + std::string(tail);
    }
  }
  // Where the run cannot tell (a small one), an organization's or place's لل is
  // ل + ال, the reading that restores ال: no such name begins with لل (للأمن
  // الداخلي الفرنسي). A person's may (للا سلمى).
  if (best == written && type != "PERS" && first.starts_with("\u0644\u0644") && first.size() > 6) {
    for (const std::string& reading : readings) {
      if (reading.starts_with("\u0627\u0644")) best = reading + std::string(tail);
    }
  }
  return best;
}

// A body every organization has, named by what it is in its organization
// (مجلس الإدارة، الجمعية العمومية، لجنة التحكيم), or a name cut to its
// generic words (الهيئة العامة، البنك المركزي): a head and only such words.
bool is_generic_body(const std::string& name) {
  static const std::set<std::string> generic = [] {
    std::set<std::string> words;
    for (std::string_view w : {"الإدارة", "العمومية", "التنفيذي", "التنفيذية", "النادي", "التحكيم", "المنظمة",
                               "التنظيمية", "العامة", "العام", "المركزي", "المركزية", "الجديد", "الجديدة",
                               "الأمناء", "الفنية", "الفني", "الإعلامية", "المحلية"})
      words.insert(text::normalize_for_matching(w));
    return words;
  }();
  const std::string matching = text::normalize_for_matching(name);
  const std::vector<text::Token> words = text::tokenize_words(matching);
  if (words.size() < 2) return false;
  for (size_t i = 1; i < words.size(); ++i)
    if (generic.count(std::string(words[i].text)) == 0) return false;
  return true;
}

// A title alone (الوزير) or a nationality (إماراتيون) that the tagger took
// for a person's name.
bool is_no_person(const std::string& name) {
  if (entity::is_only_title(name)) return true;
  const entity::PlaceMatch m = entity::PlaceGazetteer::builtin().lookup(name);
  return m && m.demonym;
}

// The type the run's mentions of `name` mostly give it: another type only
// where it is given twice as often as `type`, and at least 3 times (داعش,
// تويتر); a name that opens with an organization's head word (تنظيم داعش)
// stays an organization. Names, not entity keys: a key is a consonant
// skeleton that short names share (بايرن، بورنو، براون).
std::string run_type(const std::string& name, const std::string& type,
                     const std::unordered_map<std::string, std::array<uint32_t, 3>>& name_types) {
  static constexpr const char* kTypes[] = {"PERS", "ORG", "LOC"};
  const auto it = name_types.find(name);
  const int given = type_index(type);
  if (it == name_types.end() || given < 0) return type;
  if (type == "ORG") {
    const std::string words = text::normalize_for_matching(name);
    const std::string_view first = std::string_view(words).substr(0, words.find(' '));
    if (entity::is_organization_head(text::strip_arabic_proclitics(first))) return type;
  }
  const std::array<uint32_t, 3>& counts = it->second;
  int best = given;
  for (int t = 0; t < 3; ++t) {
    if (counts[t] > counts[best]) best = t;
  }
  return counts[best] >= 3 && counts[best] >= 2 * counts[given] ? kTypes[best] : type;
}

std::vector<NamedEntity> event_entities(const std::vector<const CardArticle*>& articles, const std::string& lang,
                                        const CardOptions& options,
                                        const std::unordered_map<std::string, size_t>& name_first_words,
                                        const std::unordered_map<std::string, std::array<uint32_t, 3>>& name_types) {
  struct Count {
    std::string type;
    std::set<size_t> articles;  // indexes into `articles`
    size_t mentions = 0;
    std::map<std::string, size_t> spellings;
  };
  std::map<std::string, Count> counts;
  for (size_t i = 0; i < articles.size(); ++i) {
    for (const CardEntity& tagged : articles[i]->entities) {
      if (tagged.key.empty() || (tagged.type != "PERS" && tagged.type != "ORG" && tagged.type != "LOC")) continue;
      CardEntity e = tagged;
      e.type = run_type(e.name, e.type, name_types);
      if (entity::is_religious_formula(e.name) || (e.type == "PERS" && is_no_person(e.name)) ||
          (e.type == "ORG" && is_generic_body(e.name)))
        continue;
      Count& c = counts[e.key];
      c.type = e.type;
      ++c.mentions;
      ++c.spellings[e.key.rfind("loc:", 0) == 0 ? place_spelling(e.key, e.name)
                                                   : without_proclitics(e.type, shown_name(e), name_first_words)];
      c.articles.insert(i);
    }
  }
  merge_short_forms(&counts);
  // Each entity's shown name: the card's script first ("العراق" on an Arabic
  // card, though "Iraq" was written as often), then the most frequent.
  std::map<std::string, std::string> shown;
  for (const auto& [key, c] : counts) {
    const std::string* name = &key;
    size_t best = 0;
    bool best_in_script = false;
    for (const auto& [spelling, n] : c.spellings) {
      const bool script = in_script_of(spelling, lang);
      if ((script && !best_in_script) || (script == best_in_script && n > best)) {
        best = n;
        best_in_script = script;
        name = &spelling;
      }
    }
    shown[key] = *name;
  }
  // Two entities shown by one name are one to the reader (بن لادن, the family
  // and a short form of one of its members): counted together, under the first key.
  std::map<std::pair<std::string, std::string>, std::string> key_of_shown;
  for (auto it = counts.begin(); it != counts.end();) {
    auto [first, added] = key_of_shown.try_emplace({it->second.type, shown[it->first]}, it->first);
    if (added) {
      ++it;
      continue;
    }
    Count& into = counts[first->second];
    into.articles.insert(it->second.articles.begin(), it->second.articles.end());
    into.mentions += it->second.mentions;
    for (const auto& [spelling, n] : it->second.spellings) into.spellings[spelling] += n;
    it = counts.erase(it);
  }
  const size_t min_articles = articles.size() >= 3 ? options.entity_min_articles : 1;
  std::vector<NamedEntity> out;
  for (const char* type : {"PERS", "ORG", "LOC"}) {
    std::vector<std::pair<const std::string*, const Count*>> of_type;
    for (const auto& [key, c] : counts) {
      if (c.type == type && c.articles.size() >= min_articles) of_type.push_back({&key, &c});
    }
    std::sort(of_type.begin(), of_type.end(), [](const auto& a, const auto& b) {
      if (a.second->articles.size() != b.second->articles.size())
        return a.second->articles.size() > b.second->articles.size();
      if (a.second->mentions != b.second->mentions) return a.second->mentions > b.second->mentions;
      return *a.first < *b.first;
    });
    for (size_t i = 0; i < of_type.size() && i < options.entities_per_type; ++i) {
      const std::string& key = *of_type[i].first;
      out.push_back(NamedEntity{key, shown[key], type, of_type[i].second->articles.size()});
    }
  }
  return out;
}

}  // namespace

EventCard CardBuilder::describe_event(const std::vector<const CardArticle*>& articles,
                                      TermExtractor& text_terms) const {
  EventCard card;
  if (articles.empty()) return card;
  std::vector<size_t> order(articles.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return published_before(*articles[a], a, *articles[b], b);
  });

  card.event = articles.front()->event;
  card.storyline = articles.front()->storyline;
  card.article_count = articles.size();
  card.lang = majority_lang(articles, order);
  for (const CardArticle* a : articles) {
    if (a->time <= 0) continue;
    if (card.first_time == 0 || a->time < card.first_time) card.first_time = a->time;
    card.last_time = std::max(card.last_time, a->time);
  }

  const TermStatistics& statistics = statistics_ ? *statistics_ : own_statistics_;
  text_terms.forget_spellings();
  EventText text(articles, card.lang, text_terms, statistics, options_.text);
  const HappeningDate date = happening_date(articles, options_.date);
  const std::optional<CivilDate> happened =
      date.basis != DateBasis::kUnknown ? std::optional<CivilDate>(date.date) : std::nullopt;
  std::vector<bool> core(articles.size(), true);
  HappeningDate core_date = date;
  if (auto h = choose_headline(text, options_.headline, happened)) {
    card.headline = articles[*h]->title;
    card.headline_id = card_article_key(articles[*h]->id, articles[*h]->segment);
    // An event that mixes happenings tells the headline's in its summary and date.
    std::vector<const CardArticle*> core_articles;
    std::set<std::string> core_sources;
    std::set<size_t> core_texts;  // dup groups: copies of one text count once
    for (size_t i = 0; i < articles.size(); ++i) {
      core[i] = i == *h || cosine(text.articles()[i].whole, text.articles()[*h].whole) >= options_.core_similarity;
      if (!core[i]) continue;
      core_articles.push_back(articles[i]);
      core_sources.insert(articles[i]->source);
      core_texts.insert(text.articles()[i].group);
    }
    if (core_articles.size() < articles.size() &&
        std::min(core_sources.size(), core_texts.size()) >= options_.core_min_sources) {
      core_date = happening_date(core_articles, options_.date);
    } else {
      core.assign(articles.size(), true);
    }
  } else {
    card.headline = opening_headline(text, options_.headline);
  }
  for (size_t i : select_summary(text, core, options_.summary)) {
    const EventSentence& s = text.sentences()[i];
    const CardArticle& a = *articles[s.article];
    card.summary.push_back(SummarySentence{s.text, a.id, a.segment, a.source});
  }
  card.entities = event_entities(articles, card.lang, options_, name_first_words_, name_types_);
  // Keywords leave out the words of names: those the card lists, and those of
  // people two or more articles name whom the card has no room for (الجاسر،
  // ماهر). Other names' words stay: كأس السوبر or المسجد الأقصى, unlisted, is
  // what the event is about.
  std::set<std::string> name_words;
  const auto add_name_words = [&](const std::string& name) {
    for (const text::Token& t : text::tokenize_words(name)) name_words.insert(keyword_form(t.text));
  };
  for (const NamedEntity& e : card.entities) add_name_words(e.name);
  std::map<std::string, std::set<const CardArticle*>> writers;  // a person's name as written → articles writing it
  for (const CardArticle* a : articles) {
    for (const CardEntity& e : a->entities) {
      if (e.type == "PERS") writers[e.name].insert(a);
    }
  }
  for (const auto& [name, by] : writers) {
    if (by.size() >= 2) add_name_words(name);
  }
  card.keywords = event_keywords(text, text_terms, extractor_, name_words, options_.keywords);

  card.date_basis = core_date.basis;
  if (core_date.basis != DateBasis::kUnknown) card.date = to_iso(core_date.date);

  // Copies: an article naming its original, else the later members of a dup group.
  std::unordered_map<std::string, size_t> by_key;
  for (size_t i = 0; i < articles.size(); ++i) by_key[card_article_key(articles[i]->id, articles[i]->segment)] = i;
  std::map<uint32_t, size_t> group_first;  // dup group → its earliest article
  for (size_t i : order) {
    if (articles[i]->dup_group) group_first.emplace(*articles[i]->dup_group, i);
  }
  std::vector<bool> is_copy(articles.size(), false);
  for (size_t i : order) {
    const CardArticle& a = *articles[i];
    std::optional<size_t> from;
    if (!a.reused_from.empty()) {
      auto it = by_key.find(a.reused_from);
      if (it == by_key.end()) it = by_key.find(a.reused_from.substr(0, a.reused_from.find('#')));
      if (it != by_key.end() && it->second != i) from = it->second;
      is_copy[i] = true;
    } else if (a.dup_group) {
      const size_t first = group_first[*a.dup_group];
      if (first != i) from = first;
    }
    if (!from) continue;
    is_copy[i] = true;
    const CardArticle& original = *articles[*from];
    card.reuse.push_back(Reuse{card_article_key(a.id, a.segment), a.source,
                               card_article_key(original.id, original.segment), original.source});
  }

  std::map<std::string, size_t> source_index;
  for (size_t i : order) {
    const CardArticle& a = *articles[i];
    // A borrowed time orders the article but is not shown as its own.
    const int64_t own_time = a.dated ? a.time : 0;
    auto [it, added] = source_index.emplace(a.source, card.sources.size());
    if (added) card.sources.push_back(CardSource{a.source, 0, own_time, false});
    CardSource& s = card.sources[it->second];
    if (s.first_time == 0) s.first_time = own_time;
    ++s.articles;
    if (!is_copy[i]) s.original = true;
    card.timeline.push_back(TimelineEntry{own_time, a.source, a.title, a.id, a.segment, a.lang});
  }
  card.first_source = articles[order.front()]->source;
  return card;
}

std::vector<StorylineCard> CardBuilder::storylines_of(const std::vector<EventCard>& events) {
  std::map<uint32_t, std::vector<const EventCard*>> by_storyline;
  for (const EventCard& e : events) by_storyline[e.storyline].push_back(&e);
  const auto first = [](const EventCard* e) {
    return e->first_time > 0 ? e->first_time : std::numeric_limits<int64_t>::max();
  };
  std::vector<StorylineCard> out;
  for (auto& [id, members] : by_storyline) {
    std::stable_sort(members.begin(), members.end(),
                     [&](const EventCard* a, const EventCard* b) { return first(a) < first(b); });
    StorylineCard s;
    s.storyline = id;
    for (const EventCard* e : members) {
      s.events.push_back(StorylineEvent{e->event, e->headline, e->date, e->date_basis, e->first_time, e->article_count});
      s.article_count += e->article_count;
      if (e->first_time > 0 && (s.first_time == 0 || e->first_time < s.first_time)) s.first_time = e->first_time;
      s.last_time = std::max(s.last_time, e->last_time);
    }
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(), [](const StorylineCard& a, const StorylineCard& b) {
    const int64_t ta = a.first_time > 0 ? a.first_time : std::numeric_limits<int64_t>::max();
    const int64_t tb = b.first_time > 0 ? b.first_time : std::numeric_limits<int64_t>::max();
    return ta < tb;
  });
  return out;
}

StoryCards CardBuilder::build() {
  std::map<uint32_t, std::vector<const CardArticle*>> by_event;
  for (const CardArticle& a : articles_) by_event[a.event].push_back(&a);
  std::vector<const std::vector<const CardArticle*>*> events;
  for (const auto& [event, members] : by_event) events.push_back(&members);

  // Each event's card depends on its articles and on what add() counted, not
  // on the other cards: they are described on all cores, each thread with
  // its own analyzers.
  StoryCards cards;
  cards.events.resize(events.size());
  const size_t cores = options_.threads != 0 ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
  const size_t threads = std::min(cores, std::max<size_t>(1, events.size()));
  std::atomic<size_t> next{0};
  const auto describe_some = [&] {
    TermExtractor text_terms;
    for (size_t i = next.fetch_add(1); i < events.size(); i = next.fetch_add(1))
      cards.events[i] = describe_event(*events[i], text_terms);
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(describe_some);
  describe_some();
  for (std::thread& t : pool) t.join();

  std::stable_sort(cards.events.begin(), cards.events.end(), [](const EventCard& a, const EventCard& b) {
    const int64_t ta = a.first_time > 0 ? a.first_time : std::numeric_limits<int64_t>::max();
    const int64_t tb = b.first_time > 0 ? b.first_time : std::numeric_limits<int64_t>::max();
    return ta < tb;
  });
  cards.storylines = storylines_of(cards.events);
  return cards;
}

}  // namespace marsad
