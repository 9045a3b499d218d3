#include "core/string_ids.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace marsad {
namespace {

TEST(StringIds, NumbersStringsInTheOrderFirstAddedThroughGrowth) {
  StringIds ids;
  std::vector<std::string> keys;
  for (uint32_t n = 0; n < 5000; ++n) {
    std::string key = std::to_string(n * 7);
    key.insert(0, "key");
    keys.push_back(key);
    EXPECT_EQ(ids.add(key), n);
  }
  EXPECT_EQ(ids.size(), keys.size());
  for (uint32_t id = 0; id < keys.size(); ++id) {
    EXPECT_EQ(ids.find(keys[id]), id);
    EXPECT_EQ(ids.add(keys[id]), id);  // a known string keeps its id
    EXPECT_EQ(ids.key(id), keys[id]);
  }
  EXPECT_EQ(ids.size(), keys.size());
  for (const std::string missing : {"key1", "key8", "", "key35000"}) {
    EXPECT_EQ(ids.find(missing), StringIds::kMissing) << missing;
  }
  EXPECT_EQ(StringIds().find("key0"), StringIds::kMissing);
}

TEST(StringIds, ArabicKeysAndTheEmptyString) {
  StringIds ids;
  EXPECT_EQ(ids.add("مطر"), 0u);
  EXPECT_EQ(ids.add(""), 1u);
  EXPECT_EQ(ids.add("مطار"), 2u);
  EXPECT_EQ(ids.find(""), 1u);
  EXPECT_EQ(ids.key(1), "");
  EXPECT_EQ(ids.key(2), "مطار");
  EXPECT_EQ(ids.find("مط"), StringIds::kMissing);
}

}  // namespace
}  // namespace marsad
