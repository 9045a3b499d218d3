// Appending JSON text directly to a string, for the stages' JSONL output.
// Why not nlohmann::json here: building a tree per document to print it once
// costs more than the cleaning itself on the hot path; input parsing and
// pass-through fields still use a real parser.
#pragma once

#include <string>
#include <string_view>

namespace marsad {

// Appends `s` as a JSON string literal (with quotes). Invalid UTF-8 bytes are
// replaced by U+FFFD so that the output is always valid JSON.
void append_json_string(std::string& out, std::string_view s);

}  // namespace marsad
