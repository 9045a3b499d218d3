#include "flow/flow_output.h"

#include <cstdio>

#include "core/json_out.h"

namespace marsad {
namespace {

void append_number(std::string& out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  out += buf;
}

void append_field(std::string& out, const char* name, std::string_view value) {
  out += ",\"";
  out += name;
  out += "\":";
  append_json_string(out, value);
}

}  // namespace

void append_flow_json_line(std::string& out, const FlowArticle& a, bool with_entities) {
  out += "{\"id\":";
  append_json_string(out, a.id);
  out += ",\"segment\":" + std::to_string(a.segment);
  out += ",\"dup_group\":" + std::to_string(a.dup_group);
  out += ",\"event\":" + std::to_string(a.event);
  out += ",\"storyline\":" + std::to_string(a.storyline);
  append_field(out, "lang", a.lang);
  append_field(out, "source", a.source);
  append_field(out, "published", a.published);
  append_field(out, "title", a.title);
  append_field(out, "dup_kind", a.dup_kind);
  out += ",\"dup_similarity\":";
  append_number(out, a.dup_similarity);
  if (!a.reused_from.empty()) append_field(out, "reused_from", a.reused_from);
  out += ",\"event_similarity\":";
  append_number(out, a.event_similarity);
  out += a.new_event ? ",\"new_event\":true" : ",\"new_event\":false";
  if (with_entities) {
    out += ",\"entities\":[";
    for (size_t i = 0; i < a.entities.size(); ++i) {
      if (i) out += ',';
      out += "{\"key\":";
      append_json_string(out, a.entities[i].key);
      append_field(out, "name", a.entities[i].name);
      append_field(out, "type", a.entities[i].type);
      out += '}';
    }
    out += ']';
  }
  out += "}\n";
}

}  // namespace marsad
