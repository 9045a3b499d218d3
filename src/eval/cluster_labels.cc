#include "eval/cluster_labels.h"

#include <filesystem>
#include <fstream>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace marsad {
namespace {

bool is_blank(const std::string& line) {
  return line.find_first_not_of(" \t\r\n") == std::string::npos;
}

// A label or id as text: a string as is, an integer in decimal; else false.
bool as_label(const nlohmann::json& v, std::string* out) {
  if (v.is_string()) {
    *out = v.get<std::string>();
    return true;
  }
  if (v.is_number_integer()) {
    *out = v.is_number_unsigned() ? std::to_string(v.get<uint64_t>()) : std::to_string(v.get<int64_t>());
    return true;
  }
  return false;
}

}  // namespace

std::string item_key(const std::string& id, int64_t segment) {
  std::string key = id;
  key += '#';
  key += std::to_string(segment);
  return key;
}

Status read_cluster_labels(const std::string& path, ClusterLabels* out) {
  *out = ClusterLabels();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::invalid_input(path, "is a directory, not a JSONL file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found(path, "cannot open the file; check the path");
  std::unordered_map<std::string, size_t> first_line;  // item key -> line
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (is_blank(line)) continue;
    const std::string where = path + ":" + std::to_string(number);
    const nlohmann::json doc = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) return Status::invalid_input(where, "not valid JSON");
    if (!doc.is_object()) return Status::invalid_input(where, "not a JSON object");
    std::string id;
    const auto id_it = doc.find("id");
    if (id_it == doc.end() || !as_label(*id_it, &id)) {
      return Status::invalid_input(where, "no \"id\" (a string or an integer)");
    }
    int64_t segment = 0;
    const auto seg_it = doc.find("segment");
    if (seg_it != doc.end() && !seg_it->is_null()) {
      if (!seg_it->is_number_integer()) return Status::invalid_input(where, "\"segment\" is not an integer");
      segment = seg_it->get<int64_t>();
    }
    std::string key = item_key(id, segment);
    const auto [seen, inserted] = first_line.emplace(key, number);
    if (!inserted) {
      return Status::invalid_input(where, "item id " + id + " segment " + std::to_string(segment) +
                                              " repeats line " + std::to_string(seen->second));
    }
    for (const std::string& field : kClusterFields) {
      const auto it = doc.find(field);
      if (it == doc.end() || it->is_null()) continue;
      std::string label;
      if (!as_label(*it, &label)) {
        return Status::invalid_input(where, "\"" + field + "\" is not a string or an integer");
      }
      out->by_field[field][key] = std::move(label);
    }
  }
  if (in.bad()) return Status::io_error(path, "read error");
  out->items = first_line.size();
  return Status::ok_status();
}

}  // namespace marsad
