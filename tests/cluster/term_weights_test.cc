#include "cluster/term_weights.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace marsad {
namespace {

ArticleFeatures article(std::vector<std::string> title, std::vector<std::string> body,
                        std::vector<std::string> entities = {}, std::vector<std::string> numbers = {}) {
  ArticleFeatures f;
  f.title_terms = std::move(title);
  f.body_terms = std::move(body);
  f.entities = std::move(entities);
  f.numbers = std::move(numbers);
  return f;
}

float weight_of(const TermWeights& w, const ArticleVector& v, const std::string& key) {
  const auto id = w.id_of(key);
  if (!id) return 0;
  for (const TermWeight& f : v.features) {
    if (f.term == *id) return f.weight;
  }
  return 0;
}

TEST(TermWeights, DocumentFrequenciesAreLearnedOnline) {
  TermWeights w;
  for (int i = 0; i < 20; ++i) w.add(article({}, {"common", "filler" + std::to_string(i)}));
  const ArticleVector v = w.add(article({}, {"common", "rare"}));
  EXPECT_EQ(w.documents(), 21u);
  // Once in 21 articles weighs more than in all of them.
  EXPECT_GT(weight_of(w, v, "rare"), 2 * weight_of(w, v, "common"));
  EXPECT_NEAR(w.idf(*w.id_of("common")), std::log(22.0 / 22.0) + 1, 1e-9);
  EXPECT_NEAR(w.idf(*w.id_of("rare")), std::log(22.0 / 2.0) + 1, 1e-9);
}

TEST(TermWeights, VectorsAreUnitLengthAndSorted) {
  TermWeights w;
  const ArticleVector v = w.add(article({"a"}, {"b", "c", "c"}, {"x"}, {"2025"}));
  EXPECT_NEAR(norm(v.features), 1.0, 1e-6);
  for (size_t i = 1; i < v.features.size(); ++i) EXPECT_LT(v.features[i - 1].term, v.features[i].term);
  EXPECT_TRUE(w.add(article({}, {})).features.empty());
}

TEST(TermWeights, TitleTermsWeighMoreThanBodyTerms) {
  TermWeights w;
  const ArticleVector v = w.add(article({"summit"}, {"summit", "talks"}));
  // Same idf (one article); summit has tf 1 + 2 = 3, talks 1.
  EXPECT_NEAR(weight_of(w, v, "summit") / weight_of(w, v, "talks"), 1 + std::log(3.0), 1e-5);
}

TEST(TermWeights, EntitiesAndNumbersArePrefixedFeaturesWithTheirOwnWeights) {
  TermWeights w;
  const ArticleVector v = w.add(article({}, {"rabat"}, {"rabat"}, {"rabat"}));
  ASSERT_TRUE(w.id_of(TermWeights::entity_key("rabat")));
  ASSERT_TRUE(w.id_of(TermWeights::number_key("rabat")));
  EXPECT_EQ(v.features.size(), 3u);  // the word, the entity and the number stay apart
  const float term = weight_of(w, v, "rabat");
  EXPECT_NEAR(weight_of(w, v, "ent:rabat") / term, w.options().entity_weight, 1e-5);
  EXPECT_NEAR(weight_of(w, v, "num:rabat") / term, w.options().number_weight, 1e-5);
  ASSERT_EQ(v.entities.size(), 1u);
  EXPECT_EQ(w.kind_of(v.entities[0]), FeatureKind::kEntity);
}

TEST(TermWeights, MaxTermsKeepsTheHeaviestAndEveryEntity) {
  TermWeightOptions options;
  options.max_terms = 2;
  TermWeights w(options);
  const ArticleVector v = w.add(article({"t1"}, {"t1", "t2", "t2", "t3", "t4"}, {"e1", "e2", "e3"}));
  EXPECT_EQ(v.features.size(), 5u);  // 2 terms + 3 entities
  EXPECT_GT(weight_of(w, v, "t1"), 0);
  EXPECT_GT(weight_of(w, v, "t2"), 0);
  EXPECT_EQ(weight_of(w, v, "t3"), 0);
  EXPECT_EQ(v.entities.size(), 3u);
}

TEST(TermWeights, WeighLearnsNothing) {
  TermWeights w;
  w.add(article({}, {"a", "b"}));
  const ArticleVector v = w.weigh(article({}, {"a", "unseen"}));
  EXPECT_EQ(w.documents(), 1u);
  EXPECT_FALSE(w.id_of("unseen"));
  EXPECT_EQ(v.features.size(), 1u);
}

TEST(CountFeatures, DistinctKeysInOrderOfFirstOccurrenceWithSummedTf) {
  std::string arena;
  const ArticleFeatures f = article({"b", "a"}, {"b", "c", "", "b"}, {"x", "x"}, {"12"});
  const std::vector<FeatureCount> counts = count_features(f, 2.0, &arena);
  std::vector<std::string> keys;
  for (const FeatureCount& c : counts) keys.emplace_back(c.key);
  // Body terms first, then title terms; the empty term is dropped; entity and
  // number keys carry their prefix.
  EXPECT_EQ(keys, (std::vector<std::string>{"b", "c", "a", "ent:x", "num:12"}));
  EXPECT_DOUBLE_EQ(counts[0].tf, 1.0 + 1 + 2);  // body twice, title once
  EXPECT_DOUBLE_EQ(counts[1].tf, 1.0);
  EXPECT_DOUBLE_EQ(counts[2].tf, 2.0);          // title once
  EXPECT_EQ(counts[3].kind, FeatureKind::kEntity);
  EXPECT_DOUBLE_EQ(counts[3].tf, 2.0);
  EXPECT_EQ(counts[4].kind, FeatureKind::kNumber);
}

TEST(CountFeatures, ManyDistinctKeysAreAllCounted) {
  std::vector<std::string> body;
  for (int i = 0; i < 500; ++i) {
    body.emplace_back("w");
    body.back() += std::to_string(i % 250);  // appended: GCC 12 warns falsely on the operator+ form
  }
  std::string arena;
  const std::vector<FeatureCount> counts = count_features(article({}, body), 2.0, &arena);
  ASSERT_EQ(counts.size(), 250u);
  for (const FeatureCount& c : counts) EXPECT_DOUBLE_EQ(c.tf, 2.0) << c.key;
}

TEST(TermWeights, NewFeaturesGetIdsInTheOrderOfTheirKeys) {
  // Ids depend on which features an article has, not on where they occur.
  TermWeights w;
  w.add(article({"z"}, {"m", "a", "z"}, {"b"}));
  EXPECT_LT(*w.id_of("a"), *w.id_of("ent:b"));
  EXPECT_LT(*w.id_of("ent:b"), *w.id_of("m"));
  EXPECT_LT(*w.id_of("m"), *w.id_of("z"));
  w.add(article({}, {"c", "a"}));
  EXPECT_EQ(*w.id_of("c"), 4u);  // the one new key of the second article
}

TEST(CountFeatures, AKeyKeepsTheKindOfItsFirstOccurrence) {
  // A body term spelled like an entity key is counted with it, as a term.
  std::string arena;
  const ArticleFeatures f = article({}, {"ent:x"}, {"x"});
  const std::vector<FeatureCount> counts = count_features(f, 2.0, &arena);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts[0].kind, FeatureKind::kTerm);
  EXPECT_DOUBLE_EQ(counts[0].tf, 2.0);
}

}  // namespace
}  // namespace marsad
