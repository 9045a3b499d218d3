#include "entity/place_gazetteer.h"

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <memory>
#include <tuple>

#include "core/data_dir.h"
#include "entity/name_variants.h"
#include "text/normalize.h"
#include "text/script.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace marsad::entity {
namespace {

constexpr size_t kMaxPhraseWords = 5;

using text::has_arabic_letter;

bool has_diacritic(std::string_view s) {
  size_t i = 0;
  while (i < s.size())
    if (text::is_arabic_diacritic(text::next_code_point(s, i))) return true;
  return false;
}

size_t code_points(std::string_view s) {
  size_t n = 0, i = 0;
  while (i < s.size()) {
    text::next_code_point(s, i);
    ++n;
  }
  return n;
}

bool is_latin_article(std::string_view w) {
  return w == "the" || w == "la" || w == "le" || w == "les" || w == "l";
}

// Words that name a state before its name or its adjective: جمهورية فرنسا,
// المملكة المغربية, دولة قطر (matching form, article dropped).
bool is_state_word(std::string_view w) {
  return w == "جمهوريه" || w == "دوله" || w == "مملكه" || w == "اماره" || w == "سلطنه";
}

// Whether the text between two names holds only what separates the items of a
// list: spaces and commas (, or ،).
bool is_list_gap(std::string_view gap) {
  while (!gap.empty() && (gap.front() == ' ' || gap.front() == ',' || gap.substr(0, 2) == "،"))
    gap.remove_prefix(gap.front() == ' ' || gap.front() == ',' ? 1 : 2);
  return gap.empty();
}

std::string utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Whether the word at norm.text[begin, end) ends in a ه that was written ة: the matching form
// folds the two, but the common words جده ("his grandfather") and وجده ("and found it") are
// no Jeddah (جدة) or Oujda (وجدة).
bool written_with_taa_marbuta(const text::NormalizedText& norm, std::string_view original, size_t begin,
                              size_t end) {
  constexpr std::string_view kHa = "ه";
  if (end - begin < kHa.size() || std::string_view(norm.text).substr(end - kHa.size(), kHa.size()) != kHa) {
    return false;
  }
  size_t at = norm.to_original[end - kHa.size()];
  const char32_t written = text::next_code_point(original, at);
  return written == U'\u0629' || written == U'\uFE93' || written == U'\uFE94';  // ة and its presentation forms
}

// The bit of word `index` in a per-word mask (taa_words, article_words; words past the
// mask's width have none).
uint8_t word_bit(size_t index) { return index < 8 ? static_cast<uint8_t>(1u << index) : 0; }

// The words of a name in matching form (Latin folded), as place_name_key uses them; *taa_words,
// unless null, gets a bit for each word written with a final ة.
std::vector<std::string> key_words(std::string_view name, uint8_t* taa_words = nullptr) {
  const text::NormalizedText norm = text::normalize_for_matching_with_offsets(name);
  std::vector<std::string> words;
  if (taa_words != nullptr) *taa_words = 0;
  for (const text::Token& t : text::tokenize_words(norm.text)) {
    std::string w(t.text);
    if (!has_arabic_letter(w)) w = fold_latin(w);
    if (taa_words != nullptr && written_with_taa_marbuta(norm, name, t.begin, t.end)) {
      *taa_words |= word_bit(words.size());
    }
    words.push_back(std::move(w));
  }
  return words;
}

// The name key of a phrase's words (place_name_key's joining), into *key.
void join_key_into(const std::string_view* words, size_t count, bool arabic, std::string* key) {
  key->clear();
  for (size_t i = 0; i < count; ++i) {
    if (!arabic && i == 0 && is_latin_article(words[i]) && count > 1) continue;
    if (!key->empty()) *key += ' ';
    *key += has_arabic_letter(words[i]) ? drop_article(words[i]) : words[i];
  }
}

std::string join_key(const std::vector<std::string>& words, size_t from, bool arabic) {
  std::string key;
  for (size_t i = from; i < words.size(); ++i) {
    if (!arabic && i == from && is_latin_article(words[i]) && words.size() - from > 1) continue;
    if (!key.empty()) key += ' ';
    key += has_arabic_letter(words[i]) ? std::string(drop_article(words[i])) : words[i];
  }
  return key;
}

// Bit k set if Arabic word k has the article ال (as drop_article reads it).
template <typename Word>
uint8_t article_bits(const Word* words, size_t count) {
  uint8_t bits = 0;
  for (size_t i = 0; i < count; ++i) {
    const std::string_view w(words[i]);
    if (has_arabic_letter(w) && drop_article(w).size() != w.size()) bits |= word_bit(i);
  }
  return bits;
}

}  // namespace

