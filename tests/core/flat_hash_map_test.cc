#include "core/flat_hash_map.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <unordered_map>

namespace marsad {
namespace {

TEST(FlatHashMap, AgreesWithUnorderedMapThroughGrowthAndClear) {
  std::mt19937_64 rng(7);
  FlatHashMap<uint16_t> flat;
  std::unordered_map<uint64_t, uint16_t> reference;
  for (int round = 0; round < 3; ++round) {
    // Keys from a small range collide often; 0 and ~0 are ordinary keys.
    for (int op = 0; op < 20000; ++op) {
      const uint64_t key = op % 5 == 0 ? rng() % 64 : op % 7 == 0 ? ~uint64_t{0} - rng() % 3 : rng();
      const auto add = static_cast<uint16_t>(rng() % 100);
      flat[key] += add;
      reference[key] += add;
    }
    ASSERT_EQ(flat.size(), reference.size());
    for (const auto& [key, value] : reference) {
      const uint16_t* found = flat.find(key);
      ASSERT_NE(found, nullptr) << key;
      EXPECT_EQ(*found, value) << key;
    }
    size_t visited = 0;
    flat.for_each([&](uint64_t key, const uint16_t& value) {
      ++visited;
      EXPECT_EQ(reference.at(key), value);
    });
    EXPECT_EQ(visited, reference.size());
    for (int probe = 0; probe < 1000; ++probe) {
      const uint64_t key = rng() | 1;
      EXPECT_EQ(flat.find(key) != nullptr, reference.count(key) == 1);
    }
    flat.clear();
    reference.clear();
    EXPECT_TRUE(flat.empty());
    EXPECT_EQ(flat.find(0), nullptr);
  }
}

TEST(FlatHashMap, DenseIdsAsKeys) {
  // Per-source document counts are keyed by dense term ids 0, 1, 2, ...
  FlatHashMap<uint32_t> counts;
  for (uint32_t round = 1; round <= 3; ++round) {
    for (uint64_t id = 0; id < 5000; id += round) ++counts[id];
  }
  EXPECT_EQ(*counts.find(0), 3u);
  EXPECT_EQ(*counts.find(2), 2u);   // rounds 1 and 2
  EXPECT_EQ(*counts.find(6), 3u);
  EXPECT_EQ(*counts.find(7), 1u);
  EXPECT_EQ(counts.find(5000), nullptr);
  EXPECT_EQ(counts.size(), 5000u);
}

}  // namespace
}  // namespace marsad
