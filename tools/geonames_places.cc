// Writes data/entity/geonames.tsv: the cities of Debian's libgeonames (every
// city of 15,000 people or more, with its first-level region) in Arabic,
// English and French, in the places-file format of entity/place_gazetteer.h.
//
//   build/geonames_places [--corpus ../shared/corpus/anercorp] > data/entity/geonames.tsv
//
// libgeonames translates a city's name by the process's LANGUAGE; the tool
// reads the list once per language, each in a child process, and joins the
// three by position. Keys: a city the gazetteer already knows keeps its key;
// the others are "loc:<country>/<English name>", regions
// "loc:<country>/<English name>/region" (Tripoli is in Libya and Lebanon).
//
// Which names a text scan may report: ICU's and places.tsv's names come first
// and keep what they claim. A one-word Arabic name that ANERcorp does not show
// to be a place wherever it is written (PlaceWordEvidence) is written as a
// nospot name (البيضاء "white", تلا "followed"): it resolves a mention the
// tagger calls a place and is not spotted alone. Outside the Arab world and its
// neighbours only cities of 500,000 or more are listed: Arabic news names their
// small towns rarely and their Arabic spellings collide with words.
#include <geonames.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <numeric>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/data_dir.h"
#include "entity/ner_corpus.h"
#include "entity/ner_text.h"
#include "entity/place_gazetteer.h"
#include "text/normalize.h"
#include "text/script.h"

namespace {

struct CityNames {
  std::string name, state, country_code;
  unsigned population = 0;
};

// Prints the cities as libgeonames names them in `language`, a line each:
// name, state, country code, population. Run in a child process per language:
// gettext keeps the first language it loaded for the rest of a process.
int list_cities(const char* language) {
  setenv("LANGUAGE", language, 1);
  std::setlocale(LC_ALL, "C.UTF-8");
  const int n = geonames_get_n_cities();
  for (int i = 0; i < n; ++i) {
    GeonamesCity* city = geonames_get_city(i);
    auto text = [](const char* s) { return s != nullptr ? s : ""; };
    std::printf("%s\t%s\t%s\t%u\n", text(geonames_city_get_name(city)), text(geonames_city_get_state(city)),
                text(geonames_city_get_country_code(city)), geonames_city_get_population(city));
    geonames_city_free(city);
  }
  return 0;
}

std::vector<CityNames> read_cities(const std::string& self, const char* language) {
  std::vector<CityNames> out;
  const std::string command = "'" + self + "' --list " + language;
  FILE* child = popen(command.c_str(), "r");
  if (child == nullptr) return out;
  std::string line;
  for (int c; (c = std::fgetc(child)) != EOF;) {
    if (c != '\n') {
      line += static_cast<char>(c);
      continue;
    }
    std::vector<std::string> fields(1);
    for (const char ch : line) {
      if (ch == '\t') fields.emplace_back();
      else fields.back() += ch;
    }
    if (fields.size() == 4) out.push_back({fields[0], fields[1], fields[2], static_cast<unsigned>(std::stoul(fields[3]))});
    line.clear();
  }
  pclose(child);
  return out;
}

using marsad::text::has_arabic_letter;

// The Arabic world and its neighbours, whose towns Arabic news names.
const std::set<std::string> kNear = {
    "AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS",
    "QA", "SA", "SD", "SO", "SY", "TN", "YE", "IR", "TR", "IL", "AF", "PK", "ER", "ET", "TD", "ML", "NE", "SS"};
constexpr unsigned kFarPopulation = 500000;

// Words that open an Arabic region's name and that the news leaves out: محافظة لحج → لحج.
const std::vector<std::string> kRegionWords = {"محافظة", "منطقة", "مقاطعة", "ولاية", "إقليم", "محافظه", "امانة", "أمانة"};
const std::vector<std::string> kCityWords = {"مدينة"};

// The name without its first word if that is one of `words` ("" if not).
std::string strip_first_word(const std::string& name, const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    const std::string prefix = word + " ";
    if (name.rfind(prefix, 0) == 0 && name.size() > prefix.size() + 2) return name.substr(prefix.size());
  }
  return "";
}

