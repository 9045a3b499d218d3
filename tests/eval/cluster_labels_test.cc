#include "eval/cluster_labels.h"

#include <gtest/gtest.h>

#include "../temp_dir.h"

namespace marsad {
namespace {

// The files live in a folder removed when the test ends (they were left in
// the system's temp folder, two folders a run).
class ClusterLabelsTest : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const std::string& content) { return dir_.write(name, content); }

  testing_support::TempDir dir_;
};

TEST_F(ClusterLabelsTest, KeysItemsByIdAndSegmentWithSegmentZeroByDefault) {
  const auto path = write("a.jsonl",
                          "{\"id\": \"p1\", \"segment\": 0, \"event\": 3, \"dup_group\": \"d1\"}\n"
                          "{\"id\": \"p1\", \"segment\": 1, \"event\": 4}\n"
                          "\n"
                          "{\"id\": 17, \"event\": \"3\", \"storyline\": null, \"lang\": \"ar\"}\n");
  ClusterLabels labels;
  ASSERT_TRUE(read_cluster_labels(path, &labels).ok());
  EXPECT_EQ(labels.items, 3u);
  const Clustering& events = labels.by_field.at("event");
  EXPECT_EQ(events.size(), 3u);
  EXPECT_EQ(events.at(item_key("p1", 0)), "3");
  EXPECT_EQ(events.at(item_key("p1", 1)), "4");
  EXPECT_EQ(events.at(item_key("17", 0)), "3");  // integer id; absent segment is 0; 3 and "3" alike
  EXPECT_EQ(labels.by_field.at("dup_group").size(), 1u);
  EXPECT_EQ(labels.by_field.count("storyline"), 0u);  // only null: not seen
}

TEST_F(ClusterLabelsTest, MissingFileIsNotFound) {
  ClusterLabels labels;
  const Status s = read_cluster_labels("/nonexistent/gold.jsonl", &labels);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_EQ(s.where(), "/nonexistent/gold.jsonl");
}

TEST_F(ClusterLabelsTest, BadLinesAreReportedWithPathAndLine) {
  struct Case { std::string content; std::string message_part; };
  const std::vector<Case> cases = {
      {"{\"id\": \"a\"}\n{\"id\": \"b\", \n", "not valid JSON"},
      {"[1, 2]\n", "not a JSON object"},
      {"{\"event\": 1}\n", "\"id\""},
      {"{\"id\": [1]}\n", "\"id\""},
      {"{\"id\": \"a\", \"segment\": \"1\"}\n", "\"segment\""},
      {"{\"id\": \"a\", \"event\": 1.5}\n", "\"event\""},
      {"{\"id\": \"a\", \"segment\": 2}\n{\"id\": \"b\"}\n{\"id\": \"a\", \"segment\": 2}\n", "repeats line 1"},
  };
  for (size_t i = 0; i < cases.size(); ++i) {
    const auto path = write("bad" + std::to_string(i) + ".jsonl", cases[i].content);
    ClusterLabels labels;
    const Status s = read_cluster_labels(path, &labels);
    EXPECT_EQ(s.code(), Status::Code::kInvalidInput) << i;
    EXPECT_NE(s.what().find(cases[i].message_part), std::string::npos) << i << ": " << s.to_string();
  }
  // The line number is the 1-based line of the bad line, blank lines counted.
  const auto path = write("late.jsonl", "{\"id\": \"a\"}\n\n{oops}\n");
  ClusterLabels labels;
  EXPECT_EQ(read_cluster_labels(path, &labels).where(), path + ":3");
}

}  // namespace
}  // namespace marsad
