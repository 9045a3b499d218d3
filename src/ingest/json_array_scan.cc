#include "ingest/json_array_scan.h"

namespace marsad {
namespace {

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

JsonArrayScan::JsonArrayScan(std::string_view text) : text_(text) {
  skip_whitespace();
  if (pos_ >= text_.size() || text_[pos_] != '[') {
    end_ = JsonArrayEnd::kNotAnArray;
    return;
  }
  ++pos_;
}

void JsonArrayScan::skip_whitespace() {
  while (pos_ < text_.size() && is_json_space(text_[pos_])) ++pos_;
}

bool JsonArrayScan::skip_string() {
  size_t at = pos_ + 1;
  while (true) {
    at = text_.find_first_of("\"\\", at);
    if (at == std::string_view::npos || (text_[at] == '\\' && at + 1 >= text_.size())) return false;
    if (text_[at] == '"') break;
    at += 2;  // the backslash and the byte it escapes (\" and \\ included)
  }
  pos_ = at + 1;
  return true;
}

bool JsonArrayScan::next(JsonArrayElement* element) {
  if (end_ != JsonArrayEnd::kNotEnded) return false;
  skip_whitespace();
  if (pos_ >= text_.size()) {
    end_ = JsonArrayEnd::kCutShort;
    return false;
  }
  const char first = text_[pos_];
  if (first == ']' && !after_separator_) {
    ++pos_;
    end_ = JsonArrayEnd::kClosed;
    return false;
  }
  if (first == ',' || first == ']') {
    // No value before this separator: "[,", ",," or ",]". A ']' is read again by the next call.
    *element = {pos_, pos_};
    after_separator_ = first == ',';
    if (first == ',') ++pos_;
    ++count_;
    return true;
  }

  const size_t begin = pos_;
  size_t last_byte_end = pos_;  // one past the element's last byte that is not whitespace
  open_.clear();
  bool in_string_at_end = false;
  bool value_complete = false;  // a string or a bracket closed at the element's own level
  while (pos_ < text_.size()) {
    const char c = text_[pos_];
    if (is_json_space(c)) {
      ++pos_;
      continue;
    }
    if ((c == ',' && open_.empty()) || (c == ']' && open_.find('[') == std::string::npos)) break;
    // Another value right after a complete one: the ',' between them is missing.
    if (value_complete && c != '}' && c != ']') break;
    if (c == '"') {
      if (!skip_string()) {
        in_string_at_end = true;
        break;
      }
      last_byte_end = pos_;
      value_complete = open_.empty();
      continue;
    }
    if (c == '{' || c == '[') {
      open_.push_back(c);
    } else if (c == '}' || c == ']') {
      const size_t opener = open_.rfind(c == '}' ? '{' : '[');
      if (opener != std::string::npos) {
        open_.resize(opener);
        value_complete = open_.empty();
      }
    }
    ++pos_;
    last_byte_end = pos_;
  }

  if (in_string_at_end || (pos_ >= text_.size() && !open_.empty())) {
    cut_ = {begin, text_.size()};
    end_ = JsonArrayEnd::kCutInElement;
    return false;
  }
  *element = {begin, last_byte_end};
  after_separator_ = pos_ < text_.size() && text_[pos_] == ',';
  if (after_separator_) ++pos_;
  ++count_;
  return true;
}

}  // namespace marsad