std::string place_name_key(std::string_view name) {
  std::vector<std::string> words = key_words(name);
  bool arabic = !words.empty() && has_arabic_letter(words[0]);
  return join_key(words, 0, arabic);
}

namespace {
// The built-in gazetteer, once made: it never changes, so its scans may memoize words.
std::atomic<const PlaceGazetteer*> builtin_gazetteer{nullptr};
}  // namespace

const PlaceGazetteer& PlaceGazetteer::builtin() {
  static const PlaceGazetteer* gazetteer = [] {
    auto* g = new PlaceGazetteer();
    // A file that cannot be read is reported and left out, not the files before it.
    std::vector<std::string> files = {data_path("entity/places.tsv"), data_path("entity/geonames.tsv")};
    while (true) {
      const Status s = build(files, g);
      if (s.ok()) break;
      std::fprintf(stderr, "marsad: %s; %s\n", s.to_string().c_str(),
                   files.size() > 1 ? "the towns of geonames.tsv are left out" : "only ICU's place names are known");
      files.pop_back();
    }
    builtin_gazetteer.store(g, std::memory_order_release);
    return g;
  }();
  return *gazetteer;
}

Status PlaceGazetteer::build(const std::vector<std::string>& places_files, PlaceGazetteer* out) {
  *out = PlaceGazetteer();
  out->add_icu_places();
  for (const std::string& path : places_files) {
    if (Status s = out->add_places_file(path); !s.ok()) return s;
  }
  out->find_homonym_cities();
  return Status::ok_status();
}

void PlaceGazetteer::find_homonym_cities() {
  homonym_city_.clear();
  for (const auto& [name, index] : voweled_) {
    const Place& city = places_[index];
    if (city.kind == PlaceKind::kCountry) continue;
    const PlaceMatch bare = lookup_unmemoized(text::normalize_for_matching(name));
    if (!bare || bare.demonym || bare.place->kind != PlaceKind::kCountry || bare.place->country == city.country) continue;
    const uint32_t country = static_cast<uint32_t>(bare.place - places_.data());
    // A city over its region (عمّان is both in libgeonames).
    auto [it, added] = homonym_city_.emplace(country, index);
    if (!added && places_[it->second].kind != PlaceKind::kCity && city.kind == PlaceKind::kCity) it->second = index;
  }
}

const Place* PlaceGazetteer::homonym_city(const Place& country) const {
  auto it = homonym_city_.find(static_cast<uint32_t>(&country - places_.data()));
  return it == homonym_city_.end() ? nullptr : &places_[it->second];
}

uint32_t PlaceGazetteer::place_index(const std::string& key, PlaceKind kind,
                                     const std::string& country) {
  auto it = by_key_.find(key);
  if (it != by_key_.end()) return it->second;
  Place p;
  p.key = key;
  p.kind = kind;
  p.country = country;
  places_.push_back(std::move(p));
  uint32_t index = static_cast<uint32_t>(places_.size() - 1);
  by_key_.emplace(key, index);
  return index;
}

void PlaceGazetteer::index_key(std::string key, Hit hit) {
  if (key.empty()) return;
  if (noplace_.count(key) != 0) return;
  if (nospot_.count(key) != 0) hit.spottable = false;
  const size_t words = static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
  uint8_t& longest = first_words_[key.substr(0, key.find(' '))];
  longest = static_cast<uint8_t>(std::max<size_t>(longest, std::min(words, kMaxPhraseWords)));
  const auto [it, added] = index_.emplace(std::move(key), hit);  // the first place to claim a name keeps it
  // A second spelling of the same place with ه where the first had ة lets the text write ه,
  // and one without the article lets it leave the article out.
  if (!added && it->second.place == hit.place && it->second.demonym == hit.demonym) {
    it->second.taa_words &= hit.taa_words;
    it->second.article_words &= hit.article_words;
  }
  if (!added && it->second.place == hit.place && !it->second.demonym && hit.demonym && hit.article_words == 0)
    it->second.demonym_without_article = true;
}

