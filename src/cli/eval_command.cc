// `marsad eval`: scores a predicted clustering (JSONL) against a gold one.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "eval/cluster_labels.h"
#include "eval/metrics.h"

namespace {

constexpr const char* kUsage =
    "usage: marsad eval --gold GOLD.jsonl --pred PRED.jsonl [--field F]... [--json]\n"
    "\n"
    "Scores the predicted clusters against the gold ones. Both files hold one JSON\n"
    "object a line with \"id\", \"segment\" (0 when absent) and the cluster fields;\n"
    "items are matched by id and segment.\n"
    "\n"
    "  --gold FILE   the reference clustering\n"
    "  --pred FILE   the clustering to score (e.g. the output of 'marsad cluster')\n"
    "  --field F     event, dup_group or storyline; may repeat. Default: every one of\n"
    "                them that both files have\n"
    "  --json        print one JSON object instead of a table\n"
    "\n"
    "Per field: pairwise precision/recall/F1 (pair counting), B-cubed precision/\n"
    "recall/F1 and the adjusted Rand index. Gold items missing from the prediction\n"
    "count as singleton clusters; items only in the prediction are ignored.\n";

int usage_error(const std::string& message) {
  std::cerr << "marsad eval: " << message << "; 'marsad eval --help' shows the usage\n";
  return 2;
}

int input_error(const std::string& message) {
  std::cerr << "marsad eval: " << message << "\n";
  return 1;
}

nlohmann::ordered_json pr_json(const marsad::PrecisionRecall& pr) {
  return {{"precision", pr.precision}, {"recall", pr.recall}, {"f1", pr.f1}};
}

int run_eval(const std::vector<std::string>& args) {
  std::string gold_path, pred_path;
  std::vector<std::string> fields;
  bool json = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    }
    if (a == "--json") {
      json = true;
    } else if (a == "--gold" || a == "--pred" || a == "--field") {
      if (i + 1 >= args.size()) return usage_error(a + " needs a value");
      const std::string& value = args[++i];
      if (a == "--gold") {
        gold_path = value;
      } else if (a == "--pred") {
        pred_path = value;
      } else {
        bool known = false;
        for (const auto& f : marsad::kClusterFields) known |= f == value;
        if (!known) return usage_error("unknown field '" + value + "' (event, dup_group or storyline)");
        fields.push_back(value);
      }
    } else {
      return usage_error("unexpected argument '" + a + "'");
    }
  }
  if (gold_path.empty() || pred_path.empty()) return usage_error("both --gold and --pred are needed");

  marsad::ClusterLabels gold, pred;
  if (const auto s = marsad::read_cluster_labels(gold_path, &gold); !s.ok()) return input_error(s.to_string());
  if (const auto s = marsad::read_cluster_labels(pred_path, &pred); !s.ok()) return input_error(s.to_string());

  if (fields.empty()) {
    for (const auto& f : marsad::kClusterFields) {
      if (gold.by_field.count(f) && pred.by_field.count(f)) fields.push_back(f);
    }
    if (fields.empty()) {
      return input_error(gold_path + " and " + pred_path +
                         " share none of the fields event, dup_group, storyline");
    }
  }
  for (const auto& f : fields) {
    if (!gold.by_field.count(f)) return input_error(gold_path + ": no item has the field '" + f + "'");
    if (!pred.by_field.count(f)) return input_error(pred_path + ": no item has the field '" + f + "'");
  }

  std::vector<std::pair<std::string, marsad::ClusteringScores>> results;
  for (const auto& f : fields) {
    const auto scores = marsad::score_clustering(gold.by_field[f], pred.by_field[f]);
    if (scores.missing_in_pred == scores.items) {
      return input_error("no items in common between " + gold_path + " and " + pred_path + " for '" + f +
                         "' (items are matched by id and segment)");
    }
    results.emplace_back(f, scores);
  }

  if (json) {
    nlohmann::ordered_json out = {{"gold", gold_path}, {"pred", pred_path}, {"fields", nlohmann::ordered_json::object()}};
    for (const auto& [f, s] : results) {
      out["fields"][f] = {{"items", s.items},
                          {"missing_in_pred", s.missing_in_pred},
                          {"pred_only", s.pred_only},
                          {"gold_clusters", s.gold_clusters},
                          {"pred_clusters", s.pred_clusters},
                          {"pairwise", pr_json(s.pairwise)},
                          {"bcubed", pr_json(s.bcubed)},
                          {"ari", s.ari}};
    }
    std::cout << out.dump() << "\n";
    return 0;
  }
  std::printf("gold %s (%zu items), pred %s (%zu items)\n\n", gold_path.c_str(), gold.items, pred_path.c_str(),
              pred.items);
  std::printf("%-10s %7s %7s %6s %6s  %-20s    %-20s\n", "", "", "missing", "gold", "pred", "pairwise",
              "B-cubed");
  std::printf("%-10s %7s %7s %6s %6s  %6s %6s %6s    %6s %6s %6s    %7s\n", "field", "items", "in pred",
              "clust", "clust", "P", "R", "F1", "P", "R", "F1", "ARI");
  for (const auto& [f, s] : results) {
    std::printf("%-10s %7zu %7zu %6zu %6zu  %6.4f %6.4f %6.4f    %6.4f %6.4f %6.4f    %7.4f\n", f.c_str(),
                s.items, s.missing_in_pred, s.gold_clusters, s.pred_clusters, s.pairwise.precision,
                s.pairwise.recall, s.pairwise.f1, s.bcubed.precision, s.bcubed.recall, s.bcubed.f1, s.ari);
  }
  for (const auto& [f, s] : results) {
    if (s.pred_only > 0) std::printf("(%s: %zu predicted items not in gold, ignored)\n", f.c_str(), s.pred_only);
  }
  return 0;
}

}  // namespace

MARSAD_COMMAND("eval", "score predicted clusters against gold ones (JSONL)", run_eval);
