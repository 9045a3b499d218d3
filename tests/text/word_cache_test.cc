#include "text/word_cache.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

namespace marsad::text {
namespace {

TEST(WordCache, FindsWhatWasInserted) {
  WordCache<std::string> cache(8);
  EXPECT_EQ(cache.find("كتاب"), nullptr);
  cache.insert("كتاب", "كتب");
  ASSERT_NE(cache.find("كتاب"), nullptr);
  EXPECT_EQ(*cache.find("كتاب"), "كتب");
  EXPECT_EQ(cache.find("كتب"), nullptr);
  EXPECT_EQ(cache.size(), 1u);
}

TEST(WordCache, KeepsWordsInUseAcrossTurnsAndDropsTheRest) {
  WordCache<int> cache(4);
  cache.insert("hot", 1);
  for (int i = 0; i < 3; ++i) cache.insert("cold" + std::to_string(i), i);
  // The current generation is full: the next insert turns it into the previous one.
  cache.insert("new", 9);
  ASSERT_NE(cache.find("hot"), nullptr);  // moves back into the current generation
  for (int i = 0; i < 8; ++i) cache.insert("more" + std::to_string(i), i);
  EXPECT_EQ(cache.find("cold0"), nullptr);  // two turns later, unused: dropped
  EXPECT_LE(cache.size(), 8u);
}

// Whatever the sequence of lookups and inserts, a found value is the one
// inserted for that word, and memory stays within two generations.
TEST(WordCache, AgreesWithAMapOnRandomUse) {
  std::mt19937 random(7);
  for (size_t capacity : {1u, 3u, 16u, 100u}) {
    WordCache<std::string> cache(capacity);
    std::map<std::string, std::string> truth;
    size_t found = 0;
    for (int step = 0; step < 20000; ++step) {
      std::string word = std::to_string(random() % (3 * capacity + 5));
      word.insert(word.begin(), 'w');
      const std::string* value = cache.find(word);
      if (value != nullptr) {
        ++found;
        EXPECT_EQ(*value, truth.at(word)) << word;
      } else {
        truth[word] = word;
        truth[word].append("/").append(std::to_string(step));
        EXPECT_EQ(cache.insert(word, truth[word]), truth[word]);
      }
      ASSERT_LE(cache.size(), 2 * capacity);
    }
    EXPECT_GT(found, 0u) << capacity;
  }
}

}  // namespace
}  // namespace marsad::text
