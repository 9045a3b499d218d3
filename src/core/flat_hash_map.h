// An open-addressing hash map from 64-bit keys to small values, for hot
// lookups of hashes and ids (the tagger's phrase keys and word clusters, LSH
// buckets, per-source document counts): one probe touches one cache line,
// where std::unordered_map chases a node and divides by a prime.
//
//   FlatHashMap<uint32_t> map;
//   ++map[key];                            // inserts a value-initialized entry
//   if (const uint32_t* v = map.find(key)) use(*v);
//   map.for_each([](uint64_t key, const uint32_t& v) { ... });   // slot order
//
// Every 64-bit value is a valid key; keys are spread by Fibonacci hashing, so
// dense ids do as well as hashes. Entries are never erased; clear() empties
// the map in time proportional to its entries, keeping the memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace marsad {

template <class Value>
class FlatHashMap {
 public:
  // The value of `key`, or nullptr if absent.
  const Value* find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    for (size_t s = home(key);; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (!slot.used) return nullptr;
      if (slot.key == key) return &slot.value;
    }
  }

  // The value of `key`, inserted value-initialized if absent. The reference
  // is valid until the next insertion.
  Value& operator[](uint64_t key) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    size_t s = home(key);
    for (; slots_[s].used; s = (s + 1) & mask_) {
      if (slots_[s].key == key) return slots_[s].value;
    }
    Slot& slot = slots_[s];
    slot.used = true;
    slot.key = key;
    slot.value = Value{};
    filled_.push_back(static_cast<uint32_t>(s));
    ++size_;
    return slot.value;
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // Makes room for `n` entries without growing again.
  void reserve(size_t n) {
    while (n * 2 > slots_.size()) grow();
  }

  void clear() {
    for (uint32_t s : filled_) slots_[s].used = false;
    filled_.clear();
    size_ = 0;
  }

  // Calls fn(key, value) for every entry, in slot order.
  template <class Fn>
  void for_each(Fn&& fn) const {
    for (const Slot& slot : slots_) {
      if (slot.used) fn(slot.key, slot.value);
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    Value value{};
    bool used = false;
  };

  // Fibonacci hashing: the top bits of key * 2^64/phi.
  size_t home(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_); }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    const size_t capacity = old.empty() ? 16 : old.size() * 2;
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    shift_ = 64 - __builtin_ctzll(capacity);
    filled_.clear();
    for (const Slot& slot : old) {
      if (!slot.used) continue;
      size_t s = home(slot.key);
      while (slots_[s].used) s = (s + 1) & mask_;
      slots_[s] = slot;
      filled_.push_back(static_cast<uint32_t>(s));
    }
  }

  std::vector<Slot> slots_;
  std::vector<uint32_t> filled_;  // indices of used slots, for clear()
  size_t mask_ = 0;
  int shift_ = 64;
  size_t size_ = 0;
};

}  // namespace marsad
