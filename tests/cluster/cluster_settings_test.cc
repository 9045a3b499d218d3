#include "cluster/cluster_settings.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

TEST(ClusterSettingsTest, KnownSettingsChangeTheirOption) {
  ClusterOptions o;
  ASSERT_TRUE(apply_cluster_setting("join_threshold=0.42", &o).ok());
  EXPECT_DOUBLE_EQ(o.join_threshold, 0.42);
  ASSERT_TRUE(apply_cluster_setting("decay_tau_hours=48", &o).ok());
  EXPECT_EQ(o.decay_tau_seconds, 48 * 3600);
  ASSERT_TRUE(apply_cluster_setting("link_threshold=0.6", &o).ok());
  EXPECT_DOUBLE_EQ(o.storyline.link_threshold, 0.6);
}

TEST(ClusterSettingsTest, UnknownNamesAndBadValuesAreRefusedWithTheNames) {
  ClusterOptions o;
  const Status unknown = apply_cluster_setting("joint_threshold=0.4", &o);
  EXPECT_FALSE(unknown.ok());
  EXPECT_NE(unknown.to_string().find("join_threshold"), std::string::npos);
  // The message says what is wrong: a name no setting has, not the form.
  EXPECT_NE(unknown.to_string().find("no setting is named 'joint_threshold'"), std::string::npos);
  EXPECT_FALSE(apply_cluster_setting("join_threshold=high", &o).ok());
  const Status no_value = apply_cluster_setting("join_threshold", &o);
  EXPECT_FALSE(no_value.ok());
  EXPECT_NE(no_value.to_string().find("NAME=VALUE"), std::string::npos);
  EXPECT_DOUBLE_EQ(o.join_threshold, ClusterOptions{}.join_threshold);
}

}  // namespace
}  // namespace marsad
