// The clean stage's JSONL contract (../shared/DESIGN.md):
//   {"id", "source", "url", "published", ...input fields..., "segments": [{"title",
//    "text", "lang", "byline", "outlet", "dateline", "date"}], "removed": [{"text", "why"}]}
// Empty optional fields are left out; unknown input fields pass through.
#pragma once

#include <string>

#include "core/document.h"

namespace marsad {

// Appends one JSON line (with its '\n') for `doc` to `out`.
void append_clean_json_line(std::string& out, const CleanDoc& doc);

}  // namespace marsad