std::string clean(std::string s) {
  // "ابي الجعد (البلدية)": the parenthesis says what kind of place it is, not its name.
  if (const size_t paren = s.find(" ("); paren != std::string::npos) s.erase(paren);
  // geonames writes some Arabic names with a trailing left-to-right mark.
  for (const std::string mark : {"\u200e", "\u200f"}) {
    for (size_t at; (at = s.find(mark)) != std::string::npos;) s.erase(at, mark.size());
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// What ANERcorp says of one-word names: a word its annotators never left
// untagged, and tagged as a location or listed in their location gazetteer, is
// a place wherever it is written; any other may be a word of the text (the
// gazetteer lists الجديدة, which the corpus shows 46 times as "new"). A listed
// name the corpus never shows must have four letters or more.
class PlaceWordEvidence {
 public:
  void read(const std::string& anercorp_dir) {
    std::ifstream corpus(anercorp_dir + "/anercorp-train.txt");
    std::ifstream gazetteer(anercorp_dir + "/AlignedLocGazetteer.txt");
    if (!corpus || !gazetteer) {
      std::cerr << "geonames_places: cannot read " << anercorp_dir
                << "/{anercorp-train.txt,AlignedLocGazetteer.txt}; every one-word Arabic name is nospot\n";
      return;
    }
    std::string line;
    while (std::getline(corpus, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      const size_t space = line.rfind(' ');
      if (space == std::string::npos) continue;
      Use& use = uses_[marsad::text::normalize_for_matching(line.substr(0, space))];
      (line.find("LOC", space) != std::string::npos ? use.location : use.other) += 1;
    }
    while (std::getline(gazetteer, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty() && line[0] != '=') listed_.insert(marsad::text::normalize_for_matching(line));
    }
  }

  bool is_place_word(const std::string& norm) const {
    auto it = uses_.find(norm);
    if (it != uses_.end() && it->second.other > 0) return false;
    if (it != uses_.end() && it->second.location > 0) return true;
    // Listed but never seen: short names are too often words (تلا "followed", قم "stand").
    return listed_.count(norm) != 0 && marsad::ner::count_code_points(norm) >= 4;
  }

 private:
  struct Use {
    int location = 0, other = 0;
  };
  std::unordered_map<std::string, Use> uses_;
  std::set<std::string> listed_;
};

// Writes the places file: the header, a line per place, and the nospot line
// that keeps risky one-word Arabic names from being spotted alone.
class Writer {
 public:
  Writer(const PlaceWordEvidence& evidence, const marsad::entity::PlaceGazetteer& known)
      : evidence_(evidence), known_(known) {
    std::printf(
        "# Cities of 15,000 people or more and their first-level regions, from Debian's\n"
        "# libgeonames (GeoNames' cities15000), in Arabic, English and French.\n"
        "# Written by build/geonames_places (tools/geonames_places.cc); do not edit by hand:\n"
        "# corrections go to places.tsv, which is read first and keeps the names it claims.\n");
  }

  void place(const std::string& key, const char* kind, const std::string& country,
             const std::vector<std::pair<std::string, std::string>>& names) {
    std::string line = key + "\t" + kind + "\t" + country;
    for (const auto& [lang, name] : names) {
      line += "\t" + lang + ":" + name;
      if (lang != "ar" || name.find(' ') != std::string::npos || known_.lookup(name)) continue;
      const std::string norm = marsad::text::normalize_for_matching(name);
      if (!claimed_.insert(norm).second) continue;  // the first line to name it decides
      if (!evidence_.is_place_word(norm)) nospot_.push_back(name);
    }
    if (written_.insert(line).second) {
      std::printf("%s\n", line.c_str());
      ++(std::string_view(kind) == "city" ? cities_ : regions_);
    }
  }

  void finish() {
    std::printf("# One-word Arabic names that ANERcorp never shows as places only: resolved when the\n"
                "# tagger calls them places, not spotted alone (الخبر is a city and \"the news\")\n");
    std::string line = "nospot";
    for (const std::string& name : nospot_) line += "\tar:" + name;
    std::printf("%s\n", line.c_str());
    std::cerr << "geonames_places: " << cities_ << " cities, " << regions_ << " regions, " << nospot_.size()
              << " nospot names\n";
  }

 private:
  const PlaceWordEvidence& evidence_;
  const marsad::entity::PlaceGazetteer& known_;
  std::set<std::string> claimed_, written_;
  std::vector<std::string> nospot_;
  size_t cities_ = 0, regions_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string_view(argv[1]) == "--list") return list_cities(argv[2]);
  std::string anercorp = marsad::ner::default_anercorp_dir();
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) {
      anercorp = argv[++i];
    } else {
      std::cerr << "usage: geonames_places [--corpus ANERCORP_DIR] > geonames.tsv\n";
      return 2;
    }
  }
  std::error_code error;
  const std::string self = std::filesystem::read_symlink("/proc/self/exe", error).string();
  const std::vector<CityNames> en = read_cities(self, "en");
  const std::vector<CityNames> ar = read_cities(self, "ar");
  const std::vector<CityNames> fr = read_cities(self, "fr");
  if (en.empty() || en.size() != ar.size() || en.size() != fr.size()) {
    std::cerr << "geonames_places: libgeonames lists no cities, or not the same in every language\n";
    return 1;
  }
  PlaceWordEvidence evidence;
  evidence.read(anercorp);
  marsad::entity::PlaceGazetteer known;
  if (marsad::Status s = marsad::entity::PlaceGazetteer::build(marsad::data_path("entity/places.tsv"), &known);
      !s.ok()) {
    std::cerr << "geonames_places: " << s.to_string() << "\n";
    return 1;
  }

  // The larger of two towns of one name claims it: الجبيل is Saudi Jubail, not Lebanon's Byblos (جبيل).
  std::vector<size_t> by_population(en.size());
  std::iota(by_population.begin(), by_population.end(), size_t{0});
  std::stable_sort(by_population.begin(), by_population.end(),
                   [&](size_t a, size_t b) { return en[a].population > en[b].population; });
  // Near countries first, so that زنجبار is Yemen's Zinjibar before Tanzania's
  // Zanzibar; in each, regions first: "لحج" in the news is the governorate
  // more often than its town.
  Writer out(evidence, known);
  std::set<std::string> regions_written;
  for (const bool near : {true, false}) {
    for (size_t i = 0; i < en.size(); ++i) {
      const std::string& country = en[i].country_code;
      const std::string en_state = clean(en[i].state);
      if (country.empty() || en_state.empty() || (kNear.count(country) != 0) != near ||
          !regions_written.insert(country + "/" + en_state).second) {
        continue;
      }
      std::vector<std::pair<std::string, std::string>> names;
      if (const std::string ar_state = clean(ar[i].state); has_arabic_letter(ar_state)) {
        names.emplace_back("ar", ar_state);
        if (std::string short_name = strip_first_word(ar_state, kRegionWords); !short_name.empty()) {
          names.emplace_back("ar", short_name);
        }
      }
      names.emplace_back("en", en_state);
      if (const std::string fr_state = clean(fr[i].state); fr_state != en_state) names.emplace_back("fr", fr_state);
      out.place("loc:" + country + "/" + en_state + "/region", "region", country, names);
    }
    for (const size_t i : by_population) {
      const std::string& country = en[i].country_code;
      if (country.empty() || (kNear.count(country) != 0) != near ||
          (!near && en[i].population < kFarPopulation)) {
        continue;
      }
      const std::string ar_name = clean(ar[i].name);
      const std::string en_name = clean(en[i].name);
      // A city the gazetteer already knows in its country keeps that key, so ICU's
      // time-zone cities (loc:Asia/Aden) gain their other spellings.
      std::string key = "loc:" + country + "/" + en_name;
      for (const std::string& name : {en_name, ar_name}) {
        const marsad::entity::PlaceMatch m = known.lookup(name);
        if (m && !m.demonym && m.place->kind != marsad::entity::PlaceKind::kCountry && m.place->country == country) {
          key = m.place->key;
          break;
        }
      }
      std::vector<std::pair<std::string, std::string>> names;
      if (has_arabic_letter(ar_name)) {
        // "مدينة زنجبار": the news writes the word "city" before any town's name.
        const std::string short_name = strip_first_word(ar_name, kCityWords);
        names.emplace_back("ar", short_name.empty() ? ar_name : short_name);
      }
      names.emplace_back("en", en_name);
      if (const std::string fr_name = clean(fr[i].name); fr_name != en_name) names.emplace_back("fr", fr_name);
      out.place(key, "city", country, names);
    }
  }
  out.finish();
  return 0;
}
