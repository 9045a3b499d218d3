// `marsad cluster` and `marsad stories` as a user runs them, on the project's sample corpus
// (data/sample: pages.jsonl and its labels gold.jsonl).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "marsad_process.h"

namespace marsad::e2e {
namespace {

using ::testing::HasSubstr;

const std::string kSampleDir = std::string(MARSAD_SOURCE_DIR) + "/data/sample";

std::set<std::string> gold_ids() {
  std::set<std::string> ids;
  std::ifstream in(kSampleDir + "/gold.jsonl");
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) ids.insert(nlohmann::json::parse(line).at("id").get<std::string>());
  }
  return ids;
}

TEST(ClusterCli, EveryArticleOfTheSampleGetsTheContractFields) {
  const ProcessResult run = run_marsad({"cluster", "--quiet", kSampleDir});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::vector<nlohmann::json> lines = parse_jsonl(run.out);
  std::set<std::string> ids;
  for (const nlohmann::json& line : lines) {
    for (const char* field : {"id", "segment", "dup_group", "event", "storyline", "lang"}) {
      EXPECT_TRUE(line.contains(field)) << field << " missing in " << line.dump();
    }
    ids.insert(line.at("id").get<std::string>());
  }
  EXPECT_EQ(ids, gold_ids());
}

TEST(ClusterCli, RepeatedSetOptionsAllApply) {
  // Regression: a second --set used to replace the first. With no article joining an event
  // on similarity, the only joins left are copies (one dup_group): events = dup groups.
  const ProcessResult run = run_marsad(
      {"cluster", "--quiet", "--set", "join_threshold=100", "--set", "merge_threshold=100", kSampleDir});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::set<long> events, dup_groups;
  for (const nlohmann::json& line : parse_jsonl(run.out)) {
    events.insert(line.at("event").get<long>());
    dup_groups.insert(line.at("dup_group").get<long>());
  }
  EXPECT_EQ(events.size(), dup_groups.size());
}

TEST(ClusterCli, AnOptionGivenTwiceOrAnUnknownSettingIsOneClearError) {
  TempDir dir;
  const ProcessResult twice = run_marsad({"cluster", "--out", dir.at("a"), "--out", dir.at("b"), kSampleDir});
  EXPECT_EQ(twice.exit_code, 2);
  EXPECT_THAT(twice.err, HasSubstr("--out given twice"));
  const ProcessResult unknown = run_marsad({"cluster", "--set", "no_such_knob=1", kSampleDir});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_THAT(unknown.err, HasSubstr("no_such_knob"));
  EXPECT_TRUE(unknown.out.empty());
  // Regression: "12abc" was taken for 12 and "-1" for a huge number of threads.
  for (const char* threads : {"-1", "12abc"}) {
    const ProcessResult bad = run_marsad({"cluster", "--threads", threads, kSampleDir});
    EXPECT_EQ(bad.exit_code, 2) << threads;
    EXPECT_THAT(bad.err, HasSubstr(std::string("--threads takes a whole number, not '") + threads + "'"));
  }
}

TEST(ClusterCli, ExplainTellsWhyAnArticleJoinedAndNamesAnUnknownOne) {
  const ProcessResult plain = run_marsad({"cluster", "--quiet", kSampleDir});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  // The sample's second article of some event: one that joined on its score.
  std::string joined;
  for (const nlohmann::json& line : parse_jsonl(plain.out)) {
    if (!line.at("new_event").get<bool>() && line.at("dup_kind") == "new") {
      joined = line.at("id").get<std::string>();
      break;
    }
  }
  ASSERT_FALSE(joined.empty());
  const ProcessResult run = run_marsad({"cluster", "--quiet", "--explain", joined, "--explain", "no-such-id", kSampleDir});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, plain.out);  // explaining changes no decision
  EXPECT_THAT(run.err, HasSubstr(joined));
  EXPECT_THAT(run.err, HasSubstr("joined event"));
  EXPECT_THAT(run.err, HasSubstr("similarity = day factor"));
  EXPECT_THAT(run.err, HasSubstr("--explain no-such-id: no such article in the input"));
}

TEST(StoriesCli, CardsOfTheSampleReadInTheTerminal) {
  TempDir dir;
  const ProcessResult cards = run_marsad({"cluster", "--quiet", "--cards", "--out", dir.at("cards.jsonl"), kSampleDir});
  ASSERT_EQ(cards.exit_code, 0) << cards.err;
  std::ifstream in(dir.at("cards.jsonl"));
  nlohmann::json event_card;
  for (std::string line; std::getline(in, line);) {
    const nlohmann::json card = nlohmann::json::parse(line);
    if (card.at("type") == "event" && card.at("articles").get<int>() >= 3) {
      event_card = card;
      break;
    }
  }
  ASSERT_FALSE(event_card.is_null()) << "no event card of 3 articles or more";
  const std::string id = std::to_string(event_card.at("event").get<long>());
  const ProcessResult shown = run_marsad({"stories", dir.at("cards.jsonl"), "--event", id, "--width", "200"});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_THAT(shown.out, HasSubstr(event_card.at("headline").get<std::string>()));
  EXPECT_THAT(shown.out, HasSubstr(event_card.at("summary").at(0).at("text").get<std::string>().substr(0, 40)));
  const ProcessResult missing = run_marsad({"stories", dir.at("cards.jsonl"), "--event", "999999"});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_THAT(missing.err, HasSubstr("no card for event 999999"));
}

}  // namespace
}  // namespace marsad::e2e
