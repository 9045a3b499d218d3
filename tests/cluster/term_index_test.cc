#include "cluster/term_index.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace marsad {
namespace {

using Hits = std::vector<std::pair<uint32_t, uint32_t>>;

TEST(TermIndex, LookupCountsSharedTermsAndSortsByCount) {
  TermIndex index;
  index.set(0, {10, 11, 12});
  index.set(1, {11, 12, 13});
  index.set(2, {20});
  Hits hits;
  index.lookup({11, 12, 13}, 0, &hits);
  EXPECT_EQ(hits, (Hits{{1, 3}, {0, 2}}));
  index.lookup({11, 12, 13}, 1, &hits);
  EXPECT_EQ(hits, (Hits{{1, 3}}));
  // A query term repeated counts once.
  index.lookup({20, 20}, 0, &hits);
  EXPECT_EQ(hits, (Hits{{2, 1}}));
}

TEST(TermIndex, SetReplacesAndRemoveForgets) {
  TermIndex index;
  index.set(5, {1, 2});
  index.set(5, {3});
  Hits hits;
  index.lookup({1, 2}, 0, &hits);
  EXPECT_TRUE(hits.empty());
  index.lookup({3}, 0, &hits);
  EXPECT_EQ(hits, (Hits{{5, 1}}));
  EXPECT_EQ(index.postings(), 1u);
  index.remove(5);
  EXPECT_FALSE(index.contains(5));
  EXPECT_EQ(index.items(), 0u);
  EXPECT_EQ(index.postings(), 0u);
  index.lookup({3}, 0, &hits);
  EXPECT_TRUE(hits.empty());
  index.remove(5);  // removing twice is harmless
}

TEST(TermIndex, SetAgainWithOverlappingTermsKeepsOnlyTheNewOnes) {
  TermIndex index;
  index.set(1, {4, 5, 6});
  index.set(2, {5, 9});
  index.set(1, {6, 5, 8, 8});  // keeps 5 and 6, drops 4, adds 8 (given twice)
  Hits hits;
  index.lookup({4}, 0, &hits);
  EXPECT_TRUE(hits.empty());
  index.lookup({5, 6, 8, 9}, 0, &hits);
  EXPECT_EQ(hits, (Hits{{1, 3}, {2, 2}}));
  EXPECT_EQ(index.postings(), 5u);
  EXPECT_EQ(index.items(), 2u);
  index.set(1, {});  // still indexed, under nothing
  EXPECT_TRUE(index.contains(1));
  EXPECT_EQ(index.postings(), 2u);
  index.lookup({5, 6, 8}, 0, &hits);
  EXPECT_EQ(hits, (Hits{{2, 1}}));
}

TEST(TermIndex, IndexedItemsAreExactlyThoseSetAndNotRemoved) {
  TermIndex index;
  for (uint32_t item = 0; item < 6; ++item) index.set(item * 10, {item, item + 100});
  index.remove(0);
  index.remove(30);
  index.set(20, {7});  // set again: still one entry
  std::vector<uint32_t> items = index.indexed_items();
  std::sort(items.begin(), items.end());
  EXPECT_EQ(items, (std::vector<uint32_t>{10, 20, 40, 50}));
  EXPECT_EQ(index.items(), 4u);
  EXPECT_TRUE(index.contains(50));
  EXPECT_FALSE(index.contains(30));
  EXPECT_FALSE(index.contains(1000));  // never seen
  EXPECT_EQ(index.postings(), 7u);
}

TEST(TermIndex, QueryTermsNeverIndexedFindNothingAndDoNotCountTwice) {
  TermIndex index;
  index.set(1, {4});
  Hits hits;
  index.lookup({4, 999999, 4}, 0, &hits);
  EXPECT_EQ(hits, (Hits{{1, 1}}));
  index.lookup({4}, 0, &hits);  // the repeat marks of the last lookup are cleared
  EXPECT_EQ(hits, (Hits{{1, 1}}));
}

}  // namespace
}  // namespace marsad
