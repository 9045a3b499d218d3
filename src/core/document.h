// The data that flows between marsad's stages.
//
//   ingest  -> RawDoc            one crawled page, as read
//   clean   -> CleanDoc          its articles (Segments) and what was removed
//
// Field names follow ../shared/DESIGN.md's JSONL contracts; `extra` carries the
// input's unknown fields so that they pass through every stage untouched.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace marsad {

// One crawled page as a reader found it.
struct RawDoc {
  std::string id;         // stable id: the input's, or derived from where it was read
  std::string source;     // outlet, e.g. "aawsat"; empty if unknown
  std::string url;
  std::string title;      // title given by the input (not the page text), if any
  std::string author;
  std::string published;  // "YYYY-MM-DD" or "YYYY-MM-DD hh:mm:ss" if known, else empty
  std::string text;       // the page's text, lines separated by '\n'
  std::string origin;     // where it was read: "path" or "path:line", for messages
  nlohmann::json extra = nlohmann::json::object();  // unknown input fields, passed through
};

// One article found on a page.
struct Segment {
  std::string title;
  std::vector<std::string> paragraphs;  // body paragraphs, as written
  std::string lang;                     // ISO 639-1 code, "un" if unknown
  std::string byline;                   // author line recognized as metadata
  std::string outlet;                   // outlet named in the page, if any
  std::string dateline;                 // the dateline as written
  std::string date;                     // "YYYY-MM-DD" parsed from the dateline, if any

  // The paragraphs joined by '\n' (the contract's "text").
  std::string text() const;
};

// Text a stage took out of a page, and why.
struct Removal {
  std::string text;
  std::string why;  // one of the reasons in clean/removal_reason.h
};

// A page after cleaning: one or more articles, and everything removed.
struct CleanDoc {
  RawDoc raw;  // the input it came from (text may be cleared after cleaning)
  std::vector<Segment> segments;
  std::vector<Removal> removed;
};

}  // namespace marsad
