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

// The "text" field: the paragraphs joined by line breaks, as Segment::text() joins
// them, escaped paragraph by paragraph instead of copied into one string first.
void text_field(std::string& out, const std::vector<std::string>& paragraphs) {
  out += ",\"text\":";
  bool joined = false;  // some text written: every paragraph after it follows a line break
  for (const auto& p : paragraphs) {
    if (!joined) {
      if (p.empty()) continue;
      append_json_string(out, p);
      joined = true;
      continue;
    }
    out.back() = '\\';  // the closing quote becomes the backslash of "\n"
    const size_t quote = out.size();
    append_json_string(out, p);
    out[quote] = 'n';
  }
  if (!joined) out += "\"\"";
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
    text_field(out, s.paragraphs);
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
