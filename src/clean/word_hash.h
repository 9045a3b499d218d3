// The hash of a word that the repetition finder samples shingles by:
// std::hash<std::string_view> exactly (libstdc++'s _Hash_bytes, a 64-bit
// Murmur variant, seed 0xc70f6907), computed inline. The shingle sample is
// chosen by these values, so they must not change; inline, a word costs no
// call and its last partial 8 bytes are one load rather than a byte loop.
//
//   size_t h = word_hash(word.data(), word.size(), text_end);  // == std::hash<std::string_view>{}(word)
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace marsad {

// std::hash<std::string_view>{}({p, len}). `readable_end` (>= p + len) is where
// the memory that may be read ends: the bytes between p + len and it are read
// (and masked off) when that saves a byte loop, never bytes past it.
[[gnu::always_inline]] inline size_t word_hash(const char* p, size_t len, const char* readable_end) {
  static_assert(sizeof(size_t) == 8, "the 64-bit _Hash_bytes");
  constexpr uint64_t kMul = (uint64_t{0xc6a4a793} << 32) + uint64_t{0x5bd1e995};
  const auto shift_mix = [](uint64_t v) { return v ^ (v >> 47); };
  uint64_t hash = uint64_t{0xc70f6907} ^ (len * kMul);
  const char* const whole_end = p + (len & ~size_t{7});
  for (; p != whole_end; p += 8) {
    uint64_t data;
    std::memcpy(&data, p, 8);
    hash ^= shift_mix(data * kMul) * kMul;
    hash *= kMul;
  }
  if (const size_t rest = len & 7; rest != 0) {
    // The last bytes as a little-endian number, the first of them lowest.
    uint64_t data = 0;
    if (std::endian::native == std::endian::little && readable_end - p >= 8) {
      std::memcpy(&data, p, 8);
      data &= ~uint64_t{0} >> (8 * (8 - rest));
    } else {
      for (size_t i = rest; i-- > 0;) data = (data << 8) + static_cast<unsigned char>(p[i]);
    }
    hash ^= data;
    hash *= kMul;
  }
  hash = shift_mix(hash) * kMul;
  return static_cast<size_t>(shift_mix(hash));
}

}  // namespace marsad
