// The story card: what a reader is shown about one event and one storyline.
//
//   CardBuilder builder;                                 // describe/card_builder.h
//   for (const CardArticle& a : clustered_articles) builder.add(a);
//   StoryCards cards = builder.build();
//   for (const EventCard& e : cards.events) std::cout << event_card_json(e) << "\n";
//
// CardArticle is the input: one article as the clustering left it (its event,
// storyline, duplicate group and names). EventCard and StorylineCard are the
// output; describe/card_json.h writes them as JSON lines and reads them back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace marsad {

// A name mentioned in an article.
struct CardEntity {
  std::string key;   // identifies the entity whatever its spelling ("PERS:ساعدي", "loc:FR")
  std::string name;  // as written
  std::string type;  // "PERS", "ORG", "LOC" or "MISC"
};

// One article of an event, as clustering left it.
struct CardArticle {
  std::string id;  // the page's id
  int segment = 0;  // which article of the page
  std::string source;
  std::string url;
  int64_t time = 0;  // publication, Unix seconds (UTC); 0 if unknown
  // Whether time is the article's own; an undated page carries the time of
  // the page read before it, which orders it but says nothing of its day.
  bool dated = true;
  std::string lang;  // ISO 639-1
  std::string title;
  std::vector<std::string> paragraphs;
  std::vector<CardEntity> entities;  // mentions in text order, repeats count
  std::optional<uint32_t> dup_group;  // near-duplicate group, if known
  // Id of the earlier article this one copies ("id", or "id#segment" for a
  // page's later article); empty if it is an original or not known.
  std::string reused_from;
  uint32_t event = 0;
  uint32_t storyline = 0;
};

// "id" for a page's first article, "id#segment" for the others.
std::string card_article_key(const std::string& id, int segment);

// A sentence of the extractive summary and the article it was taken from.
struct SummarySentence {
  std::string text;
  std::string id;
  int segment = 0;
  std::string source;
};

struct Keyword {
  std::string term;  // the analyzer's term (stemmed, matching form)
  std::string word;  // its most frequent spelling in the event's articles
  double weight = 0;  // event tf × idf
};

// A person, organization or place of the event.
struct NamedEntity {
  std::string key;
  std::string name;  // its most frequent spelling
  std::string type;  // "PERS", "ORG", "LOC"
  size_t articles = 0;  // articles naming it
};

// An outlet that reported the event.
struct CardSource {
  std::string source;
  size_t articles = 0;
  int64_t first_time = 0;  // its earliest article's publication (0 unknown)
  bool original = true;  // false if all its articles copy another outlet's
};

// One article copying another.
struct Reuse {
  std::string id, source;            // the copy (id as card_article_key)
  std::string from_id, from_source;  // the earlier article it copies
};

struct TimelineEntry {
  int64_t time = 0;
  std::string source;
  std::string title;
  std::string id;
  int segment = 0;
  std::string lang;
};

// Where the card's date comes from.
enum class DateBasis {
  kText,       // voted from the dates the articles' leads give (describe/happening_date.h)
  kPublished,  // no date in the text: the earliest publication date
  kUnknown,    // neither
};
const char* date_basis_name(DateBasis basis);  // "text", "published", "unknown"
// The basis named by date_basis_name; nullopt for another name.
std::optional<DateBasis> parse_date_basis(const std::string& name);

struct EventCard {
  uint32_t event = 0;
  uint32_t storyline = 0;
  std::string lang;      // language of most of its articles: headline and summary are in it
  std::string headline;  // the most central title
  std::string headline_id;  // article the headline comes from
  std::string date;         // "YYYY-MM-DD" of the happening; empty if unknown
  DateBasis date_basis = DateBasis::kUnknown;
  int64_t first_time = 0, last_time = 0;  // earliest and latest publication (0 unknown)
  size_t article_count = 0;
  std::vector<SummarySentence> summary;
  std::vector<Keyword> keywords;
  std::vector<NamedEntity> entities;  // people, then organizations, then places; most named first
  std::string first_source;           // who published first
  std::vector<CardSource> sources;    // by first publication
  std::vector<Reuse> reuse;
  std::vector<TimelineEntry> timeline;  // every article, by publication time
};

// One event as a storyline shows it.
struct StorylineEvent {
  uint32_t event = 0;
  std::string headline;
  std::string date;
  DateBasis date_basis = DateBasis::kUnknown;
  int64_t first_time = 0;
  size_t article_count = 0;
};

struct StorylineCard {
  uint32_t storyline = 0;
  int64_t first_time = 0, last_time = 0;
  size_t article_count = 0;
  std::vector<StorylineEvent> events;  // in time order
};

struct StoryCards {
  std::vector<EventCard> events;  // by first publication
  std::vector<StorylineCard> storylines;  // by first publication
};

}  // namespace marsad
