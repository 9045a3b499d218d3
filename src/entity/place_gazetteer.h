// Places: countries, cities and regions with one language-independent key,
// whatever the language and spelling of the name.
//
// Names come from ICU's locale data (every ISO 3166 country and every
// time-zone exemplar city, in Arabic, English and French), from
// <data dir>/entity/places.tsv (capitals with no time zone, regions, short
// forms such as أمريكا / أميركا, names that are also common words) and from
// <data dir>/entity/geonames.tsv (Debian's libgeonames: cities of 15,000 people
// or more and their regions, written by tools/geonames_places.cc), in that
// order: the first to claim a name keeps it.
//
//   const PlaceGazetteer& places = PlaceGazetteer::builtin();
//   PlaceMatch m = places.lookup("وفرنسا");        // m.place->key == "loc:FR"
//   places.lookup("la France").place->key          // "loc:FR"
//   places.lookup("بباريس").place->key              // "loc:Europe/Paris"
//   places.lookup("الفرنسية")                        // loc:FR, m.demonym == true
//   for (const EntitySpan& s : places.find(arabic_text)) ...  // type "LOC"
//
// Keys: "loc:<ISO 3166 alpha-2>" for a country, "loc:<IANA time zone id>" for a
// time-zone city ("loc:Africa/Casablanca"), "loc:<English name>" for the other
// cities and regions ("loc:Rabat", "loc:Sahel").
//
// Arabic names match as news writes them: with or without ال, behind the
// proclitics و ف ب ل ك (وفرنسا، بالمغرب، لباريس), with any alef, ya or taa
// marbuta spelling (normalize_for_matching), and after جمهورية / دولة /
// المملكة (جمهورية فرنسا، المملكة المغربية). Where a name's word ends in ة the
// text's word must too: news writes ه there only for other words (جده "his
// grandfather" is no Jeddah, جدة is), unless the places file also lists the
// name with ه. A name that is also a country and
// a city (تونس، الجزائر) is the country, unless the mention is written with
// the short vowels or shadda of a city's name (عمّان is Amman, عمان Oman). Demonyms (الفرنسي، المغربية،
// العراقيون) resolve to their country as weaker mentions, flagged `demonym`;
// they are derived from the single-word Arabic country names.
//
// A built gazetteer is immutable: lookup and find may run from many threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "entity/ner_tagger.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace marsad::entity {

enum class PlaceKind { kCountry, kCity, kRegion };

struct Place {
  std::string key;      // "loc:FR", "loc:Europe/Paris", "loc:Rabat"
  PlaceKind kind = PlaceKind::kCountry;
  std::string country;  // ISO code of the country it lies in (its own for a country), or ""
  std::string name_ar;  // first name known in each language, as written, or ""
  std::string name_en;
  std::string name_fr;
};

// What a name resolved to.
struct PlaceMatch {
  const Place* place = nullptr;  // nullptr: not a known place
  bool demonym = false;          // matched an adjective of the place (الفرنسي), not its name
  bool spottable = true;         // false for names that are also common words (مالي)
  explicit operator bool() const { return place != nullptr; }
};

class PlaceGazetteer {
 public:
  // ICU's names plus data_path("entity/places.tsv") and "entity/geonames.tsv",
  // built on first use. If a file cannot be read, that is reported once on
  // stderr and the files before it serve (ICU's names alone if places.tsv fails).
  static const PlaceGazetteer& builtin();

  // ICU's names plus the places files, read in order (format: places.tsv's
  // header): a name keeps the first place that claims it, and a nospot name is
  // not spotted whichever later file names it. Fails naming the file and line
  // if one cannot be read or a line is malformed.
  static Status build(const std::vector<std::string>& places_files, PlaceGazetteer* out);
  static Status build(const std::string& places_tsv, PlaceGazetteer* out) {
    return build(std::vector<std::string>{places_tsv}, out);
  }

  // The place a mention names: a tagger's span, a capitalized Latin phrase, a
  // word. Arabic mentions are tried with their first word's proclitics removed
  // one layer at a time (least stripped first); Latin ones case- and
  // accent-insensitively, with a leading article (the, la, le, les, l') dropped.
  PlaceMatch lookup(std::string_view mention) const;

  // Every place name in an Arabic text, longest match first (up to five words
  // separated only by spaces), as LOC spans with byte offsets into `text`.
  // Names that are also common words (spottable == false) are left out, and so
  // are demonyms unless include_demonyms.
  std::vector<EntitySpan> find(std::string_view text, bool include_demonyms = false) const;

  // Both scans of find() in one pass over the text: *names = find(text) and,
  // unless with_demonyms is null, *with_demonyms = find(text, true). A caller
  // that needs both saves the second normalization and lookups.
  void find(std::string_view text, std::vector<EntitySpan>* names,
            std::vector<EntitySpan>* with_demonyms) const;
  // The same, for a caller that already holds the text's matching form and
  // words: `norm` must be normalize_for_matching_with_offsets(text) and
  // `tokens` tokenize_words(norm.text).
  void find(std::string_view text, const text::NormalizedText& norm, const std::vector<text::Token>& tokens,
            std::vector<EntitySpan>* names, std::vector<EntitySpan>* with_demonyms) const;

