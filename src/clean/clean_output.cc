#include "clean/clean_output.h"

#include "core/json_out.h"

namespace marsad {

namespace {

void field(std::string& out, std::string_view name, std::string_view value, bool always = false) {
  if (value.empty() && !always) return;
  out += ',';
  append_json_string(out, name);
  out += ':';
  append_json_string(out, value);
}

}  // namespace

void append_clean_json_line(std::string& out, const CleanDoc& doc) {
  const RawDoc& raw = doc.raw;
  out += "{\"id\":";
  append_json_string(out, raw.id);
  field(out, "source", raw.source);
  field(out, "url", raw.url);
  field(out, "published", raw.published);
  field(out, "author", raw.author);
  if (raw.extra.is_object()) {
    for (const auto& [key, value] : raw.extra.items()) {
      out += ',';
      append_json_string(out, key);
      out += ':';
      out += value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
  }
  out += ",\"segments\":[";
  bool first = true;
  for (const auto& s : doc.segments) {
    if (!first) out += ',';
    first = false;
    out += "{\"title\":";
    append_json_string(out, s.title);
    field(out, "text", s.text(), true);
    field(out, "lang", s.lang, true);
    field(out, "byline", s.byline);
    field(out, "outlet", s.outlet);
    field(out, "dateline", s.dateline);
    field(out, "date", s.date);
    out += '}';
  }
  out += "],\"removed\":[";
  first = true;
  for (const auto& r : doc.removed) {
    if (!first) out += ',';
    first = false;
    out += "{\"text\":";
    append_json_string(out, r.text);
    out += ",\"why\":";
    append_json_string(out, r.why);
    out += '}';
  }
  out += "]}\n";
}

}  // namespace marsad
