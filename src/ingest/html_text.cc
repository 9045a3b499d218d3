#include "ingest/html_text.h"

#include <gumbo.h>

namespace marsad {

namespace {

bool is_dropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_CANVAS:
      return true;
    default:
      return false;
  }
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_HR:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_MAIN: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Builds the text line by line: spaces collapse, empty lines never appear.
class LineWriter {
 public:
  void add_text(std::string_view text, bool preformatted) {
    for (char c : text) {
      if (preformatted && c == '\n') {
        end_line();
      } else if (is_space(c)) {
        pending_space_ = !line_.empty();
      } else {
        if (pending_space_) line_ += ' ';
        pending_space_ = false;
        line_ += c;
      }
    }
  }
  void end_line() {
    if (!line_.empty()) {
      if (!text_.empty()) text_ += '\n';
      text_ += line_;
    }
    line_.clear();
    pending_space_ = false;
  }
  std::string finish() {
    end_line();
    return std::move(text_);
  }

 private:
  std::string text_;
  std::string line_;
  bool pending_space_ = false;
};

void collect_text(const GumboNode* node, bool preformatted, LineWriter& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
      node->type == GUMBO_NODE_WHITESPACE) {
    out.add_text(node->v.text.text, preformatted);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector* children;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  if (node->type == GUMBO_NODE_ELEMENT) {
    tag = node->v.element.tag;
    if (is_dropped(tag)) return;
    children = &node->v.element.children;
  } else {
    children = &node->v.document.children;
  }
  const bool block = is_block(tag);
  if (block) out.end_line();
  const bool pre = preformatted || tag == GUMBO_TAG_PRE;
  for (unsigned i = 0; i < children->length; ++i) {
    collect_text(static_cast<const GumboNode*>(children->data[i]), pre, out);
  }
  if (block) out.end_line();
}

const GumboNode* find_title(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == GUMBO_TAG_TITLE) return node;
  if (node->v.element.tag == GUMBO_TAG_SVG) return nullptr;  // an SVG <title> is a tooltip
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    if (const GumboNode* found = find_title(static_cast<const GumboNode*>(children.data[i]))) {
      return found;
    }
  }
  return nullptr;
}

}  // namespace

HtmlText extract_html_text(std::string_view html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  HtmlText page;
  if (const GumboNode* title = find_title(output->root)) {
    LineWriter writer;
    collect_text(title, false, writer);
    page.title = writer.finish();
  }
  LineWriter writer;
  collect_text(output->document, false, writer);
  page.text = writer.finish();
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return page;
}

}  // namespace marsad
