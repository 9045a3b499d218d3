// One article as it goes through the whole flow (flow/news_flow.h): what the
// clean stage found, what the analysis made of it, and the decisions of the
// dedup and cluster stages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dedup/near_duplicate_index.h"
#include "text/lead_date.h"

namespace marsad {

// A name found in an article, with the key that identifies it whatever its
// spelling (entity/ keys: "loc:FR" for فرنسا and France alike).
struct FlowEntity {
  std::string key;
  std::string name;  // as written
  std::string type;  // "PERS", "ORG", "LOC" or "MISC"
  // What the clusterer compares: the place key, or for other names a key
  // shared by their Arabic and Latin spellings (entity::cross_script_key).
  std::string match_key;
};

struct FlowArticle {
  // From the page and the clean stage.
  std::string id;   // the page's id
  int segment = 0;  // which article of the page
  std::string source;
  std::string url;
  std::string published;  // as the input or the dateline gave it; empty if unknown
  int64_t time = 0;       // publication, Unix seconds (see dated)
  bool dated = false;     // time is the article's own; else taken from the article read before it
  std::string lang;
  std::string title;
  std::vector<std::string> paragraphs;
  size_t input_order = 0;  // position in the input, for undated articles and ties

  // From the analysis.
  std::vector<std::string> title_terms, body_terms;  // text::Analyzer::terms
  std::vector<std::string> words;                    // text::Analyzer::words, for shingles
  std::vector<FlowEntity> entities;                  // in text order, repeats kept
  LeadDay happening;  // the day its lead says the news happened
  std::vector<std::string> demonym_places;  // place keys of the lead's demonyms (الفرنسي → loc:FR)
  std::vector<std::string> title_countries;  // countries its title names, by name or adjective; sorted, distinct
  // What dedup needs of the terms, made with the analysis (on its thread);
  // handed to the index when the article's turn comes, emptied then.
  DedupSketch dedup_sketch;

  // From dedup: the near-duplicate group and where the text came from.
  uint32_t dup_group = 0;
  std::string dup_kind;     // "new", "exact", "near" or "contained"
  double dup_similarity = 0;
  std::string reused_from;  // flow key (flow_key()) of the group's original; empty if this is it

  // From clustering.
  uint32_t event = 0;
  uint32_t storyline = 0;
  double event_similarity = 0;  // with its event when it joined, or the best candidate's
  bool new_event = false;

  // "id" for a page's first article, "id#segment" for the others: unique per article.
  std::string flow_key() const { return segment == 0 ? id : id + "#" + std::to_string(segment); }
};

}  // namespace marsad
