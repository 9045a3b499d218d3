// Where the elements of a JSON array lie, found without parsing them: how the JSON reader reads
// on past a damaged element and keeps the elements before the point where a file was cut short.
//
//   JsonArrayScan scan(text);                  // text: '[' after any whitespace
//   JsonArrayElement element;
//   while (scan.next(&element)) parse(text.substr(element.begin, element.end - element.begin));
//   if (scan.end() == JsonArrayEnd::kCutInElement) ...   // the input stops inside an element
//
// An element ends at the first ',' or ']' that lies outside its strings and outside the
// brackets it opened. Strings are skipped whole, a backslash escaping the byte after it.
// Brackets are matched by kind, so that one damaged bracket costs one element: a '}' or ']'
// closes the nearest open bracket of its kind and any left open inside it (taken as missing);
// a '}' with no '{' open in the element is kept in it; a ']' with no '[' open in the element is
// the array's own. A value that follows a complete one with no ',' between them ("[{...} {...}]")
// starts the next element, the ',' taken as missing. Nothing else is checked: an element's own
// damage is for its parser to find.
// A quote missing or extra in an element turns string into structure for the rest of the input,
// which then reads as cut short inside that element.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace marsad {

// One top-level element: bytes [begin, end) of the text, without the whitespace around it.
// Empty (begin == end) where the array has no value between two separators ("[1,,2]", "[1,]").
struct JsonArrayElement {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return begin == end; }
};

// How the array ended, once next() has returned false.
enum class JsonArrayEnd {
  kNotEnded,      // next() may still find elements
  kClosed,        // at the array's ']'; what follows it is not looked at
  kCutShort,      // the input stops before the ']', between elements or right after one
  kCutInElement,  // the input stops inside an element (a string or a bracket left open)
  kNotAnArray,    // the text does not start with '[' (after whitespace)
};

class JsonArrayScan {
 public:
  // `text` is read, not copied: it must outlive the scan.
  explicit JsonArrayScan(std::string_view text);

  // The next element into *element; false at the end of the array or of the input (see end()).
  bool next(JsonArrayElement* element);

  JsonArrayEnd end() const { return end_; }

  // With kCutInElement: the element the input stops in, from its first byte to the input's end.
  JsonArrayElement cut_element() const { return cut_; }

  // Elements returned by next() so far (empty ones included): the next one's 0-based index.
  size_t count() const { return count_; }

 private:
  // Skips JSON whitespace from pos_.
  void skip_whitespace();
  // From the '"' at pos_, moves pos_ past the closing quote; false if the input ends first.
  bool skip_string();

  std::string_view text_;
  size_t pos_ = 0;
  size_t count_ = 0;
  bool after_separator_ = false;  // a ',' was read: an element must follow
  JsonArrayEnd end_ = JsonArrayEnd::kNotEnded;
  JsonArrayElement cut_;
  std::string open_;  // the element's open brackets, innermost last; kept to reuse its memory
};

}  // namespace marsad
