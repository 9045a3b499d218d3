// The JSON line `marsad cluster` writes per article (DESIGN.md's contract,
// extended):
//   {"id", "segment", "dup_group", "event", "storyline", "lang",
//    "source", "published", "title", "dup_kind", "dup_similarity",
//    "reused_from", "event_similarity", "new_event", "entities": [{"key","name","type"}]}
// dup_group, event and storyline are numbers; reused_from is the flow key
// ("id" or "id#segment") of the group's original, or absent.
#pragma once

#include <string>

#include "flow/flow_article.h"

namespace marsad {

// Appends the article's line, ending with '\n'. with_entities adds "entities".
void append_flow_json_line(std::string& out, const FlowArticle& article, bool with_entities);

}  // namespace marsad
