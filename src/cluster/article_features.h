// What the clusterer needs to know about one article: the analyzer's terms of
// its title and body, its entities and numbers, its time, its duplicate group.
//
//   ArticleFeatures f;
//   f.id = "2015-07-21/17"; f.time = 1437447092; f.lang = "ar";
//   f.title_terms = analyzer.terms(title);
//   f.body_terms = analyzer.terms(body);
//   f.entities = {"loc:المغرب", "per:لفتيت"};   // language-independent keys when possible
//   ClusterDecision d = clusterer.add(f);
//
// Produced by the pipeline (clean → analyze → entity → dedup) one article at a
// time; the clusterer copies what it keeps, so the caller may reuse the struct.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "text/lead_date.h"

namespace marsad {

struct ArticleFeatures {
  std::string id;   // the page's id
  int segment = 0;  // which article of the page (clean may split a page)
  std::string source;
  // Unix seconds of publication; 0 if unknown: the article is then taken to be
  // as recent as the latest dated article seen (input order stands for time).
  int64_t time = 0;
  std::string lang;                       // ISO 639-1: "ar", "fr", "en", ...
  std::vector<std::string> title_terms;   // text::Analyzer::terms of the title
  std::vector<std::string> body_terms;    // text::Analyzer::terms of the body
  std::vector<std::string> entities;      // entity keys (people, places, organizations); repeats count
  std::vector<std::string> numbers;       // numbers and dates mentioned; repeats count
  std::optional<uint32_t> dup_group;      // near-duplicate group from dedup, if known
  // A wire report split into parts (clean/report_part.h): a key of its source
  // and its title without the part marker (0 if it has no title), and whether
  // this article is a marked part ("... إضافة أولى"). The parts of one report
  // are one event, whatever their text.
  uint64_t report = 0;
  bool report_part = false;
  // The day its lead says the news happened (text/lead_date.h): reports of
  // one happening agree on it.
  LeadDay happening;
  // Countries named by adjective ("الفرنسي" → "loc:FR"), for storylines only:
  // the parties of a relation, but too common in the news to join events.
  std::vector<std::string> demonym_places;
  // The countries its title names (by name or adjective), for storylines only:
  // a title naming two countries tells of their relation (المغرب وفرنسا).
  std::vector<std::string> title_countries;
};

}  // namespace marsad
