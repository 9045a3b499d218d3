#include "ingest/json_documents.h"

#include <algorithm>
#include <limits>
#include <optional>

#include <nlohmann/json.hpp>

#include "ingest/html_references.h"
#include "ingest/json_array_scan.h"
#include "ingest/utf8_repair.h"

namespace marsad {
namespace {

namespace ondemand = simdjson::ondemand;

enum class Field { kText, kContent, kTitle, kUrl, kSource, kAuthor, kPublished, kDate,
                   kDateExtracted, kId, kOther };

Field field_of(std::string_view key) {
  if (key == "text") return Field::kText;
  if (key == "content") return Field::kContent;
  if (key == "title") return Field::kTitle;
  if (key == "url") return Field::kUrl;
  if (key == "source") return Field::kSource;
  if (key == "author") return Field::kAuthor;
  if (key == "published") return Field::kPublished;
  if (key == "date") return Field::kDate;
  if (key == "date_extracted") return Field::kDateExtracted;
  if (key == "id") return Field::kId;
  return Field::kOther;
}

std::string_view trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// How reading one JSON object went.
struct Outcome {
  enum Kind { kOk, kSkip, kBadJson } kind = kOk;
  std::string what;

  static Outcome bad_json(simdjson::error_code error) {
    std::string message = simdjson::error_message(error);
    if (!message.empty() && message.back() == '.') message.pop_back();
    return {kBadJson, "JSON does not parse: " + message};
  }
};

// Stores `value` unchanged in extra[key]. nlohmann builds the value from its raw JSON:
// unknown fields are rare, so this is off the fast path.
simdjson::error_code keep_as_extra(nlohmann::json& extra, std::string_view key,
                                   ondemand::value& value, ondemand::json_type type) {
  std::string_view raw;
  if (type == ondemand::json_type::object) {
    ondemand::object object;
    if (auto error = value.get_object().get(object)) return error;
    if (auto error = object.raw_json().get(raw)) return error;
  } else if (type == ondemand::json_type::array) {
    ondemand::array array;
    if (auto error = value.get_array().get(array)) return error;
    if (auto error = array.raw_json().get(raw)) return error;
  } else {
    raw = value.raw_json_token();
  }
  auto parsed = nlohmann::json::parse(raw.begin(), raw.end(), nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return simdjson::TAPE_ERROR;
  extra[std::string(key)] = std::move(parsed);
  return simdjson::SUCCESS;
}

// Fills `doc` from one JSON object (all but id defaults and origin).
Outcome read_object(ondemand::object object, RawDoc& doc) {
  // Alternatives are held until the end: the preferred one wins, the other goes to extra.
  std::optional<std::string> text, content, published, date, date_extracted;
  for (auto field_result : object) {
    ondemand::field field;
    if (auto error = std::move(field_result).get(field)) return Outcome::bad_json(error);
    std::string_view key;
    if (auto error = field.unescaped_key().get(key)) return Outcome::bad_json(error);
    ondemand::value value = field.value();
    ondemand::json_type type;
    if (auto error = value.type().get(type)) return Outcome::bad_json(error);
    const Field known = field_of(key);
    if (known != Field::kOther && type == ondemand::json_type::null) continue;
    if (known == Field::kId && type == ondemand::json_type::number) {
      doc.id = std::string(trim(value.raw_json_token()));
      continue;
    }
    if (known == Field::kOther || type != ondemand::json_type::string) {
      if (auto error = keep_as_extra(doc.extra, key, value, type)) return Outcome::bad_json(error);
      continue;
    }
    std::string_view string;
    if (auto error = value.get_string().get(string)) return Outcome::bad_json(error);
    switch (known) {
      case Field::kText: text.emplace(string); break;
      case Field::kContent: content.emplace(string); break;
      case Field::kTitle: doc.title.assign(string); break;
      case Field::kUrl: doc.url.assign(string); break;
      case Field::kSource: doc.source.assign(string); break;
      case Field::kAuthor: doc.author.assign(string); break;
      case Field::kPublished: published.emplace(string); break;
      case Field::kDate: date.emplace(string); break;
      case Field::kDateExtracted: date_extracted.emplace(string); break;
      case Field::kId: doc.id.assign(string); break;
      case Field::kOther: break;
    }
  }
  if (text) {
    doc.text = std::move(*text);
    if (content) doc.extra["content"] = std::move(*content);
  } else if (content) {
    doc.text = std::move(*content);
  } else {
    return {Outcome::kSkip, "no \"text\" or \"content\" string field; skipped"};
  }
  // Crawlers copy titles and text into JSON still escaped for HTML.
  decode_html_references_in(&doc.title);
  decode_html_references_in(&doc.text);
  if (published) {
    doc.published = std::move(*published);
    if (date) doc.extra["date"] = std::move(*date);
    if (date_extracted) doc.extra["date_extracted"] = std::move(*date_extracted);
  } else if (date) {
    doc.published = std::move(*date);
    if (date_extracted) doc.extra["date_extracted"] = std::move(*date_extracted);
  } else if (date_extracted) {
    doc.published = std::move(*date_extracted);
  }
  return {};
}

const char* type_name(ondemand::json_type type) {
  switch (type) {
    case ondemand::json_type::array: return "an array";
    case ondemand::json_type::object: return "an object";
    case ondemand::json_type::number: return "a number";
    case ondemand::json_type::string: return "a string";
    case ondemand::json_type::boolean: return "a boolean";
    case ondemand::json_type::null: return "null";
  }
  return "not an object";
}

// Makes `text` valid UTF-8, returning the offsets of the U+FFFD it inserted.
std::vector<size_t> make_valid_utf8(std::string& text) {
  if (is_valid_utf8(text)) return {};
  Utf8Repair repair = repair_utf8(text);
  text = std::move(repair.text);
  return std::move(repair.replaced_at);
}

// Fills `doc` from `size` bytes at `data` that must hold one JSON object and nothing else: a
// line of JSON lines, or an array element read on its own. `capacity` bytes are readable from
// `data` (at least size + SIMDJSON_PADDING). `unit` names the piece in messages ("line").
Outcome read_object_text(ondemand::parser& parser, const char* data, size_t size, size_t capacity,
                         const char* unit, RawDoc& doc) {
  ondemand::document json;
  ondemand::json_type type{};
  if (auto error = parser.iterate(data, size, capacity).get(json)) return Outcome::bad_json(error);
  if (auto error = json.type().get(type)) return Outcome::bad_json(error);
  if (type != ondemand::json_type::object) {
    // simdjson types a value by its first byte, so "this is not json" would pass for a
    // boolean: a piece that is not an object is checked whole (rare, off the fast path).
    if (!nlohmann::json::accept(std::string_view(data, size))) {
      return {Outcome::kBadJson, std::string("JSON does not parse: the ") + unit + " is not a JSON value"};
    }
    return {Outcome::kSkip, std::string("the ") + unit + " is " + type_name(type) + ", not a JSON object; skipped"};
  }
  ondemand::object object;
  if (auto error = json.get_object().get(object)) return Outcome::bad_json(error);
  Outcome outcome = read_object(object, doc);
  const char* after = nullptr;
  if (outcome.kind != Outcome::kBadJson && !json.current_location().get(after)) {
    return {Outcome::kBadJson, "JSON does not parse: text after the object"};
  }
  return outcome;
}

// How many of the ascending offsets `replaced_at` fall in [begin, end).
size_t repairs_between(const std::vector<size_t>& replaced_at, size_t begin, size_t end) {
  const auto first = std::lower_bound(replaced_at.begin(), replaced_at.end(), begin);
  return static_cast<size_t>(std::lower_bound(first, replaced_at.end(), end) - first);
}

}  // namespace

void JsonDocumentReader::read_lines(InputStream& in, const std::string& origin,
                                    const std::string& id_stem, ReadContext& context) {
  const size_t max_bytes = context.options().max_document_bytes;
  std::string line;
  size_t line_number = 0;
  while (in.next_line(line, max_bytes)) {
    ++line_number;
    if (line.empty() && in.last_line_bytes() > max_bytes) {
      context.skip(Status::invalid_input(origin + ":" + std::to_string(line_number),
                                         context.too_long_message("line", in.last_line_bytes())));
      continue;
    }
    if (line_number == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (is_blank(line)) continue;
    const size_t repairs = make_valid_utf8(line).size();
    line.reserve(line.size() + simdjson::SIMDJSON_PADDING);

    RawDoc doc;
    doc.origin = origin + ":" + std::to_string(line_number);
    Outcome outcome = read_object_text(parser_, line.data(), line.size(), line.capacity(), "line", doc);
    if (outcome.kind != Outcome::kOk) {
      if (outcome.kind == Outcome::kBadJson) outcome.what += "; skipped";
      context.skip(Status::invalid_input(doc.origin, outcome.what));
      continue;
    }
    if (doc.id.empty()) doc.id = id_stem + "/" + std::to_string(line_number);
    context.deliver(std::move(doc), repairs);
  }
}

void JsonDocumentReader::read_array(InputStream& in, const std::string& origin,
                                    const std::string& id_stem, ReadContext& context) {
  array_buffer_.clear();
  in.read_rest(array_buffer_, std::numeric_limits<size_t>::max());
  if (in.failed()) return;
  read_array_text(array_buffer_, origin, id_stem, context);
}

void JsonDocumentReader::read_array_text(std::string& buffer, const std::string& origin,
                                         const std::string& id_stem, ReadContext& context) {
  if (buffer.compare(0, 3, "\xEF\xBB\xBF") == 0) buffer.erase(0, 3);
  // simdjson checks the UTF-8 of the whole input before anything is read: the text is
  // repaired (and parsed again) only when that parse fails.
  std::vector<size_t> replaced_at;
  buffer.reserve(buffer.size() + simdjson::SIMDJSON_PADDING);
  ondemand::document json;
  auto parsed = parser_.iterate(buffer.data(), buffer.size(), buffer.capacity()).get(json);
  if (parsed) {
    replaced_at = make_valid_utf8(buffer);
    if (!replaced_at.empty()) {
      buffer.reserve(buffer.size() + simdjson::SIMDJSON_PADDING);
      parsed = parser_.iterate(buffer.data(), buffer.size(), buffer.capacity()).get(json);
    }
  }

  // An input that does not parse whole (a file cut short, quotes that do not pair) is read
  // element by element; so is the rest of the array from an element that does not parse.
  ondemand::array array;
  if (parsed || json.get_array().get(array)) {
    read_elements_one_by_one(buffer, 0, replaced_at, origin, id_stem, context);
    return;
  }
  const size_t max_bytes = context.options().max_document_bytes;
  size_t next_index = 0;
  for (auto element_result : array) {
    const size_t index = next_index++;
    const std::string where = origin + "[" + std::to_string(index) + "]";
    ondemand::value element;
    ondemand::json_type type{};
    const char* start = nullptr;
    simdjson::error_code error = std::move(element_result).get(element);
    if (!error) error = element.current_location().get(start);
    if (!error) error = element.type().get(type);
    if (error) {
      read_elements_one_by_one(buffer, index, replaced_at, origin, id_stem, context);
      return;
    }
    if (type != ondemand::json_type::object) {
      context.skip(Status::invalid_input(
          where, std::string("the element is ") + type_name(type) + ", not a JSON object; skipped"));
      continue;
    }
    RawDoc doc;
    doc.origin = where;
    ondemand::object object;
    Outcome outcome =
        (error = element.get_object().get(object)) ? Outcome::bad_json(error) : read_object(object, doc);
    if (outcome.kind == Outcome::kBadJson) {
      read_elements_one_by_one(buffer, index, replaced_at, origin, id_stem, context);
      return;
    }
    // The element spans [start, end): up to the token after it, or the end of the input.
    const char* end = nullptr;
    if (json.current_location().get(end)) end = buffer.data() + buffer.size();
    const auto size = static_cast<uint64_t>(end - start);
    if (size > max_bytes) {
      context.skip(Status::invalid_input(where, context.too_long_message("document", size)));
      continue;
    }
    if (outcome.kind == Outcome::kSkip) {
      context.skip(Status::invalid_input(where, outcome.what));
      continue;
    }
    const size_t repairs = repairs_between(replaced_at, static_cast<size_t>(start - buffer.data()),
                                           static_cast<size_t>(end - buffer.data()));
    if (doc.id.empty()) doc.id = id_stem + "/" + std::to_string(index);
    context.deliver(std::move(doc), repairs);
  }
}

void JsonDocumentReader::read_elements_one_by_one(std::string& buffer, size_t first_index,
                                                  const std::vector<size_t>& replaced_at,
                                                  const std::string& origin, const std::string& id_stem,
                                                  ReadContext& context) {
  const size_t max_bytes = context.options().max_document_bytes;
  auto where_of = [&](size_t index) { return origin + "[" + std::to_string(index) + "]"; };
  JsonArrayScan scan(buffer);
  JsonArrayElement element;
  while (scan.next(&element)) {
    const size_t index = scan.count() - 1;
    if (index < first_index) continue;  // read already, by the whole-input parse
    if (element.empty()) {
      context.report(Status::invalid_input(
          where_of(index), "JSON does not parse: no value before this ',' or ']'; nothing to read"));
      continue;
    }
    const size_t size = element.end - element.begin;
    if (size > max_bytes) {
      context.skip(Status::invalid_input(where_of(index), context.too_long_message("document", size)));
      continue;
    }
    RawDoc doc;
    doc.origin = where_of(index);
    // Parsed in place: the rest of the buffer and its reserve serve as simdjson's padding.
    Outcome outcome = read_object_text(parser_, buffer.data() + element.begin, size,
                                       buffer.capacity() - element.begin, "element", doc);
    if (outcome.kind != Outcome::kOk) {
      if (outcome.kind == Outcome::kBadJson) outcome.what += "; skipped";
      context.skip(Status::invalid_input(doc.origin, outcome.what));
      continue;
    }
    if (doc.id.empty()) doc.id = id_stem + "/" + std::to_string(index);
    context.deliver(std::move(doc), repairs_between(replaced_at, element.begin, element.end));
  }
  switch (scan.end()) {
    case JsonArrayEnd::kNotEnded:
    case JsonArrayEnd::kClosed:
      return;
    case JsonArrayEnd::kCutShort:
      context.report(Status::invalid_input(
          origin, "the JSON array is cut short: the input ends after " + std::to_string(scan.count()) +
                      " element(s), before the closing ']'"));
      return;
    case JsonArrayEnd::kCutInElement:
      context.skip(Status::invalid_input(
          where_of(scan.count()),
          "the input ends inside this element (the JSON array is cut short); skipped"));
      return;
    case JsonArrayEnd::kNotAnArray:
      context.report(Status::invalid_input(origin, "JSON does not parse: not a JSON array; nothing read from it"));
      return;
  }
}

}  // namespace marsad
