#include "ingest/read_context.h"

#include <cstring>

namespace marsad {

bool is_blank(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
    } else if (text.compare(i, 2, "\xC2\xA0") == 0) {
      i += 2;
    } else if (text.compare(i, 3, "\xE2\x80\x8B") == 0 || text.compare(i, 3, "\xEF\xBB\xBF") == 0) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

void normalize_newlines(std::string& text) {
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  if (std::memchr(text.data(), '\r', text.size()) == nullptr) return;
  size_t out = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      text[out++] = '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      text[out++] = text[i];
    }
  }
  text.resize(out);
}

void ReadContext::deliver(RawDoc&& doc, size_t repairs) {
  normalize_newlines(doc.text);
  if (is_blank(doc.text)) {
    skip(Status::invalid_input(doc.origin, "empty page (only whitespace); skipped"));
    return;
  }
  // A few bad bytes are damage in a text; a page of them is no text at all.
  if (repairs >= kMinRepairsToSkip && repairs * kRepairBytesToSkip > doc.text.size()) {
    skip(Status::invalid_input(doc.origin, "not UTF-8 text: " + std::to_string(repairs) +
                                               " ill-formed sequences in " + std::to_string(doc.text.size()) +
                                               " bytes (binary data, or a legacy encoding such as "
                                               "windows-1256); skipped"));
    return;
  }
  if (repairs > 0) {
    ++stats_.repaired;
    on_problem_(Status::invalid_input(
        doc.origin, "invalid UTF-8: " + std::to_string(repairs) +
                        " ill-formed sequence(s) replaced by U+FFFD; the page is kept"));
  }
  ++stats_.documents;
  sink_(std::move(doc));
}

void ReadContext::skip(const Status& problem) {
  ++stats_.skipped;
  on_problem_(problem);
}

std::string ReadContext::too_long_message(const char* what, uint64_t bytes) const {
  return std::string(what) + " of " + std::to_string(bytes) + " bytes is longer than the limit of " +
         std::to_string(options_.max_document_bytes) + " bytes (max_document_bytes); skipped";
}

}  // namespace marsad