size_t PlaceGazetteer::longest_place_from(std::string_view word) const {
  size_t longest = 0;
  for (std::string_view reading : ProcliticReadings(word)) {
    const std::string_view bare = drop_article(reading);
    if (is_state_word(bare)) return kMaxPhraseWords;
    if (auto it = first_words_.find(bare); it != first_words_.end()) longest = std::max<size_t>(longest, it->second);
  }
  return longest;
}

size_t PlaceGazetteer::longest_arabic_place_from(std::string_view word) const {
  if (this != builtin_gazetteer.load(std::memory_order_acquire))
    return has_arabic_letter(word) ? longest_place_from(word) : 0;
  thread_local WordMemo<uint8_t> memo;
  return memo.get(word, [this](std::string_view w) -> uint8_t {
    return static_cast<uint8_t>(has_arabic_letter(w) ? longest_place_from(w) : 0);
  });
}

void PlaceGazetteer::add_name(uint32_t place, std::string_view lang, std::string_view name) {
  if (name.empty()) return;
  // ICU writes some names with a short form in parentheses: "Myanmar (Burma)".
  size_t paren = name.find(" (");
  if (paren != std::string_view::npos) {
    size_t close = name.find(')', paren);
    if (close != std::string_view::npos) add_name(place, lang, name.substr(paren + 2, close - paren - 2));
    name = name.substr(0, paren);
  }
  Place& p = places_[place];
  std::string* shown = lang == "ar" ? &p.name_ar : lang == "en" ? &p.name_en : lang == "fr" ? &p.name_fr : nullptr;
  if (shown != nullptr && shown->empty()) *shown = std::string(name);
  uint8_t taa_words = 0;
  const std::vector<std::string> words = key_words(name, &taa_words);
  index_key(join_key(words, 0, !words.empty() && has_arabic_letter(words[0])),
            Hit{place, false, true, taa_words, article_bits(words.data(), words.size())});
  if (lang == "ar" && has_diacritic(name)) voweled_.emplace(std::string(name), place);
  if (lang == "ar" && p.kind == PlaceKind::kCountry) add_demonyms(place, name);
}

// Arabic nisba adjectives of a one-word country name: فرنسا → فرنسي، فرنسية،
// فرنسيون، فرنسيين; سوريا → سوري; المغرب → مغربي; السعودية → سعودي.
void PlaceGazetteer::add_demonyms(uint32_t place, std::string_view arabic_name) {
  std::string norm = text::normalize_for_matching(arabic_name);
  if (norm.find(' ') != std::string::npos) return;
  std::string base(drop_article(norm));
  std::string nisba;
  if (base.ends_with("يا")) {
    nisba = base.substr(0, base.size() - std::string_view("ا").size());
  } else if (base.ends_with("يه")) {
    nisba = base.substr(0, base.size() - std::string_view("ه").size());
  } else if (base.ends_with("ا")) {
    nisba = base.substr(0, base.size() - std::string_view("ا").size()) + "ي";
  } else if (base.ends_with("ي") || base.ends_with("ه")) {
    return;  // مالي، ... : no regular adjective
  } else {
    nisba = base + "ي";
  }
  if (code_points(nisba) < 4) return;
  // The feminine's ه stands for ة (الفرنسية), which the text must write, as for a name.
  for (std::string_view suffix : {"", "ه", "ون", "ين", "ات"})
    index_key(nisba + std::string(suffix), Hit{place, true, true, suffix == "ه" ? word_bit(0) : uint8_t{0}});
}

