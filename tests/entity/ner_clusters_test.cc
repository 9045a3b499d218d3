#include "entity/ner_clusters.h"

#include <cstdio>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "entity/ner_hash.h"
#include "entity/ner_text.h"

namespace marsad::ner {
namespace {

uint64_t key_of(std::string_view word) { return hash_word(strip_article_clitics(normalize_arabic_word(word))); }

// Names always between "قال" and "إن", places between "في" and "اليوم".
WordClusterBuilder two_kinds_of_word() {
  WordClusterBuilder builder;
  const char* const names[] = {"سامي", "يوسف", "ليلى", "كريم"};
  const char* const places[] = {"دمشق", "القاهرة", "الرباط", "تونس"};
  for (int round = 0; round < 6; ++round) {
    for (const char* name : names) builder.add_text(std::string("قال ") + name + " إن");
    for (const char* place : places) builder.add_text(std::string("في ") + place + " اليوم");
  }
  return builder;
}

WordClusterOptions small_options() {
  WordClusterOptions options;
  options.min_count = 2;
  options.context_words = 4;
  options.dimensions = 32;
  options.coarse_clusters = 2;
  options.fine_clusters = 4;
  return options;
}

TEST(NerClusters, WordsInTheSameContextsShareACluster) {
  const WordClusters clusters = two_kinds_of_word().build(small_options());
  const WordCluster* sami = clusters.find(key_of("سامي"));
  const WordCluster* layla = clusters.find(key_of("ليلى"));
  const WordCluster* cairo = clusters.find(key_of("القاهرة"));
  const WordCluster* tunis = clusters.find(key_of("تونس"));
  ASSERT_TRUE(sami && layla && cairo && tunis);
  EXPECT_EQ(sami->coarse, layla->coarse);
  EXPECT_EQ(cairo->coarse, tunis->coarse);
  EXPECT_NE(sami->coarse, cairo->coarse);
  // Keyed by the article-stripped form: "القاهرة" and "قاهرة" are one word.
  EXPECT_EQ(clusters.find(key_of("قاهرة")), cairo);
  EXPECT_EQ(clusters.find(key_of("بيروت")), nullptr);  // never seen
}

TEST(NerClusters, BuildingIsDeterministicAndRareWordsAreLeftOut) {
  WordClusterOptions options = small_options();
  const WordClusters a = two_kinds_of_word().build(options);
  const WordClusters b = two_kinds_of_word().build(options);
  std::string bytes_a, bytes_b;
  a.write(&bytes_a);
  b.write(&bytes_b);
  EXPECT_EQ(bytes_a, bytes_b);
  options.min_count = 100;
  EXPECT_TRUE(two_kinds_of_word().build(options).empty());
}

TEST(NerClusters, FileRoundTripAndClearErrors) {
  WordClusters clusters;
  clusters.set(11, WordCluster{1, 300});
  clusters.set(7, WordCluster{2, 5});
  const std::string path = ::testing::TempDir() + "/ner_clusters.bin";
  ASSERT_TRUE(clusters.save(path).ok());
  WordClusters loaded;
  const Status s = WordClusters::load(path, &loaded);
  ASSERT_TRUE(s.ok()) << s.to_string();
  ASSERT_EQ(loaded.size(), 2u);
  ASSERT_NE(loaded.find(11), nullptr);
  EXPECT_EQ(loaded.find(11)->fine, 300);
  EXPECT_EQ(loaded.find(7)->coarse, 2);

  EXPECT_EQ(WordClusters::load("/nonexistent/ner-ar.clusters", &loaded).code(), Status::Code::kNotFound);
  std::ofstream(path) << "marsad-ner-clusters 1\n\x05";
  EXPECT_EQ(WordClusters::load(path, &loaded).code(), Status::Code::kInvalidInput);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace marsad::ner
