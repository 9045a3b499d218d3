// Reading RawDocs from JSON: one object per line (JSONL), or one array of objects.
//
//   JsonDocumentReader json;
//   json.read_lines(in, "news.jsonl", "news", context);   // ids "news/<line>" when absent
//   json.read_array(in, "2015-07-23.json", "2015-07-23", context);  // "2015-07-23/<index>"
//
// The field mapping is reader.h's. Documents and problems go to the context; a read error of
// `in` is left to the caller (see InputStream::failed()), and nothing read before it is parsed
// when a whole input is needed (an array).
//
// A damaged array is salvaged: where the input does not parse whole, or from the first element
// that does not, the elements are found by json_array_scan.h and parsed one at a time.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <simdjson.h>

#include "ingest/input_stream.h"
#include "ingest/read_context.h"

namespace marsad {

class JsonDocumentReader {
 public:
  // Reads one document per non-blank line. Problems name "origin:line"; a line longer than
  // max_document_bytes is streamed past, never held.
  void read_lines(InputStream& in, const std::string& origin, const std::string& id_stem,
                  ReadContext& context);

  // Reads the whole input as one JSON array of documents. Problems name "origin[index]". An
  // element that does not parse is skipped and counted, and the reading goes on at the next
  // element. An array cut short keeps every element before the cut and reports the cut once:
  // as the element it stops in ("origin[index]", skipped and counted), or as "origin" when it
  // stops between elements.
  void read_array(InputStream& in, const std::string& origin, const std::string& id_stem,
                  ReadContext& context);

  // read_array() over a whole input already in memory, parsed in place: `text` is changed
  // (a BOM dropped, invalid UTF-8 repaired) and grown if it lacks simdjson::SIMDJSON_PADDING
  // bytes of spare capacity.
  void read_array_text(std::string& text, const std::string& origin, const std::string& id_stem,
                       ReadContext& context);

 private:
  // Reads the elements of the array in `buffer` from the one numbered `first_index` on, each
  // parsed alone; `replaced_at` are the offsets of the U+FFFD that UTF-8 repair put in it.
  void read_elements_one_by_one(std::string& buffer, size_t first_index,
                                const std::vector<size_t>& replaced_at, const std::string& origin,
                                const std::string& id_stem, ReadContext& context);

  // Both reused, keeping their memory between inputs: fresh multi-megabyte buffers for every
  // file cost more in page faults than the parsing.
  simdjson::ondemand::parser parser_;
  std::string array_buffer_;
};

}  // namespace marsad
