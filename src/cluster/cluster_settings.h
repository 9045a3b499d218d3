// Named clustering parameters, so that a user (`marsad cluster --set
// join_threshold=0.4`) or a benchmark sweep can change one without rebuilding.
//
//   ClusterOptions options;
//   Status s = apply_cluster_setting("decay_tau_hours=48", &options);
//
// Names (times in hours): join_threshold, title_weight, entity_weight,
// number_weight, max_terms, source_damping (0/1), cohesion_exponent,
// decay_grace_hours, decay_tau_hours, window_hours, entity_bonus,
// day_conflict_factor, day_tolerance, cross_language_factor,
// min_shared_entities, centroid_max_terms, index_terms_per_event, query_terms,
// max_candidates, merge_threshold, merge_gap_hours, merge_every,
// merge_candidates,
// link_threshold, link_entity_weight, summary_terms, link_window_hours.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cluster/event_clusterer.h"
#include "core/status.h"

namespace marsad {

// Applies "name=value"; an unknown name or a value that is not a number fails
// with a message listing the names.
Status apply_cluster_setting(std::string_view setting, ClusterOptions* options);

// The names apply_cluster_setting() knows.
const std::vector<std::string>& cluster_setting_names();

}  // namespace marsad
