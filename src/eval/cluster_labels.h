// Reading the cluster labels of a JSONL file (the output of `marsad cluster`,
// or a hand-made gold file) for scoring with metrics.h.
//
//   ClusterLabels labels;
//   Status s = read_cluster_labels("gold.jsonl", &labels);
//   if (!s.ok()) { std::cerr << s.to_string() << "\n"; return 1; }
//   const Clustering& events = labels.by_field["event"];
//
// One JSON object a line; blank lines are skipped. An item is keyed by its
// `id` (string or integer) and `segment` (integer, 0 when absent): the key is
// item_key(id, segment). For each of the fields in kClusterFields that a line
// has (not null), its value (string or integer; 7 and "7" are the same label)
// is the item's cluster under that field. Other fields are ignored.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/status.h"
#include "eval/metrics.h"

namespace marsad {

// The fields that hold cluster labels, in display order.
inline const std::vector<std::string> kClusterFields = {"event", "dup_group", "storyline"};

struct ClusterLabels {
  size_t items = 0;                            // lines read (distinct items)
  std::map<std::string, Clustering> by_field;  // field -> item key -> label; only fields seen
};

// "id#segment".
std::string item_key(const std::string& id, int64_t segment);

// Reads `path` into `out` (replacing its content). Errors, as one line naming
// the input: not_found(path) if it cannot be opened; invalid_input("path:line")
// for a line that is not a JSON object, has no usable `id`, a `segment` that is
// not an integer, a cluster field that is not a string or an integer, or an
// item key already seen on an earlier line.
Status read_cluster_labels(const std::string& path, ClusterLabels* out);

}  // namespace marsad
