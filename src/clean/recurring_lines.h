// Lines that recur across the pages of one outlet: menus, bylines of the
// outlet's desk, sign-offs, contact lines. Learned as documents stream in, as
// CCNet learns paragraph hashes on a shard, so no list of lines is needed.
//
//   RecurringLineModel model;
//   for (const RawDoc& doc : batch) model.observe(doc.source, doc.text);
//   bool chrome = model.is_recurring(doc.source, line);  // seen on >= 3 pages
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace marsad {

class RecurringLineModel {
 public:
  // A line is recurring once it was seen on `min_pages` pages of the source.
  explicit RecurringLineModel(uint32_t min_pages = 3, size_t max_entries = 4'000'000);

  // Counts the short lines of one page of `source` (each line once per page).
  void observe(std::string_view source, std::string_view page_text);
  bool is_recurring(std::string_view source, std::string_view line) const;
  uint32_t pages_with(std::string_view source, std::string_view line) const;
  size_t size() const { return counts_.size(); }

  // Lines longer than this are never counted: body paragraphs are not chrome
  // even when an outlet republishes them.
  static constexpr size_t kMaxLineBytes = 200;

 private:
  // Source and line (trimmed, digits masked so dates and counters match) hashed together.
  static uint64_t key(std::string_view source, std::string_view line);

  uint32_t min_pages_;
  size_t max_entries_;
  std::unordered_map<uint64_t, uint32_t> counts_;
};

}  // namespace marsad
