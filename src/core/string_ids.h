// Strings numbered 0, 1, 2, ... in the order they are first added: the
// vocabulary of a page's terms (the page segmenter) or of the clustering's
// features (term weights), looked up once per occurrence in hot loops.
//
//   StringIds ids;
//   uint32_t a = ids.add("مطر");          // 0
//   uint32_t b = ids.add("مطر");          // 0 again
//   ids.find("بنك") == StringIds::kMissing;
//   ids.key(0) == "مطر";
//
// Open addressing over 8-byte slots (32 bits of the hash and the id), the
// strings kept once, end to end in one buffer: a miss seldom reads a string,
// and there is no node or string allocation per entry as in
// std::unordered_map<std::string, uint32_t>.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

class StringIds {
 public:
  static constexpr uint32_t kMissing = ~uint32_t{0};

  // The hash find() and add() take (std::hash of the bytes), for a caller
  // that looks one string up several times.
  static size_t hash(std::string_view s) { return std::hash<std::string_view>{}(s); }

  // The id of s, or kMissing. h must be hash(s).
  uint32_t find(std::string_view s, size_t h) const {
    if (slots_.empty()) return kMissing;
    const uint32_t tag = tag_of(h);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const uint64_t slot = slots_[i];
      if (slot == 0) return kMissing;
      const uint32_t id = static_cast<uint32_t>(slot);
      if (static_cast<uint32_t>(slot >> 32) == tag && key(id) == s) return id;
    }
  }
  uint32_t find(std::string_view s) const { return find(s, hash(s)); }

  // The id of s, added as size() if it is new. h must be hash(s).
  uint32_t add(std::string_view s, size_t h) {
    if (const uint32_t known = find(s, h); known != kMissing) return known;
    if (2 * (starts_.size() + 1) > slots_.size()) grow();
    const uint32_t id = static_cast<uint32_t>(starts_.size());
    place(id, h);
    starts_.push_back(bytes_.size());
    bytes_.append(s);
    hashes_.push_back(h);
    return id;
  }
  uint32_t add(std::string_view s) { return add(s, hash(s)); }

  // The string of id (< size()); valid until the next add().
  std::string_view key(uint32_t id) const {
    const size_t end = id + 1 < starts_.size() ? starts_[id + 1] : bytes_.size();
    return std::string_view(bytes_).substr(starts_[id], end - starts_[id]);
  }

  size_t size() const { return starts_.size(); }

 private:
  // Never 0, so that a used slot is never 0 (the empty slot).
  static uint32_t tag_of(size_t h) { return static_cast<uint32_t>(static_cast<uint64_t>(h) >> 32) | 1; }

  void place(uint32_t id, size_t h) {
    size_t i = h & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = (uint64_t{tag_of(h)} << 32) | id;
  }

  void grow() {
    slots_.assign(slots_.empty() ? 64 : 2 * slots_.size(), 0);
    mask_ = slots_.size() - 1;
    for (uint32_t id = 0; id < hashes_.size(); ++id) place(id, hashes_[id]);
  }

  std::vector<uint64_t> slots_;  // tag << 32 | id; 0 is empty
  size_t mask_ = 0;
  std::string bytes_;          // the strings end to end
  std::vector<size_t> starts_;  // where each id's string starts in bytes_
  std::vector<size_t> hashes_;  // by id, to place them again when the table grows
};

}  // namespace marsad
