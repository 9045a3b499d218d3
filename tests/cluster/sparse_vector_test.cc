#include "cluster/sparse_vector.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace marsad {
namespace {

TEST(SparseVector, FromUnsortedSortsAndSumsRepeats) {
  const SparseVector v = from_unsorted({{7, 2.0f}, {3, 1.0f}, {7, 0.5f}});
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].term, 3u);
  EXPECT_EQ(v[1].term, 7u);
  EXPECT_FLOAT_EQ(v[1].weight, 2.5f);
}

TEST(SparseVector, DotCountsOnlySharedTerms) {
  const SparseVector a = {{1, 1.0f}, {2, 2.0f}, {5, 3.0f}};
  const SparseVector b = {{2, 4.0f}, {3, 7.0f}, {5, 1.0f}};
  EXPECT_DOUBLE_EQ(dot(a, b), 2.0 * 4.0 + 3.0 * 1.0);
  EXPECT_DOUBLE_EQ(dot(a, {}), 0.0);
}

TEST(SparseVector, NormalizeGivesUnitNormAndLeavesZeroAlone) {
  SparseVector v = {{1, 3.0f}, {2, 4.0f}};
  normalize(&v);
  EXPECT_NEAR(norm(v), 1.0, 1e-6);
  EXPECT_NEAR(v[0].weight, 0.6, 1e-6);
  SparseVector zero;
  normalize(&zero);
  EXPECT_TRUE(zero.empty());
}

TEST(SparseVector, AddScaledMergesBothSides) {
  SparseVector acc = {{1, 1.0f}, {4, 1.0f}};
  add_scaled(&acc, {{0, 1.0f}, {4, 2.0f}, {9, 1.0f}}, 0.5);
  ASSERT_EQ(acc.size(), 4u);
  EXPECT_EQ(acc[0].term, 0u);
  EXPECT_FLOAT_EQ(acc[0].weight, 0.5f);
  EXPECT_FLOAT_EQ(acc[2].weight, 2.0f);  // term 4: 1 + 0.5 × 2
  EXPECT_EQ(acc[3].term, 9u);
}

TEST(SparseVector, TopWeightedKeepsTheHeaviestSortedByTerm) {
  const SparseVector v = {{1, 0.1f}, {2, 0.9f}, {3, 0.5f}, {4, 0.9f}, {5, 0.2f}};
  const SparseVector top = top_weighted(v, 3);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0].term, 2u);
  EXPECT_EQ(top[1].term, 3u);
  EXPECT_EQ(top[2].term, 4u);
  // Ordered by weight; the tie between 2 and 4 goes to the smaller term.
  EXPECT_EQ(top_terms(v, 3), (std::vector<uint32_t>{2, 4, 3}));
  EXPECT_EQ(top_weighted(v, 10).size(), 5u);
}

TEST(SparseVector, KeepTopWeightedMatchesTopWeightedOfTheSortedVector) {
  std::vector<TermWeight> entries = {{9, 0.3f}, {2, 0.9f}, {7, 0.3f}, {4, 0.1f}, {5, 0.9f}, {1, 0.2f}};
  const SparseVector expected = top_weighted(from_unsorted(entries), 3);
  keep_top_weighted(&entries, 3);
  ASSERT_EQ(entries.size(), 3u);
  for (size_t i = 0; i < entries.size(); ++i) {
    EXPECT_EQ(entries[i].term, expected[i].term);
    EXPECT_EQ(entries[i].weight, expected[i].weight);
  }
  // The tie at 0.3 keeps the smaller term; the result is sorted by term.
  EXPECT_EQ(entries[0].term, 2u);
  EXPECT_EQ(entries[1].term, 5u);
  EXPECT_EQ(entries[2].term, 7u);
  // Fewer than k: all of them, sorted by term.
  std::vector<TermWeight> few = {{3, 0.5f}, {1, 0.5f}};
  keep_top_weighted(&few, 4);
  ASSERT_EQ(few.size(), 2u);
  EXPECT_EQ(few[0].term, 1u);
  EXPECT_EQ(few[1].term, 3u);
}

TEST(DenseScratch, DotIsTheMergeDotBitForBit) {
  // Terms beyond the loaded vector's (never looked up out of range), weights
  // of every scale: the scratch's dot and the merge must give the same double
  // (the clusterer's decisions compare them with thresholds).
  std::mt19937 random(7);
  std::uniform_real_distribution<float> weight(1e-4f, 3.0f);
  const auto random_vector = [&](size_t size, uint32_t max_term) {
    std::vector<TermWeight> entries;
    for (size_t i = 0; i < size; ++i) entries.push_back({static_cast<uint32_t>(random() % max_term), weight(random)});
    return from_unsorted(std::move(entries));
  };
  DenseScratch scratch;
  for (int round = 0; round < 200; ++round) {
    const SparseVector loaded = random_vector(1 + random() % 200, 400);
    scratch.load(loaded);
    for (int other_round = 0; other_round < 5; ++other_round) {
      const SparseVector other = random_vector(random() % 400, 3000);
      const double merged = dot(loaded, other);
      EXPECT_EQ(scratch.dot(other), merged);
    }
    scratch.unload(loaded);
    EXPECT_EQ(scratch.dot(loaded), 0.0);  // unload left all zeros
  }
}

}  // namespace
}  // namespace marsad
