#include "eval/metrics.h"

#include <gtest/gtest.h>

#include <vector>

namespace marsad {
namespace {

// Items "0", "1", ... labelled in order.
Clustering labelled(const std::vector<std::string>& labels) {
  Clustering c;
  for (size_t i = 0; i < labels.size(); ++i) c[std::to_string(i)] = labels[i];
  return c;
}

// Gold used by the next three cases: {0,1} {2,3}.
const Clustering kTwoPairs = labelled({"g1", "g1", "g2", "g2"});

TEST(ScoreClustering, PerfectClusteringScoresOneEverywhere) {
  // Same partition, other labels: {0,1} {2,3} {4}.
  const auto s = score_clustering(labelled({"1", "1", "2", "2", "3"}), labelled({"x", "x", "y", "y", "z"}));
  EXPECT_DOUBLE_EQ(s.pairwise.precision, 1);
  EXPECT_DOUBLE_EQ(s.pairwise.recall, 1);
  EXPECT_DOUBLE_EQ(s.pairwise.f1, 1);
  EXPECT_DOUBLE_EQ(s.bcubed.f1, 1);
  // index 2, E = 2*2/C(5,2) = 0.4, max 2: (2-0.4)/(2-0.4).
  EXPECT_DOUBLE_EQ(s.ari, 1);
  EXPECT_EQ(s.items, 5u);
  EXPECT_EQ(s.gold_clusters, 3u);
  EXPECT_EQ(s.pred_clusters, 3u);
}

TEST(ScoreClustering, AllInOneCluster) {
  // pred: {0,1,2,3}. Pairs: both 2, pred C(4)=6, gold 2.
  const auto s = score_clustering(kTwoPairs, labelled({"x", "x", "x", "x"}));
  EXPECT_DOUBLE_EQ(s.pairwise.precision, 2.0 / 6);
  EXPECT_DOUBLE_EQ(s.pairwise.recall, 1);
  EXPECT_DOUBLE_EQ(s.pairwise.f1, 0.5);  // 2 (1/3)(1) / (4/3)
  // B-cubed: every item's predicted cluster holds 4, 2 of them its gold mates.
  EXPECT_DOUBLE_EQ(s.bcubed.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.bcubed.recall, 1);
  EXPECT_DOUBLE_EQ(s.bcubed.f1, 2.0 / 3);
  // index 2, E = 2*6/6 = 2, max (2+6)/2 = 4: (2-2)/(4-2) = 0.
  EXPECT_DOUBLE_EQ(s.ari, 0);
}

TEST(ScoreClustering, AllSingletons) {
  const auto s = score_clustering(kTwoPairs, labelled({"a", "b", "c", "d"}));
  EXPECT_DOUBLE_EQ(s.pairwise.precision, 1);  // no pair predicted, none wrongly
  EXPECT_DOUBLE_EQ(s.pairwise.recall, 0);
  EXPECT_DOUBLE_EQ(s.pairwise.f1, 0);
  EXPECT_DOUBLE_EQ(s.bcubed.precision, 1);
  EXPECT_DOUBLE_EQ(s.bcubed.recall, 0.5);  // each item finds 1 of its 2 gold mates
  EXPECT_DOUBLE_EQ(s.bcubed.f1, 2.0 / 3);
  // index 0, E = 2*0/6 = 0, max (2+0)/2 = 1: 0.
  EXPECT_DOUBLE_EQ(s.ari, 0);
}

TEST(ScoreClustering, SixItemsStepByStep) {
  // gold: G1 = {0,1,2}, G2 = {3,4,5}; pred: P1 = {0,1}, P2 = {2,3,4}, P3 = {5}.
  // Contingency n_ij: (G1,P1) 2, (G1,P2) 1, (G2,P2) 2, (G2,P3) 1; a = (3,3), b = (2,3,1).
  // Pairs together in both: C(2)+C(1)+C(2)+C(1) = 2; in pred: 1+3+0 = 4; in gold: 3+3 = 6.
  //   pairwise P = 2/4, R = 2/6, F1 = 2(1/2)(1/3)/(5/6) = 0.4.
  // B-cubed per item (precision | recall):
  //   0,1: P1 all gold mates 2/2 | 2 of G1's 3: 2/3
  //   2:   1 of P2's 3          1/3 | 1/3
  //   3,4: 2 of P2's 3          2/3 | 2/3
  //   5:   1/1                      | 1/3
  //   P = (1+1+1/3+2/3+2/3+1)/6 = 7/9, R = (2/3+2/3+1/3+2/3+2/3+1/3)/6 = 5/9,
  //   F1 = 2(7/9)(5/9)/(12/9) = 35/54.
  // ARI: index 2, E = 6*4/C(6,2) = 1.6, max (6+4)/2 = 5: (2-1.6)/(5-1.6) = 2/17.
  const auto s = score_clustering(labelled({"G1", "G1", "G1", "G2", "G2", "G2"}),
                                  labelled({"P1", "P1", "P2", "P2", "P2", "P3"}));
  EXPECT_DOUBLE_EQ(s.pairwise.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.pairwise.recall, 1.0 / 3);
  EXPECT_DOUBLE_EQ(s.pairwise.f1, 0.4);
  EXPECT_DOUBLE_EQ(s.bcubed.precision, 7.0 / 9);
  EXPECT_DOUBLE_EQ(s.bcubed.recall, 5.0 / 9);
  EXPECT_DOUBLE_EQ(s.bcubed.f1, 35.0 / 54);
  EXPECT_NEAR(s.ari, 2.0 / 17, 1e-12);
}

TEST(ScoreClustering, ScoresAreNotSymmetricButArIs) {
  const auto gold = labelled({"G1", "G1", "G1", "G2", "G2", "G2"});
  const auto pred = labelled({"P1", "P1", "P2", "P2", "P2", "P3"});
  const auto forward = score_clustering(gold, pred), backward = score_clustering(pred, gold);
  EXPECT_DOUBLE_EQ(forward.pairwise.precision, backward.pairwise.recall);
  EXPECT_DOUBLE_EQ(forward.bcubed.precision, backward.bcubed.recall);
  EXPECT_NEAR(forward.ari, backward.ari, 1e-12);
}

// Published examples. scikit-learn's adjusted_rand_score documentation:
//   ([0,0,1,1], [0,0,1,2]) -> 0.57 (= 4/7), ([0,0,1,1], [0,1,0,1]) -> -0.5,
//   ([0,0,0,0], [0,1,2,3]) -> 0.0;
// R package SBMSplitMerge, ARI(c(1,1,2,2,3,3), c(1,1,1,1,2,2)) -> 0.444 (= 4/9).
TEST(ScoreClustering, AdjustedRandIndexMatchesPublishedExamples) {
  EXPECT_NEAR(score_clustering(labelled({"0", "0", "1", "1"}), labelled({"0", "0", "1", "2"})).ari, 4.0 / 7, 1e-12);
  EXPECT_NEAR(score_clustering(labelled({"0", "0", "1", "1"}), labelled({"0", "1", "0", "1"})).ari, -0.5, 1e-12);
  EXPECT_NEAR(score_clustering(labelled({"0", "0", "0", "0"}), labelled({"0", "1", "2", "3"})).ari, 0.0, 1e-12);
  EXPECT_NEAR(score_clustering(labelled({"1", "1", "2", "2", "3", "3"}), labelled({"1", "1", "1", "1", "2", "2"})).ari,
              4.0 / 9, 1e-12);
}

TEST(ScoreClustering, DegenerateAriIsOneWhenBothAgreeTrivially) {
  EXPECT_DOUBLE_EQ(score_clustering(labelled({"a", "b", "c"}), labelled({"x", "y", "z"})).ari, 1);
  EXPECT_DOUBLE_EQ(score_clustering(labelled({"a", "a", "a"}), labelled({"x", "x", "x"})).ari, 1);
  EXPECT_DOUBLE_EQ(score_clustering(labelled({"a"}), labelled({"x"})).ari, 1);
}

TEST(ScoreClustering, GoldItemsMissingFromPredAreSingletonsAndPredOnlyItemsIgnored) {
  // gold {0,1,2} in one event; pred has 0 and 1 together, no 2, and an extra item.
  Clustering gold = labelled({"e", "e", "e"});
  Clustering pred = {{"0", "p"}, {"1", "p"}, {"extra", "p"}};
  const auto s = score_clustering(gold, pred);
  EXPECT_EQ(s.items, 3u);
  EXPECT_EQ(s.missing_in_pred, 1u);
  EXPECT_EQ(s.pred_only, 1u);
  EXPECT_EQ(s.pred_clusters, 2u);  // {0,1} and the singleton {2}
  // Same as pred {0,1} {2}: pairs both 1, pred 1, gold 3.
  EXPECT_DOUBLE_EQ(s.pairwise.precision, 1);
  EXPECT_DOUBLE_EQ(s.pairwise.recall, 1.0 / 3);
  const auto explicit_singleton = score_clustering(gold, labelled({"p", "p", "q"}));
  EXPECT_DOUBLE_EQ(s.bcubed.f1, explicit_singleton.bcubed.f1);
  EXPECT_DOUBLE_EQ(s.ari, explicit_singleton.ari);
}

TEST(ScoreClustering, TwoMissingItemsAreNotPutTogether) {
  const auto s = score_clustering(labelled({"e", "e"}), Clustering{});
  EXPECT_EQ(s.missing_in_pred, 2u);
  EXPECT_DOUBLE_EQ(s.pairwise.recall, 0);
  EXPECT_DOUBLE_EQ(s.bcubed.precision, 1);
  EXPECT_DOUBLE_EQ(s.bcubed.recall, 0.5);
}

TEST(ScoreClustering, EmptyGoldScoresNothing) {
  const auto s = score_clustering(Clustering{}, labelled({"a"}));
  EXPECT_EQ(s.items, 0u);
  EXPECT_EQ(s.pred_only, 1u);
  EXPECT_DOUBLE_EQ(s.pairwise.f1, 0);
}

}  // namespace
}  // namespace marsad
