// The tagger's hash tables: FlatHashMap (core/flat_hash_map.h) for its
// phrase keys, word clusters and document memory, and a Bloom filter
// (KeyFilter) to put in front of a table that does not fit in the CPU caches.
//
//   KeyFilter filter;
//   filter.reset(keys.size());
//   for (uint64_t k : keys) filter.add(k);
//   if (filter.may_hold(key)) ... look in the table ...
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/flat_hash_map.h"

namespace marsad::ner {

// A Bloom filter of 64-bit hash keys, two bits per key within one 64-bit
// word: may_hold(key) is true for every added key and for about 1% of
// others when sized for the keys (reset(n), then at most n adds). Put in
// front of a table too large for the CPU caches, it turns most lookups of
// absent keys into one read of a small, cached array.
class KeyFilter {
 public:
  // Empties the filter and sizes it for `expected` keys (32 bits per key).
  void reset(size_t expected) {
    size_t words = 1;
    while (words * 2 < expected) words *= 2;
    words_.assign(words, 0);
    mask_ = words - 1;
  }
  void add(uint64_t key) { words_[word_of(key)] |= bits_of(key); }
  bool may_hold(uint64_t key) const {
    return words_.empty() || (words_[word_of(key)] & bits_of(key)) == bits_of(key);
  }
  // How many keys reset() sized it for.
  size_t capacity() const { return words_.size() * 2; }

 private:
  size_t word_of(uint64_t key) const { return static_cast<size_t>(key >> 40) & mask_; }
  static uint64_t bits_of(uint64_t key) { return (uint64_t{1} << (key & 63)) | (uint64_t{1} << ((key >> 6) & 63)); }
  std::vector<uint64_t> words_;
  size_t mask_ = 0;
};

}  // namespace marsad::ner
