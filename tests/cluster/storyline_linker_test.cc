#include "cluster/storyline_linker.h"

#include <gtest/gtest.h>

#include "cluster/event_clusterer.h"

namespace marsad {
namespace {

constexpr int64_t kT0 = 1'744'600'000;
constexpr int64_t kHour = 3600;
constexpr int64_t kDay = 24 * kHour;

std::string label(const char* prefix, long n) {
  std::string s(prefix);
  s += std::to_string(n);
  return s;
}

ArticleFeatures article(std::string id, int64_t time, std::vector<std::string> title,
                        std::vector<std::string> body, std::vector<std::string> entities = {}) {
  ArticleFeatures f;
  f.id = std::move(id);
  f.time = time;
  f.lang = "ar";
  f.title_terms = std::move(title);
  f.body_terms = std::move(body);
  f.entities = std::move(entities);
  return f;
}

void feed_background(EventClusterer* c, int n, int64_t time) {
  for (int i = 0; i < n; ++i) {
    std::vector<std::string> body;
    for (int k = 0; k < 25; ++k) body.push_back(label("bg", i * 100 + k));
    c->add(article(label("bg", i), time, {}, body));
  }
}

const std::vector<std::string> kMinisters = {"per:laftit", "per:retailleau", "loc:morocco", "loc:france"};

TEST(StorylineLinker, EventsSharingEntitiesAWeekApartShareAStoryline) {
  EventClusterer c;
  feed_background(&c, 100, kT0);
  // The ministers meet in Rabat...
  const ClusterDecision meeting = c.add(article(
      "m1", kT0, {"ministers", "meet", "rabat"},
      {"interior", "ministers", "met", "rabat", "migration", "security", "cooperation", "readmission"},
      kMinisters));
  c.add(article("m2", kT0 + 2 * kHour, {"rabat", "talks", "migration"},
                {"interior", "talks", "rabat", "migration", "readmission", "security", "agreement"}, kMinisters));
  // ...an unrelated match the same week...
  const ClusterDecision match = c.add(article(
      "f1", kT0 + 3 * kDay, {"wydad", "wins", "derby"},
      {"wydad", "raja", "derby", "goal", "stadium", "league"}, {"org:wydad", "org:raja", "loc:morocco"}));
  // ...and a week later the same ministers sign a deal in Paris: another happening.
  const ClusterDecision signing = c.add(article(
      "p1", kT0 + 7 * kDay, {"ministers", "sign", "paris"},
      {"interior", "ministers", "signed", "paris", "security", "cooperation", "terrorism", "intelligence"},
      kMinisters));
  EXPECT_NE(signing.event, meeting.event);
  EXPECT_TRUE(signing.new_event);
  EXPECT_EQ(signing.storyline, meeting.storyline);
  EXPECT_EQ(c.storyline_of_event(signing.event), c.storyline_of_event(meeting.event));
  // The storyline is named by its earliest event.
  EXPECT_EQ(c.storyline_of_event(signing.event), meeting.event);
  EXPECT_NE(c.storyline_of_event(match.event), c.storyline_of_event(meeting.event));
}

TEST(StorylineLinker, LinksAboveTheThresholdWithinTheWindowOnly) {
  StorylineLinker linker;
  EventSummary a;
  a.features = {{1, 0.6f}, {2, 0.8f}};
  a.entities = {{10, 1.0f}, {11, 1.0f}};
  a.last_time = kT0;
  EventSummary near = a;
  near.last_time = kT0 + 10 * kDay;
  EventSummary far = a;
  far.last_time = kT0 + linker.options().window_seconds + kDay;  // 29 days after a, 19 after near
  EventSummary unrelated;
  unrelated.features = {{3, 1.0f}};
  unrelated.last_time = kT0 + 10 * kDay;

  EXPECT_NEAR(linker.similarity(a, near), 1.0 + linker.options().entity_weight, 1e-6);
  EXPECT_EQ(linker.update(0, a), 0u);
  EXPECT_EQ(linker.update(1, unrelated), 1u);
  EXPECT_EQ(linker.update(2, near), 0u);
  // Event 0 was last updated more than the window before `far`: it leaves the
  // index, and `far` links through event 2.
  EXPECT_EQ(linker.update(3, far), 0u);
  EXPECT_EQ(linker.storyline_of(3), 0u);
  EXPECT_EQ(linker.indexed_events(), 3u);  // 1, 2 and 3

  // Without event 2 in between, `far` is a storyline of its own.
  StorylineLinker alone;
  alone.update(0, a);
  EXPECT_EQ(alone.update(1, far), 1u);
}

TEST(StorylineLinker, OneSharedEntityAddsNothing) {
  StorylineLinker linker;
  EventSummary a, b;
  a.entities = {{10, 1.0f}, {11, 1.0f}};
  b.entities = {{10, 1.0f}, {12, 1.0f}};
  EXPECT_EQ(linker.similarity(a, b), 0.0);
  b.entities = {{10, 1.0f}, {11, 0.5f}};
  EXPECT_NEAR(linker.similarity(a, b), linker.options().entity_weight * 1.5 / 2.0, 1e-6);
}

TEST(StorylineLinker, TitlesOfOneCountryPairLinkAtALowerSimilarity) {
  // Two events whose similarity (0.36) is under link_threshold but over
  // pair_link_threshold: their titles name Morocco and France and share four terms.
  StorylineLinker linker;
  ASSERT_LT(0.36, linker.options().link_threshold);
  ASSERT_GE(0.36, linker.options().pair_link_threshold);
  EventSummary rabat, dgsi;
  rabat.features = {{1, 0.6f}, {2, 0.8f}};
  dgsi.features = {{1, 0.6f}, {3, 0.8f}};
  rabat.last_time = kT0;
  dgsi.last_time = kT0 + 5 * kDay;
  const uint64_t pair = country_pair_key("loc:MA", "loc:FR");
  EXPECT_EQ(pair, country_pair_key("loc:FR", "loc:MA"));
  EXPECT_NE(pair, country_pair_key("loc:MA", "loc:ES"));
  rabat.country_pairs = {pair};
  rabat.title_terms = {100, 101, 102, 103, 104};
  dgsi.country_pairs = {pair};
  dgsi.title_terms = {100, 101, 102, 103, 200};
  EXPECT_NEAR(linker.similarity(rabat, dgsi), 0.36, 1e-6);

  // Probes as close to rabat as dgsi is (and to each other), each missing one condition.
  EventSummary three_terms = dgsi;
  three_terms.features = {{1, 0.6f}, {4, 0.8f}};
  three_terms.title_terms = {100, 101, 102, 200};
  EventSummary other_pair = dgsi;
  other_pair.features = {{1, 0.6f}, {5, 0.8f}};
  other_pair.country_pairs = {country_pair_key("loc:MA", "loc:ES")};
  EXPECT_EQ(linker.update(0, rabat), 0u);
  EXPECT_EQ(linker.update(1, three_terms), 1u);
  EXPECT_EQ(linker.update(2, other_pair), 2u);
  EXPECT_EQ(linker.update(3, dgsi), 0u);
}

TEST(StorylineLinker, MergedEventsShareTheSurvivorsStoryline) {
  StorylineLinker linker;
  EventSummary a, b;
  a.features = {{1, 1.0f}};
  b.features = {{2, 1.0f}};
  EXPECT_EQ(linker.update(4, a), 4u);
  EXPECT_EQ(linker.update(7, b), 7u);
  linker.merge_events(4, 7);
  EXPECT_EQ(linker.storyline_of(7), 4u);
  EXPECT_EQ(linker.indexed_events(), 1u);
  EXPECT_EQ(linker.storyline_of(99), 99u);  // never seen: its own
}

}  // namespace
}  // namespace marsad
