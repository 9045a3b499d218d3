#include "clean/recurring_lines.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "clean/line_features.h"

namespace marsad {

namespace {

// FNV-1a: the keys are short and this needs no dependency beyond core.
uint64_t fnv1a(uint64_t h, std::string_view bytes) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

RecurringLineModel::RecurringLineModel(uint32_t min_pages, size_t max_entries)
    : min_pages_(min_pages), max_entries_(max_entries) {}

uint64_t RecurringLineModel::key(std::string_view source, std::string_view line) {
  uint64_t h = fnv1a(14695981039346656037ull, source);
  h = fnv1a(h, std::string_view("\x1f", 1));
  line = trim_line(line);
  bool in_digits = false;
  for (unsigned char c : line) {
    const bool digit = c >= '0' && c <= '9';
    if (digit) {
      if (!in_digits) h = fnv1a(h, "#");
    } else {
      h ^= c;
      h *= 1099511628211ull;
    }
    in_digits = digit;
  }
  return h;
}

void RecurringLineModel::observe(std::string_view source, std::string_view page_text) {
  if (counts_.size() >= max_entries_) {
    // A monitor runs for months: forget lines seen once, they are most of the table.
    std::erase_if(counts_, [](const auto& entry) { return entry.second <= 1; });
  }
  std::unordered_set<uint64_t> seen;
  size_t start = 0;
  while (start <= page_text.size()) {
    size_t end = page_text.find('\n', start);
    if (end == std::string_view::npos) end = page_text.size();
    const auto line = trim_line(page_text.substr(start, end - start));
    if (!line.empty() && line.size() <= kMaxLineBytes) {
      const uint64_t k = key(source, line);
      if (seen.insert(k).second) ++counts_[k];
    }
    start = end + 1;
  }
}

uint32_t RecurringLineModel::pages_with(std::string_view source, std::string_view line) const {
  if (line.size() > kMaxLineBytes) return 0;
  auto it = counts_.find(key(source, line));
  return it == counts_.end() ? 0 : it->second;
}

bool RecurringLineModel::is_recurring(std::string_view source, std::string_view line) const {
  return pages_with(source, line) >= min_pages_;
}

}  // namespace marsad
