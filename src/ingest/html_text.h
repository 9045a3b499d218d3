// The readable text of an HTML page, for pages crawled as HTML.
//
//   HtmlText page = extract_html_text(html);   // page.title, page.text
//
// Parsed with gumbo (the WHATWG HTML5 algorithm, so broken markup reads as a browser reads
// it). Block elements (p, div, h1-h6, li, tr, br, ...) end lines; runs of whitespace inside a
// line become one space; script, style, nav, noscript, template, iframe, svg and head are
// dropped, except that <title> becomes the title. Text inside <pre> keeps its line breaks.
#pragma once

#include <string>
#include <string_view>

namespace marsad {

struct HtmlText {
  std::string title;  // the <title>, whitespace collapsed; empty if none
  std::string text;   // one line per block, no empty lines, no leading/trailing spaces
};

// Extracts the title and the text of `html` (UTF-8). Never fails: gumbo repairs any markup.
HtmlText extract_html_text(std::string_view html);

}  // namespace marsad
