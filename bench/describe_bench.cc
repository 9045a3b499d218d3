// Story cards of the sample corpus's gold events, to read and judge, and the
// time it takes to make them.
//
//   build-x/describe_bench [--pages data/sample/pages.jsonl] [--gold data/sample/gold.jsonl]
//                          [--out cards.jsonl] [--width N] [--visual] [--event N]
//                          [--ner-model data/models/ner-ar.model] [--quiet]
//
// Pages are read (ingest/reader.h) and cleaned (clean/cleaner.h: the whole
// file observed, then each page cleaned); each article is joined to its gold
// line by (id, segment) and takes the gold event, storyline and dup_group
// ("E07" → 7). Arabic articles get their names from the NER model if it is
// trained (--ner-model, by default data/models/ner-ar.model), keyed by type and
// matching-form words.
// No reused_from: the cards derive who copied whom from dup_group and time.
// Prints every event card and storyline card as `marsad stories` would, and
// the time to build them; --out writes the JSON lines.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "clean/cleaner.h"
#include "core/data_dir.h"
#include "describe/card_builder.h"
#include "describe/card_json.h"
#include "describe/card_render.h"
#include "entity/ner_tagger.h"
#include "ingest/reader.h"
#include "text/analyzer.h"
#include "text/date_calendar.h"

namespace {

// "YYYY-MM-DD[ hh:mm[:ss]]" as Unix seconds (UTC); 0 if it does not parse.
int64_t parse_time(const std::string& s) {
  const auto day = marsad::parse_iso_date(s);
  if (!day || day->day == 0) return 0;
  int h = 0, m = 0, sec = 0;
  if (s.size() > 10) std::sscanf(s.c_str() + 11, "%d:%d:%d", &h, &m, &sec);
  return static_cast<int64_t>(marsad::days_since_epoch(*day)) * 86400 + h * 3600 + m * 60 + sec;
}

// "E07" → 7, "D12" → 12.
uint32_t label_number(const std::string& label) {
  uint32_t n = 0;
  for (char c : label) {
    if (c >= '0' && c <= '9') n = n * 10 + static_cast<uint32_t>(c - '0');
  }
  return n;
}

struct Gold {
  uint32_t event = 0, storyline = 0, dup_group = 0;
};

}  // namespace

int main(int argc, char** argv) {
  std::string pages = marsad::data_path("sample/pages.jsonl");
  std::string gold_path = marsad::data_path("sample/gold.jsonl");
  std::string out_path;
  marsad::RenderOptions render;
  render.width = 100;
  long only_event = -1;
  bool quiet = false;
  std::string ner_model = marsad::NerTagger::default_model_path();
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--pages") pages = value();
    else if (arg == "--gold") gold_path = value();
    else if (arg == "--out") out_path = value();
    else if (arg == "--width") render.width = std::stoul(value());
    else if (arg == "--event") only_event = std::stol(value());
    else if (arg == "--visual") render.bidi = marsad::BidiMode::kVisual;
    else if (arg == "--quiet") quiet = true;
    else if (arg == "--ner-model") ner_model = value();
    else {
      std::cerr << "usage: describe_bench [--pages F] [--gold F] [--out F] [--width N] [--visual] [--event N] [--ner-model F] [--quiet]\n";
      return 2;
    }
  }

  std::map<std::pair<std::string, int>, Gold> gold;
  {
    std::ifstream in(gold_path);
    if (!in) {
      std::cerr << gold_path << ": cannot read the gold file\n";
      return 1;
    }
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      const auto j = nlohmann::json::parse(line);
      gold[{j.at("id").get<std::string>(), j.value("segment", 0)}] =
          Gold{label_number(j.at("event")), label_number(j.at("storyline")), label_number(j.at("dup_group"))};
    }
  }

  std::vector<marsad::RawDoc> docs;
  marsad::read_documents({pages}, [&](marsad::RawDoc&& d) { docs.push_back(std::move(d)); },
                         [](const marsad::Status& s) { std::cerr << s.to_string() << "\n"; });
  marsad::Cleaner cleaner;
  for (const auto& d : docs) cleaner.observe(d);

  marsad::NerTagger tagger;
  if (marsad::Status s = marsad::NerTagger::load(ner_model, &tagger); !s.ok())
    std::cerr << "no entities: " << s.to_string() << "\n";
  marsad::text::Analyzer name_words("ar");

  std::vector<marsad::CardArticle> articles;
  size_t unmatched = 0;
  for (auto& d : docs) {
    const std::string id = d.id, source = d.source, url = d.url;
    const int64_t time = parse_time(d.published);
    marsad::CleanDoc clean = cleaner.clean(std::move(d));
    for (size_t s = 0; s < clean.segments.size(); ++s) {
      const marsad::Segment& seg = clean.segments[s];
      auto g = gold.find({id, static_cast<int>(s)});
      if (g == gold.end()) {
        ++unmatched;
        continue;
      }
      marsad::CardArticle a;
      a.id = id;
      a.segment = static_cast<int>(s);
      a.source = source;
      a.url = url;
      a.time = time;
      a.lang = seg.lang;
      a.title = seg.title;
      a.paragraphs = seg.paragraphs;
      a.dup_group = g->second.dup_group;
      a.event = g->second.event;
      a.storyline = g->second.storyline;
      if (tagger.loaded() && seg.lang == "ar") {
        std::string text = seg.title + "\n" + seg.text();
        if (text.size() > 2000) text.resize(2000);
        for (const marsad::EntitySpan& e : tagger.tag(text)) {
          std::string key = e.type + ":";
          for (const std::string& w : name_words.words(e.text)) key += w + " ";
          key.pop_back();
          a.entities.push_back(marsad::CardEntity{key, e.text, e.type});
        }
      }
      articles.push_back(std::move(a));
    }
  }
  if (unmatched) std::cerr << unmatched << " cleaned articles have no gold line (the page was split differently)\n";

  const auto t0 = std::chrono::steady_clock::now();
  marsad::CardBuilder builder;
  for (auto& a : articles) builder.add(std::move(a));
  const marsad::StoryCards cards = builder.build();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  if (!out_path.empty()) {
    std::ofstream out(out_path);
    for (const auto& s : cards.storylines) out << marsad::storyline_card_json(s) << "\n";
    for (const auto& e : cards.events) out << marsad::event_card_json(e) << "\n";
  }
  if (!quiet) {
    for (const auto& e : cards.events) {
      if (only_event < 0 || e.event == static_cast<uint32_t>(only_event)) std::cout << marsad::render_event_card(e, render);
    }
    if (only_event < 0) {
      for (const auto& s : cards.storylines) std::cout << marsad::render_storyline_card(s, render);
    }
  }
  std::printf("%zu articles, %zu events, %zu storylines: cards built in %.1f ms (idf, analysis and choice included)\n",
              builder.size(), cards.events.size(), cards.storylines.size(), seconds * 1000);
  return 0;
}
