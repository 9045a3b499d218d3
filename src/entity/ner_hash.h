// Hashing for the tagger's feature ids and gazetteer keys. The values are part
// of the shipped model's format: changing a function here invalidates models.
#pragma once

#include <cstdint>
#include <string_view>

#define XXH_INLINE_ALL  // header-only xxhash: the entity stage links no hash library
#include <xxhash.h>

namespace marsad::ner {

// 64-bit hash of a word's bytes.
inline uint64_t hash_word(std::string_view word) {
  return XXH3_64bits(word.data(), word.size());
}

// Combines two 64-bit values into one well-mixed key (splitmix64 finalizer).
inline uint64_t mix_hash(uint64_t a, uint64_t b) {
  uint64_t z = a ^ (b + 0x9E3779B97F4A7C15ULL + (a << 6) + (a >> 2));
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

}  // namespace marsad::ner