  // Place spans of `text` (spans in text order, offsets into text) that read
  // as و + another place right after a place, with only spaces or commas
  // between, are made that other place: the و joins a list. الرياض وجدة
  // والدمام names Riyadh, Jeddah and Dammam, where وجدة alone is Oujda.
  void read_place_lists(std::string_view text, std::vector<EntitySpan>* spans) const;

  // A country's name that, written with its vowels, is also a city of another
  // country (عمان Oman, عمّان Amman) means the city where the text says so:
  // right after العاصمة and that country's adjective (العاصمة الأردنية عمان),
  // or wherever the text names the city's country (الأردن، الأردنية، الزرقاء)
  // and names the other country in no other way (سلطنة عمان، العماني، مسقط).
  // Such spans get the city's key in EntitySpan::place_key. `names` are the
  // text's place names with their demonyms, as find(text, true) gives them.
  void read_homonyms(std::string_view text, const std::vector<EntitySpan>& names,
                     std::vector<EntitySpan>* spans) const;

  // The city of another country whose vowelled name is this country's name
  // (Oman → Amman), or nullptr.
  const Place* homonym_city(const Place& country) const;

  // The place with this key, or nullptr.
  const Place* place(std::string_view key) const;

  // Number of places and of indexed names (all languages and forms).
  size_t place_count() const { return places_.size(); }
  size_t name_count() const { return index_.size(); }

 private:
  struct Hit {
    uint32_t place = 0;
    bool demonym = false;
    bool spottable = true;
    uint8_t taa_words = 0;  // bit k: word k of the name ends in ة, which the text must write too
    // bit k: word k of the name has the article, which the text must write too
    // (ورقة "a paper" read و + رقة is not الرقة, رياض a man's name not الرياض)
    uint8_t article_words = 0;
    // Without the article the word is the place's adjective: السعودية names
    // the country, سعودية ("Saudi", feminine) is its demonym.
    bool demonym_without_article = false;
  };

  void add_icu_places();
  Status add_places_file(const std::string& path);
  uint32_t place_index(const std::string& key, PlaceKind kind, const std::string& country);
  void add_name(uint32_t place, std::string_view lang, std::string_view name);
  void add_demonyms(uint32_t place, std::string_view arabic_name);
  void index_key(std::string key, Hit hit);
  // taa_words: bit k set if word k was written with a final ة (see Hit::taa_words).
  PlaceMatch lookup_words(const std::string_view* words, size_t count, bool arabic, uint8_t taa_words) const;
  // article_words: bit k set if word k was written with the article (see Hit::article_words).
  PlaceMatch found(std::string_view key, uint8_t taa_words, uint8_t article_words) const;
  PlaceMatch lookup_unmemoized(std::string_view mention) const;

  // Hashes a string_view, so that lookups by a word of the text build no std::string.
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  template <typename Value>
  using ViewMap = std::unordered_map<std::string, Value, ViewHash, std::equal_to<>>;

  std::vector<Place> places_;
  ViewMap<uint32_t> by_key_;
  ViewMap<Hit> index_;  // matching key of a name → place
  // First word of every key of index_ → the most words of a key it starts
  // (the scan tries no longer phrase after it: خميس starts only خميس مشيط).
  std::unordered_map<std::string, uint8_t, ViewHash, std::equal_to<>> first_words_;
  // Keys of the nospot names read so far: a later file that names the place is not spotted by them either.
  std::unordered_set<std::string> nospot_;
  // Keys of the noplace names read so far: no later file's place takes them.
  std::unordered_set<std::string> noplace_;
  // Arabic names written with their short vowels or shadda, as written: the
  // one sign that parts homographs once matching drops it (عمّان Amman, عُمان Oman).
  ViewMap<uint32_t> voweled_;
  // Country → the city of another country its bare name also writes (see homonym_city).
  std::unordered_map<uint32_t, uint32_t> homonym_city_;
  void find_homonym_cities();
  const Place* voweled_place(std::string_view mention) const;
  // The most words of a place name that may start with this word (with any of
  // its proclitic readings); 0 if none does.
  size_t longest_place_from(std::string_view arabic_word) const;
  // has_arabic_letter(word) ? longest_place_from(word) : 0, memoized per thread for builtin().
  size_t longest_arabic_place_from(std::string_view word) const;
};

// The matching key of a place name (exposed for tests and tools): Arabic
// words in matching form with ال dropped from each, Latin words folded to
// ASCII lower case with a leading article dropped, joined by single spaces.
std::string place_name_key(std::string_view name);

}  // namespace marsad::entity
