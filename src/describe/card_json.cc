// Why nlohmann::json rather than core/json_out.h: a card is written once per
// event, far off the hot path, and the same library reads it back.
#include "describe/card_json.h"

#include <nlohmann/json.hpp>

namespace marsad {

// ordered_json: fields in the order written, "type" first, as a reader scans them.
using json = nlohmann::ordered_json;

namespace {

std::string dump_line(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json storyline_event_json(const StorylineEvent& e) {
  return json{{"event", e.event},
              {"headline", e.headline},
              {"date", e.date},
              {"date_basis", date_basis_name(e.date_basis)},
              {"first_time", e.first_time},
              {"articles", e.article_count}};
}

// Reads j[key] into *out when present; a present field of another kind throws.
template <typename T>
void read(const json& j, const char* key, T* out) {
  auto it = j.find(key);
  if (it != j.end() && !it->is_null()) *out = it->get<T>();
}

DateBasis read_basis(const json& j) {
  std::string name = "unknown";
  read(j, "date_basis", &name);
  auto basis = parse_date_basis(name);
  if (!basis) throw std::invalid_argument("date_basis '" + name + "' is not text, published or unknown");
  return *basis;
}

template <typename Fn>
void read_array(const json& j, const char* key, Fn&& each) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  if (!it->is_array()) throw std::invalid_argument(std::string("\"") + key + "\" is not an array");
  for (const json& item : *it) {
    if (!item.is_object()) throw std::invalid_argument(std::string("an item of \"") + key + "\" is not an object");
    each(item);
  }
}

}  // namespace

std::string event_card_json(const EventCard& c) {
  json j = {{"type", "event"},
            {"event", c.event},
            {"storyline", c.storyline},
            {"lang", c.lang},
            {"articles", c.article_count},
            {"headline", c.headline},
            {"headline_id", c.headline_id},
            {"date", c.date},
            {"date_basis", date_basis_name(c.date_basis)},
            {"first_time", c.first_time},
            {"last_time", c.last_time}};
  json summary = json::array();
  for (const SummarySentence& s : c.summary)
    summary.push_back({{"text", s.text}, {"id", s.id}, {"segment", s.segment}, {"source", s.source}});
  j["summary"] = std::move(summary);
  json keywords = json::array();
  for (const Keyword& k : c.keywords)
    keywords.push_back({{"term", k.term}, {"word", k.word}, {"weight", std::round(k.weight * 1000) / 1000}});
  j["keywords"] = std::move(keywords);
  json entities = json::array();
  for (const NamedEntity& e : c.entities)
    entities.push_back({{"key", e.key}, {"name", e.name}, {"type", e.type}, {"articles", e.articles}});
  j["entities"] = std::move(entities);
  j["first_source"] = c.first_source;
  json sources = json::array();
  for (const CardSource& s : c.sources)
    sources.push_back(
        {{"source", s.source}, {"articles", s.articles}, {"first_time", s.first_time}, {"original", s.original}});
  j["sources"] = std::move(sources);
  json reuse = json::array();
  for (const Reuse& r : c.reuse)
    reuse.push_back({{"id", r.id}, {"source", r.source}, {"from_id", r.from_id}, {"from_source", r.from_source}});
  j["reuse"] = std::move(reuse);
  json timeline = json::array();
  for (const TimelineEntry& t : c.timeline)
    timeline.push_back({{"time", t.time},
                        {"source", t.source},
                        {"title", t.title},
                        {"id", t.id},
                        {"segment", t.segment},
                        {"lang", t.lang}});
  j["timeline"] = std::move(timeline);
  return dump_line(j);
}

std::string storyline_card_json(const StorylineCard& c) {
  json j = {{"type", "storyline"},
            {"storyline", c.storyline},
            {"articles", c.article_count},
            {"first_time", c.first_time},
            {"last_time", c.last_time}};
  json events = json::array();
  for (const StorylineEvent& e : c.events) events.push_back(storyline_event_json(e));
  j["events"] = std::move(events);
  return dump_line(j);
}

Status parse_card_line(std::string_view line, const std::string& where, ParsedCard* card) {
  json j = json::parse(line.begin(), line.end(), nullptr, false);
  if (j.is_discarded()) return Status::invalid_input(where, "not a JSON line (a card file is what `marsad cluster --cards` writes)");
  if (!j.is_object()) return Status::invalid_input(where, "a card line must be a JSON object");
  const auto type = j.find("type");
  if (type == j.end() || !type->is_string())
    return Status::invalid_input(where, "no \"type\": a card line has \"type\":\"event\" or \"storyline\"");
  try {
    if (*type == "event") {
      *card = ParsedCard{};
      card->type = ParsedCard::Type::kEvent;
      EventCard& c = card->event;
      read(j, "event", &c.event);
      read(j, "storyline", &c.storyline);
      read(j, "lang", &c.lang);
      read(j, "articles", &c.article_count);
      read(j, "headline", &c.headline);
      read(j, "headline_id", &c.headline_id);
      read(j, "date", &c.date);
      c.date_basis = read_basis(j);
      read(j, "first_time", &c.first_time);
      read(j, "last_time", &c.last_time);
      read_array(j, "summary", [&](const json& s) {
        SummarySentence out;
        read(s, "text", &out.text);
        read(s, "id", &out.id);
        read(s, "segment", &out.segment);
        read(s, "source", &out.source);
        c.summary.push_back(std::move(out));
      });
      read_array(j, "keywords", [&](const json& k) {
        Keyword out;
        read(k, "term", &out.term);
        read(k, "word", &out.word);
        read(k, "weight", &out.weight);
        c.keywords.push_back(std::move(out));
      });
      read_array(j, "entities", [&](const json& e) {
        NamedEntity out;
        read(e, "key", &out.key);
        read(e, "name", &out.name);
        read(e, "type", &out.type);
        read(e, "articles", &out.articles);
        c.entities.push_back(std::move(out));
      });
      read(j, "first_source", &c.first_source);
      read_array(j, "sources", [&](const json& s) {
        CardSource out;
        read(s, "source", &out.source);
        read(s, "articles", &out.articles);
        read(s, "first_time", &out.first_time);
        read(s, "original", &out.original);
        c.sources.push_back(std::move(out));
      });
      read_array(j, "reuse", [&](const json& r) {
        Reuse out;
        read(r, "id", &out.id);
        read(r, "source", &out.source);
        read(r, "from_id", &out.from_id);
        read(r, "from_source", &out.from_source);
        c.reuse.push_back(std::move(out));
      });
      read_array(j, "timeline", [&](const json& t) {
        TimelineEntry out;
        read(t, "time", &out.time);
        read(t, "source", &out.source);
        read(t, "title", &out.title);
        read(t, "id", &out.id);
        read(t, "segment", &out.segment);
        read(t, "lang", &out.lang);
        c.timeline.push_back(std::move(out));
      });
      return Status::ok_status();
    }
    if (*type == "storyline") {
      *card = ParsedCard{};
      card->type = ParsedCard::Type::kStoryline;
      StorylineCard& c = card->storyline;
      read(j, "storyline", &c.storyline);
      read(j, "articles", &c.article_count);
      read(j, "first_time", &c.first_time);
      read(j, "last_time", &c.last_time);
      read_array(j, "events", [&](const json& e) {
        StorylineEvent out;
        read(e, "event", &out.event);
        read(e, "headline", &out.headline);
        read(e, "date", &out.date);
        out.date_basis = read_basis(e);
        read(e, "first_time", &out.first_time);
        read(e, "articles", &out.article_count);
        c.events.push_back(std::move(out));
      });
      return Status::ok_status();
    }
  } catch (const std::exception& e) {
    return Status::invalid_input(where, std::string("a card field has the wrong kind: ") + e.what());
  }
  return Status::invalid_input(where, "\"type\" is " + type->dump() + "; a card line is \"event\" or \"storyline\"");
}

}  // namespace marsad
