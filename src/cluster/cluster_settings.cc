#include "cluster/cluster_settings.h"

#include <cstdlib>
#include <functional>
#include <map>

namespace marsad {
namespace {

int64_t hours(double h) { return static_cast<int64_t>(h * 3600); }

using Setter = std::function<void(double, ClusterOptions*)>;

const std::map<std::string, Setter>& setters() {
  static const std::map<std::string, Setter> table = {
      {"join_threshold", [](double v, ClusterOptions* o) { o->join_threshold = v; }},
      {"title_weight", [](double v, ClusterOptions* o) { o->weights.title_weight = v; }},
      {"entity_weight", [](double v, ClusterOptions* o) { o->weights.entity_weight = v; }},
      {"number_weight", [](double v, ClusterOptions* o) { o->weights.number_weight = v; }},
      {"max_terms", [](double v, ClusterOptions* o) { o->weights.max_terms = static_cast<size_t>(v); }},
      {"source_damping", [](double v, ClusterOptions* o) { o->weights.source_damping = v != 0; }},
      {"cohesion_exponent", [](double v, ClusterOptions* o) { o->cohesion_exponent = v; }},
      {"decay_grace_hours", [](double v, ClusterOptions* o) { o->decay_grace_seconds = hours(v); }},
      {"decay_tau_hours", [](double v, ClusterOptions* o) { o->decay_tau_seconds = hours(v); }},
      {"window_hours", [](double v, ClusterOptions* o) { o->window_seconds = hours(v); }},
      {"entity_bonus", [](double v, ClusterOptions* o) { o->entity_bonus = v; }},
      {"day_conflict_factor", [](double v, ClusterOptions* o) { o->day_conflict_factor = v; }},
      {"cross_language_factor", [](double v, ClusterOptions* o) { o->cross_language_factor = v; }},
      {"day_tolerance", [](double v, ClusterOptions* o) { o->day_tolerance = static_cast<int>(v); }},
      {"written_day_tolerance", [](double v, ClusterOptions* o) { o->written_day_tolerance = static_cast<int>(v); }},
      {"written_day_conflict_factor", [](double v, ClusterOptions* o) { o->written_day_conflict_factor = v; }},
      {"min_shared_entities", [](double v, ClusterOptions* o) { o->min_shared_entities = static_cast<size_t>(v); }},
      {"centroid_max_terms", [](double v, ClusterOptions* o) { o->centroid_max_terms = static_cast<size_t>(v); }},
      {"index_terms_per_event",
       [](double v, ClusterOptions* o) { o->index_terms_per_event = static_cast<size_t>(v); }},
      {"query_terms", [](double v, ClusterOptions* o) { o->query_terms = static_cast<size_t>(v); }},
      {"max_candidates", [](double v, ClusterOptions* o) { o->max_candidates = static_cast<size_t>(v); }},
      {"merge_threshold", [](double v, ClusterOptions* o) { o->merge_threshold = v; }},
      {"merge_gap_hours", [](double v, ClusterOptions* o) { o->merge_max_gap_seconds = hours(v); }},
      {"late_join", [](double v, ClusterOptions* o) { o->late_join = v != 0; }},
      {"merge_every", [](double v, ClusterOptions* o) { o->merge_every = static_cast<size_t>(v); }},
      {"merge_candidates", [](double v, ClusterOptions* o) { o->merge_candidates = static_cast<size_t>(v); }},
      {"link_threshold", [](double v, ClusterOptions* o) { o->storyline.link_threshold = v; }},
      {"pair_link_threshold", [](double v, ClusterOptions* o) { o->storyline.pair_link_threshold = v; }},
      {"pair_title_terms", [](double v, ClusterOptions* o) { o->storyline.pair_title_terms = static_cast<size_t>(v); }},
      {"link_entity_weight", [](double v, ClusterOptions* o) { o->storyline.entity_weight = v; }},
      {"summary_terms", [](double v, ClusterOptions* o) { o->storyline.summary_terms = static_cast<size_t>(v); }},
      {"link_window_hours", [](double v, ClusterOptions* o) { o->storyline.window_seconds = hours(v); }},
  };
  return table;
}

std::string names_list() {
  std::string out;
  for (const std::string& name : cluster_setting_names()) out += (out.empty() ? "" : ", ") + name;
  return out;
}

}  // namespace

const std::vector<std::string>& cluster_setting_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const auto& [name, setter] : setters()) v.push_back(name);
    return v;
  }();
  return names;
}

Status apply_cluster_setting(std::string_view setting, ClusterOptions* options) {
  const size_t eq = setting.find('=');
  const std::string name(setting.substr(0, eq));
  const auto it = setters().find(name);
  if (eq == std::string_view::npos) {
    return Status::invalid_input(std::string(setting), "not a setting NAME=VALUE; names: " + names_list());
  }
  if (it == setters().end()) {
    return Status::invalid_input(std::string(setting), "no setting is named '" + name + "'; names: " + names_list());
  }
  const std::string value(setting.substr(eq + 1));
  char* end = nullptr;
  const double v = std::strtod(value.c_str(), &end);
  if (value.empty() || end == nullptr || *end != '\0' || v < 0) {
    return Status::invalid_input(std::string(setting), "the value is not a number >= 0");
  }
  it->second(v, options);
  return Status();
}

}  // namespace marsad