void PlaceGazetteer::add_icu_places() {
  const icu::Locale languages[] = {icu::Locale("ar"), icu::Locale("en"), icu::Locale("fr")};
  const char* lang_codes[] = {"ar", "en", "fr"};
  for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
    uint32_t p = place_index(std::string("loc:") + *code, PlaceKind::kCountry, *code);
    icu::Locale region("", *code);
    for (int l = 0; l < 3; ++l) {
      icu::UnicodeString name;
      region.getDisplayCountry(languages[l], name);
      std::string s = utf8(name);
      if (s != *code) add_name(p, lang_codes[l], s);
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> names[3];
  for (int l = 0; l < 3; ++l) names[l].reset(icu::TimeZoneNames::createInstance(languages[l], status));
  std::unique_ptr<icu::StringEnumeration> ids(icu::TimeZone::createTimeZoneIDEnumeration(
      UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  if (U_FAILURE(status)) return;
  while (const char* id = ids->next(nullptr, status)) {
    if (U_FAILURE(status)) break;
    icu::UnicodeString uid = icu::UnicodeString::fromUTF8(id);
    char region[8] = {0};
    UErrorCode region_status = U_ZERO_ERROR;
    icu::TimeZone::getRegion(uid, region, sizeof region, region_status);
    uint32_t p = place_index(std::string("loc:") + id, PlaceKind::kCity,
                             U_SUCCESS(region_status) ? region : "");
    for (int l = 0; l < 3; ++l) {
      icu::UnicodeString name;
      names[l]->getExemplarLocationName(uid, name);
      add_name(p, lang_codes[l], utf8(name));
    }
  }
}

Status PlaceGazetteer::add_places_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::not_found(path, "cannot read the places file");
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    size_t start = 0;
    while (start <= line.size()) {
      size_t tab = line.find('\t', start);
      if (tab == std::string::npos) tab = line.size();
      fields.push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    std::string where = path + ":" + std::to_string(line_no);
    if (fields[0] == "noplace" || fields[0] == "nospot") {
      const bool noplace = fields[0] == "noplace";
      for (size_t i = 1; i < fields.size(); ++i) {
        size_t colon = fields[i].find(':');
        if (colon == std::string::npos) return Status::invalid_input(where, "expected lang:name, got '" + fields[i] + "'");
        std::string key = place_name_key(std::string_view(fields[i]).substr(colon + 1));
        if (noplace) {
          noplace_.insert(std::move(key));
          continue;
        }
        auto it = index_.find(key);
        if (it != index_.end()) it->second.spottable = false;
        nospot_.insert(std::move(key));
      }
      continue;
    }
    if (fields.size() < 4)
      return Status::invalid_input(where, "expected key, kind, country and at least one lang:name");
    PlaceKind kind;
    if (fields[1] == "country") kind = PlaceKind::kCountry;
    else if (fields[1] == "city") kind = PlaceKind::kCity;
    else if (fields[1] == "region") kind = PlaceKind::kRegion;
    else return Status::invalid_input(where, "unknown kind '" + fields[1] + "' (country, city or region)");
    uint32_t p = place_index(fields[0], kind, fields[2] == "-" ? "" : fields[2]);
    for (size_t i = 3; i < fields.size(); ++i) {
      size_t colon = fields[i].find(':');
      if (colon == std::string::npos) return Status::invalid_input(where, "expected lang:name, got '" + fields[i] + "'");
      add_name(p, std::string_view(fields[i]).substr(0, colon), std::string_view(fields[i]).substr(colon + 1));
    }
  }
  return Status::ok_status();
}

PlaceMatch PlaceGazetteer::found(std::string_view key, uint8_t taa_words, uint8_t article_words) const {
  auto it = index_.find(key);
  if (it == index_.end()) return {};
  if ((it->second.taa_words & ~taa_words) != 0) return {};  // the name's ة written ه: another word
  if ((it->second.article_words & ~article_words) != 0) {  // الرقة written رقة: another word
    if (!it->second.demonym_without_article) return {};
    return PlaceMatch{&places_[it->second.place], true, it->second.spottable};
  }
  // A demonym stands alone; "الفرنسي برونو" is not a place.
  if (it->second.demonym && key.find(' ') != std::string_view::npos) return {};
  return PlaceMatch{&places_[it->second.place], it->second.demonym, it->second.spottable};
}

PlaceMatch PlaceGazetteer::lookup_words(const std::string_view* words, size_t count, bool arabic,
                                        uint8_t taa_words) const {
  if (count == 0) return {};
  std::string key;
  if (!arabic) {
    join_key_into(words, count, false, &key);
    return found(key, taa_words, 0);
  }
  // The article of the words after the first; the first's depends on its reading.
  const uint8_t later_articles = static_cast<uint8_t>(article_bits(words, count) & ~word_bit(0));
  // The words after the first are the same for every reading of the first:
  // joined once, each behind the space that follows a first word (never empty).
  std::string after_first;
  for (size_t i = 1; i < count; ++i) {
    after_first += ' ';
    after_first += has_arabic_letter(words[i]) ? drop_article(words[i]) : words[i];
  }
  for (std::string_view reading : ProcliticReadings(words[0])) {
    const std::string_view bare = has_arabic_letter(reading) ? drop_article(reading) : reading;
    key.assign(bare);
    key += after_first;
    const uint8_t articles = later_articles | (bare.size() != reading.size() ? word_bit(0) : uint8_t{0});
    if (PlaceMatch m = found(key, taa_words, articles)) return m;
    // جمهورية فرنسا، المملكة المغربية: the state word, then a name or adjective.
    if (count >= 2 && is_state_word(drop_article(reading))) {
      std::string tail;
      join_key_into(words + 1, count - 1, true, &tail);
      PlaceMatch m = found(tail, static_cast<uint8_t>(taa_words >> 1), static_cast<uint8_t>(articles >> 1));
      if (m && m.place->kind == PlaceKind::kCountry) {
        m.demonym = false;
        return m;
      }
    }
  }
  return {};
}

const Place* PlaceGazetteer::voweled_place(std::string_view mention) const {
  if (voweled_.empty() || !has_diacritic(mention)) return nullptr;
  for (std::string_view reading : ProcliticReadings(mention)) {
    auto it = voweled_.find(reading);
    if (it != voweled_.end()) return &places_[it->second];
  }
  return nullptr;
}

PlaceMatch PlaceGazetteer::lookup(std::string_view mention) const {
  if (this != builtin_gazetteer.load(std::memory_order_acquire)) return lookup_unmemoized(mention);
  thread_local WordMemo<PlaceMatch> memo;  // names recur from article to article
  return memo.get(mention, [this](std::string_view m) { return lookup_unmemoized(m); });
}

PlaceMatch PlaceGazetteer::lookup_unmemoized(std::string_view mention) const {
  if (const Place* p = voweled_place(mention)) return PlaceMatch{p, false, true};
  uint8_t taa_words = 0;
  std::vector<std::string> words = key_words(mention, &taa_words);
  bool arabic = !words.empty() && has_arabic_letter(words[0]);
  std::vector<std::string_view> views(words.begin(), words.end());
  return lookup_words(views.data(), views.size(), arabic, taa_words);
}

std::vector<EntitySpan> PlaceGazetteer::find(std::string_view original, bool include_demonyms) const {
  std::vector<EntitySpan> names, with_demonyms;
  find(original, &names, include_demonyms ? &with_demonyms : nullptr);
  return include_demonyms ? with_demonyms : names;
}

void PlaceGazetteer::find(std::string_view original, std::vector<EntitySpan>* names,
                          std::vector<EntitySpan>* with_demonyms) const {
  const text::NormalizedText norm = text::normalize_for_matching_with_offsets(original);
  find(original, norm, text::tokenize_words(norm.text), names, with_demonyms);
}

void PlaceGazetteer::find(std::string_view original, const text::NormalizedText& norm,
                          const std::vector<text::Token>& tokens, std::vector<EntitySpan>* names,
                          std::vector<EntitySpan>* with_demonyms) const {
  names->clear();
  if (with_demonyms != nullptr) with_demonyms->clear();
  auto span_of = [&](size_t first, size_t matched) {
    EntitySpan span;
    span.type = "LOC";
    std::tie(span.begin, span.end) =
        text::original_span(norm, original, tokens[first].begin, tokens[first + matched - 1].end);
    span.text = std::string(original.substr(span.begin, span.end - span.begin));
    return span;
  };
  for (size_t i = 0; i < tokens.size();) {
    size_t matched = 0;
    PlaceMatch best;
    // Most words start no place name: one set lookup per reading spares the
    // phrase lookups (this scan runs over every article's lead).
    if (const size_t longest = longest_arabic_place_from(tokens[i].text); longest != 0) {
      std::string_view words[kMaxPhraseWords];
      size_t word_count = 0;
      uint8_t taa_words = 0;
      for (size_t n = 1; n <= longest && i + n <= tokens.size(); ++n) {
        const text::Token& t = tokens[i + n - 1];
        if (n > 1) {
          std::string_view gap(norm.text.data() + tokens[i + n - 2].end, t.begin - tokens[i + n - 2].end);
          if (gap != " " || !has_arabic_letter(t.text)) break;
        }
        if (written_with_taa_marbuta(norm, original, t.begin, t.end)) taa_words |= word_bit(word_count);
        words[word_count++] = t.text;
      }
      // Only a one-word match can be a demonym (a demonym stands alone, and
      // after a state word it counts as the name), so both scans advance alike.
      for (size_t n = word_count; n >= 1; --n) {
        PlaceMatch m = lookup_words(words, n, true, taa_words);
        if (m && m.spottable) {
          best = m;
          matched = n;
          break;
        }
      }
    }
    if (matched == 0) {
      ++i;
      continue;
    }
    EntitySpan span = span_of(i, matched);
    if (!best.demonym) names->push_back(span);
    if (with_demonyms != nullptr) with_demonyms->push_back(std::move(span));
    i += matched;
  }
}

void PlaceGazetteer::read_place_lists(std::string_view text, std::vector<EntitySpan>* spans) const {
  constexpr std::string_view kWaw = "و";
  for (size_t i = 1; i < spans->size(); ++i) {
    EntitySpan& span = (*spans)[i];
    const EntitySpan& before = (*spans)[i - 1];
    if (span.type != "LOC" || before.type != "LOC" || before.end > span.begin) continue;
    if (span.text.size() <= kWaw.size() || std::string_view(span.text).substr(0, kWaw.size()) != kWaw) continue;
    if (!is_list_gap(text.substr(before.end, span.begin - before.end)) || !lookup(before.text)) continue;
    const std::string_view rest = std::string_view(span.text).substr(kWaw.size());
    const PlaceMatch listed = lookup(rest);
    const PlaceMatch whole = lookup(span.text);
    if (!listed || !listed.spottable || listed.demonym || (whole && whole.place == listed.place)) continue;
    span.begin += kWaw.size();
    span.text = std::string(rest);
  }
}

namespace {

// The word that ends right before byte `end` of `text` (spaces skipped), or "".
std::string_view word_before(std::string_view text, size_t end) {
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
  return text.substr(begin, end - begin);
}

// A state's title before its name (سلطنة عمان، بسلطنة، المملكة الأردنية): the name is the country's.
bool is_state_title(std::string_view word) {
  const std::string matching = text::normalize_for_matching(word);
  for (std::string_view reading : ProcliticReadings(matching))
    if (is_state_word(drop_article(reading))) return true;
  return false;
}

}  // namespace

void PlaceGazetteer::read_homonyms(std::string_view text, const std::vector<EntitySpan>& names,
                                   std::vector<EntitySpan>* spans) const {
  if (homonym_city_.empty()) return;
  // A country's bare name (عمان), not its titled name (سلطنة عمان), adjective or city.
  auto bare_name_of = [&](const EntitySpan& span) -> const Place* {
    const PlaceMatch m = lookup(span.text);
    if (!m || m.demonym || m.place->kind != PlaceKind::kCountry || homonym_city(*m.place) == nullptr) return nullptr;
    if (span.text.find(' ') != std::string::npos || is_state_title(word_before(text, span.begin))) return nullptr;
    return m.place;
  };
  // Whether some name of the text lies in `country`, bare homonyms aside.
  auto names_country = [&](const std::string& country) {
    for (const std::vector<EntitySpan>* list : {&names, static_cast<const std::vector<EntitySpan>*>(spans)}) {
      for (const EntitySpan& span : *list) {
        const PlaceMatch m = lookup(span.text);
        if (m && m.place->country == country && bare_name_of(span) == nullptr) return true;
      }
    }
    return false;
  };
  // A list of countries (السعودية وقطر وعمان والأردن) names the country.
  auto next_to_country = [&](size_t i) {
    for (const size_t j : {i - 1, i + 1}) {
      if (j >= spans->size()) continue;
      const EntitySpan& a = (*spans)[std::min(i, j)];
      const EntitySpan& b = (*spans)[std::max(i, j)];
      if (a.end > b.begin) continue;
      if (!is_list_gap(text.substr(a.end, b.begin - a.end))) continue;
      const PlaceMatch m = lookup((*spans)[j].text);
      if (m && !m.demonym && m.place->kind == PlaceKind::kCountry) return true;
    }
    return false;
  };
  static const std::string kCapital = text::normalize_for_matching("العاصمة");
  for (size_t i = 0; i < spans->size(); ++i) {
    EntitySpan& span = (*spans)[i];
    if (!span.place_key.empty()) continue;
    const Place* country = bare_name_of(span);
    if (country == nullptr || next_to_country(i)) continue;
    const Place* city = homonym_city(*country);
    const std::string_view adjective = word_before(text, span.begin);
    const PlaceMatch of = lookup(adjective);
    const bool capital_of_city_country =
        of && of.demonym && of.place->country == city->country &&
        text::normalize_for_matching(word_before(text, static_cast<size_t>(adjective.data() - text.data()))) == kCapital;
    if (capital_of_city_country || (names_country(city->country) && !names_country(country->country)))
      span.place_key = city->key;
  }
}

const Place* PlaceGazetteer::place(std::string_view key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &places_[it->second];
}

}  // namespace marsad::entity
