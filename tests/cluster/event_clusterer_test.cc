#include "cluster/event_clusterer.h"

#include <gtest/gtest.h>

#include <random>

namespace marsad {
namespace {

constexpr int64_t kT0 = 1'744'600'000;  // April 2025
constexpr int64_t kHour = 3600;
constexpr int64_t kDay = 24 * kHour;

// "prefix" + number; built by appending (GCC 12 warns falsely on the operator+ form).
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

// An article of `n` words drawn from a 50,000-word vocabulary: two of them
// share practically nothing, so they stand for unrelated news (and give the
// document frequencies a background, as a real stream does).
ArticleFeatures unrelated(uint32_t seed, int64_t time, int n = 30) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> word(0, 49999);
  std::vector<std::string> title, body;
  for (int i = 0; i < 4; ++i) title.push_back(label("w", word(rng)));
  for (int i = 0; i < n; ++i) body.push_back(label("w", word(rng)));
  return article(label("bg", seed), time, title, body);
}

void feed_background(EventClusterer* c, int n, int64_t time, uint32_t seed = 1000) {
  for (int i = 0; i < n; ++i) c->add(unrelated(seed + i, time));
}

// Two outlets' reports of one meeting: different wording, the same who, what, where.
ArticleFeatures meeting_report_1(int64_t time) {
  return article("m1", time, {"laftit", "retailleau", "meet", "rabat"},
                 {"interior", "minister", "laftit", "held", "talks", "french", "counterpart", "retailleau",
                  "rabat", "monday", "migration", "security", "cooperation", "terrorism", "border",
                  "readmission", "agreement", "visit"});
}
ArticleFeatures meeting_report_2(int64_t time) {
  return article("m2", time, {"retailleau", "rabat", "talks", "laftit"},
                 {"french", "interior", "minister", "retailleau", "arrived", "rabat", "talks", "laftit",
                  "moroccan", "counterpart", "security", "migration", "irregular", "readmission",
                  "cooperation", "strategic", "partnership"});
}

TEST(EventClusterer, TwoReportsOfOneHappeningJoin) {
  EventClusterer c;
  feed_background(&c, 100, kT0);
  const ClusterDecision first = c.add(meeting_report_1(kT0 + kHour));
  const ClusterDecision second = c.add(meeting_report_2(kT0 + 3 * kHour));
  EXPECT_TRUE(first.new_event);
  EXPECT_FALSE(second.new_event);
  EXPECT_EQ(second.event, first.event);
  EXPECT_GE(second.similarity, c.options().join_threshold);
  EXPECT_EQ(c.event_of(101), c.event_of(100));
  // An unrelated article in between joins neither.
  const ClusterDecision other = c.add(unrelated(7, kT0 + 4 * kHour));
  EXPECT_TRUE(other.new_event);
  EXPECT_NE(other.event, first.event);
}

TEST(EventClusterer, SameWordsAWeekLaterAreAnotherHappening) {
  // The same vocabulary (a weekly fixture between the same two clubs): within
  // hours it joins; a week later the time decay keeps it apart, though the
  // old event is still in the window and is scored.
  EventClusterer c;
  feed_background(&c, 100, kT0);
  const ClusterDecision match = c.add(meeting_report_1(kT0));
  const ClusterDecision same_day = c.add(meeting_report_1(kT0 + 2 * kHour));
  EXPECT_EQ(same_day.event, match.event);
  const size_t scored_before = c.stats().candidates_scored;
  const ClusterDecision week_later = c.add(meeting_report_1(kT0 + 7 * kDay));
  EXPECT_GT(c.stats().candidates_scored, scored_before);  // it was a candidate...
  EXPECT_TRUE(week_later.new_event);                      // ...and decayed below the threshold
  EXPECT_NE(week_later.event, match.event);
  EXPECT_LT(week_later.similarity, c.options().join_threshold);
}

ArticleFeatures on_weekday(ArticleFeatures f, int weekday) {
  f.happening.weekday = weekday;
  return f;
}

TEST(EventClusterer, ReportsThatDateTheirNewsToAnotherDayTellOfAnotherHappening) {
  // The same ministers, words and place, undated pages: one lead says Monday,
  // the other Tuesday (their next meeting). A third on Monday joins the first.
  EventClusterer c;
  feed_background(&c, 100, kT0);
  const ClusterDecision monday = c.add(on_weekday(meeting_report_1(kT0), 1));
  const ClusterDecision tuesday = c.add(on_weekday(meeting_report_2(kT0), 2));
  EXPECT_TRUE(tuesday.new_event);
  EXPECT_NE(tuesday.event, monday.event);
  const ClusterDecision monday_again = c.add(on_weekday(meeting_report_2(kT0 + kHour), 1));
  EXPECT_EQ(monday_again.event, monday.event);
  // An article that dates nothing is no conflict.
  EXPECT_FALSE(c.add(meeting_report_1(kT0 + kHour)).new_event);
}

TEST(EventClusterer, AnExplainedArrivalShowsEachCandidatesScoreInParts) {
  EventClusterer c;
  feed_background(&c, 100, kT0);
  const ClusterDecision monday = c.add(on_weekday(meeting_report_1(kT0), 1));
  // Another happening's report: Tuesday's lead against Monday's event.
  c.explain_next();
  const ClusterDecision tuesday = c.add(on_weekday(meeting_report_2(kT0 + kHour), 2));
  ASSERT_FALSE(tuesday.explained.empty());
  const CandidateScore* meeting = nullptr;
  for (const CandidateScore& s : tuesday.explained) {
    if (s.event == monday.event) meeting = &s;
    EXPECT_NEAR(s.similarity, s.day_factor * s.decay * (s.cohesion_weighted + s.entity_bonus), 1e-9);
  }
  ASSERT_NE(meeting, nullptr);
  EXPECT_LT(meeting->day_factor, 1.0);  // the days conflict: that is why it stands apart
  EXPECT_GT(meeting->cosine, 0.4);      // though the words agree
  EXPECT_EQ(tuesday.explained.front().similarity, tuesday.similarity);
  for (size_t i = 1; i < tuesday.explained.size(); ++i)
    EXPECT_GE(tuesday.explained[i - 1].similarity, tuesday.explained[i].similarity);
  // Only the next add() is explained.
  EXPECT_TRUE(c.add(meeting_report_1(kT0 + 2 * kHour)).explained.empty());
}

TEST(EventClusterer, HappeningDaysWithinTheToleranceAgree) {
  ClusterOptions options;
  options.day_tolerance = 1;
  EventClusterer c(options);
  feed_background(&c, 100, kT0);
  auto dated = [](ArticleFeatures f, CivilDate d) {
    f.happening.date = d;
    f.happening.weekday = weekday(d);
    return f;
  };
  const ClusterDecision first = c.add(dated(meeting_report_1(kT0), {2025, 4, 14}));
  // "اليوم" read from a page crawled a day late: one day off, the same happening.
  EXPECT_EQ(c.add(dated(meeting_report_2(kT0 + kHour), {2025, 4, 15})).event, first.event);
  // Three days off: another meeting.
  EXPECT_TRUE(c.add(dated(meeting_report_2(kT0 + 2 * kHour), {2025, 4, 18})).new_event);
}

TEST(EventClusterer, WrittenDaysOneDayApartTellOfAnotherHappening) {
  // Leads that write their days ("الإثنين", "14 أبريل") are exact: the next
  // day's meeting of the same people is another happening, while a day counted
  // from publication ("اليوم" on a page crawled late) stays within tolerance.
  auto dated = [](ArticleFeatures f, CivilDate d, bool written) {
    f.happening.date = d;
    f.happening.weekday = weekday(d);
    f.happening.written = written;
    return f;
  };
  auto similarity_of_third = [&](bool third_written) {
    ClusterOptions options;
    options.join_threshold = 2.0;  // every article starts its own event: only the scores are compared
    EventClusterer c(options);
    feed_background(&c, 100, kT0);
    c.add(dated(meeting_report_1(kT0), {2025, 4, 14}, true));
    return c.add(dated(meeting_report_2(kT0 + kHour), {2025, 4, 15}, third_written)).similarity;
  };
  const double counted = similarity_of_third(false);
  const double written = similarity_of_third(true);
  ASSERT_GT(counted, 0);
  EXPECT_NEAR(written, counted * ClusterOptions{}.written_day_conflict_factor, 1e-9);

  ClusterOptions options;
  options.written_day_conflict_factor = 0.4;
  EventClusterer c(options);
  feed_background(&c, 100, kT0);
  const ClusterDecision monday = c.add(dated(meeting_report_1(kT0), {2025, 4, 14}, true));
  EXPECT_EQ(c.add(dated(meeting_report_2(kT0 + kHour), {2025, 4, 15}, false)).event, monday.event);
  EXPECT_EQ(c.add(dated(meeting_report_2(kT0 + kHour), {2025, 4, 14}, true)).event, monday.event);
  EXPECT_TRUE(c.add(dated(meeting_report_2(kT0 + 2 * kHour), {2025, 4, 15}, true)).new_event);
}

TEST(EventClusterer, AStorylineWeighsANameByHowRareItIs) {
  // Every article names the kingdom; only this event names the hacker. Both
  // are named by all its articles, but the hacker says more of its storyline.
  EventClusterer c;
  for (int i = 0; i < 100; ++i) {
    ArticleFeatures f = unrelated(1000 + static_cast<uint32_t>(i), kT0);
    f.entities = {"loc:SA"};
    c.add(f);
  }
  ArticleFeatures report = meeting_report_1(kT0 + kHour);
  report.entities = {"loc:SA", "per:hacker"};
  const uint32_t event = c.add(report).event;
  const EventSummary summary = c.storyline_summary(event);
  const uint32_t kingdom = *c.weights().id_of(TermWeights::entity_key("loc:SA"));
  const uint32_t hacker = *c.weights().id_of(TermWeights::entity_key("per:hacker"));
  float kingdom_weight = 0, hacker_weight = 0;
  for (const auto& [id, weight] : summary.entities) {
    if (id == kingdom) kingdom_weight = weight;
    if (id == hacker) hacker_weight = weight;
  }
  ASSERT_GT(kingdom_weight, 0);
  EXPECT_GT(hacker_weight, 2 * kingdom_weight);
  EXPECT_NEAR(hacker_weight / kingdom_weight, c.weights().idf(hacker) / c.weights().idf(kingdom), 1e-4);
}

TEST(EventClusterer, ALoneArticleJoinsTheEventThatGrewToMatchIt) {
  // The first report names two sides of one happening; each later report tells
  // one side in other words, too little to join it alone, but together they
  // are the report's happening: the merge pass lets it join as it would now.
  const auto run = [](bool late_join) {
    ClusterOptions options;
    options.late_join = late_join;
    options.cohesion_exponent = 0;  // the event's words are the report's, not a loose topic
    options.merge_every = 4;
    // Each side scores ~0.34 with the report and ~0.48 with the other side;
    // the two sides together ~0.39.
    options.join_threshold = 0.36;
    EventClusterer c(options);
    feed_background(&c, 50, kT0);
    const uint32_t lone = c.add(article("first", kT0 + kHour, {"a1", "b1"},
                                        {"a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4"}))
                              .event;
    const ClusterDecision side_a = c.add(article("side a", kT0 + 2 * kHour, {"x1"},
                                                 {"a1", "a2", "a3", "a4", "x1", "x2", "x3", "y1", "y2", "y3"}));
    EXPECT_TRUE(side_a.new_event);
    const ClusterDecision side_b = c.add(article("side b", kT0 + 3 * kHour, {"x1"},
                                                 {"b1", "b2", "b3", "b4", "x1", "x2", "x3", "z1", "z2", "z3"}));
    EXPECT_EQ(side_b.event, side_a.event);
    const uint32_t later = side_a.event;
    for (uint32_t i = 0; i < 4; ++i) c.add(unrelated(7 + i, kT0 + 4 * kHour));  // a merge pass comes
    return std::make_pair(c.current_event(lone), c.current_event(later));
  };
  const auto [lone_alone, later_alone] = run(false);
  EXPECT_NE(lone_alone, later_alone);  // the report scored below join_threshold with each side
  const auto [lone, later] = run(true);
  EXPECT_EQ(lone, later);
}

TEST(EventClusterer, DupGroupForcesTheJoin) {
  EventClusterer c;
  feed_background(&c, 50, kT0);
  ArticleFeatures a = unrelated(1, kT0);
  ArticleFeatures b = unrelated(2, kT0 + kHour);  // shares no word with a
  a.dup_group = 42;
  b.dup_group = 42;
  const ClusterDecision da = c.add(a);
  const ClusterDecision db = c.add(b);
  EXPECT_FALSE(db.new_event);
  EXPECT_EQ(db.event, da.event);
  EXPECT_LT(db.similarity, c.options().join_threshold);
  // Without the group the same pair stays apart.
  EventClusterer control;
  feed_background(&control, 50, kT0);
  a.dup_group.reset();
  b.dup_group.reset();
  EXPECT_NE(control.add(a).event, control.add(b).event);
}

TEST(EventClusterer, PartsOfAWireReportAreOneEvent) {
  // "X" and "X إضافة أولى": one report sent in two pages that share no word.
  for (const bool part_first : {false, true}) {
    EventClusterer c;
    feed_background(&c, 50, kT0);
    ArticleFeatures report = unrelated(1, kT0);
    ArticleFeatures part = unrelated(2, kT0);
    report.report = part.report = 77;
    part.report_part = true;
    const ClusterDecision first = c.add(part_first ? part : report);
    const ClusterDecision second = c.add(part_first ? report : part);
    EXPECT_FALSE(second.new_event) << part_first;
    EXPECT_EQ(second.event, first.event) << part_first;
  }
  // One outlet's two articles of one title, neither a marked part ("الطقس"),
  // are scored as any two articles.
  EventClusterer c;
  feed_background(&c, 50, kT0);
  ArticleFeatures monday = unrelated(1, kT0);
  ArticleFeatures tuesday = unrelated(2, kT0 + kDay);
  monday.report = tuesday.report = 77;
  EXPECT_NE(c.add(monday).event, c.add(tuesday).event);
}

TEST(EventClusterer, InvertedIndexFindsTheCandidateAmongManyEvents) {
  EventClusterer c;
  for (uint32_t i = 0; i < 500; ++i) c.add(unrelated(i, kT0 + i * 60));
  const ClusterDecision meeting = c.add(meeting_report_1(kT0 + 500 * 60));
  for (uint32_t i = 500; i < 1000; ++i) c.add(unrelated(i, kT0 + (i + 1) * 60));
  EXPECT_GE(c.stats().indexed_events, 1000u);
  const size_t scored_before = c.stats().candidates_scored;
  const ClusterDecision report = c.add(meeting_report_2(kT0 + 1001 * 60));
  EXPECT_EQ(report.event, meeting.event);
  // Only events sharing an indexed feature were scored, not the thousand in the window.
  EXPECT_LT(c.stats().candidates_scored - scored_before, 20u);
}

TEST(EventClusterer, EventsLeaveTheIndexAfterTheWindow) {
  EventClusterer c;
  feed_background(&c, 200, kT0);
  const ClusterDecision meeting = c.add(meeting_report_1(kT0));
  EXPECT_GE(c.stats().indexed_events, 200u);
  const size_t postings_before = c.stats().index_postings;

  const int64_t later = kT0 + c.options().window_seconds + kDay;
  const size_t scored_before = c.stats().candidates_scored;
  const ClusterDecision again = c.add(meeting_report_1(later));
  EXPECT_EQ(c.stats().candidates_scored, scored_before);  // no candidate left to score
  EXPECT_TRUE(again.new_event);
  EXPECT_NE(again.event, meeting.event);
  EXPECT_EQ(c.stats().indexed_events, 1u);  // only the new event
  EXPECT_LT(c.stats().index_postings, postings_before / 100);
  EXPECT_TRUE(c.top_keys(meeting.event, 5).empty());  // its centroid was freed
}

TEST(EventClusterer, EventsThatTurnOutToBeOneAreMerged) {
  // Two first reports of one earthquake with little in common (a flash on the
  // toll, a report on the rescue), then reports that tell both.
  const std::vector<std::string> place = {"quake", "province", "magnitude"};
  std::vector<std::string> toll, rescue;
  for (int i = 0; i < 9; ++i) toll.push_back(label("toll", i));
  for (int i = 0; i < 9; ++i) rescue.push_back(label("rescue", i));
  auto join = [](std::vector<std::string> a, const std::vector<std::string>& b, size_t n) {
    a.insert(a.end(), b.begin(), b.begin() + static_cast<std::ptrdiff_t>(n));
    return a;
  };

  EventClusterer c;
  feed_background(&c, 100, kT0);
  const ClusterDecision flash = c.add(article("a", kT0, {}, join(place, toll, 9)));
  const ClusterDecision report = c.add(article("b", kT0 + kHour, {}, join(place, rescue, 9)));
  ASSERT_TRUE(report.new_event) << "the first two must start apart for the test to mean anything";
  ASSERT_NE(flash.event, report.event);
  for (int i = 0; i < 4; ++i) {
    c.add(article(label("both", i), kT0 + (2 + i) * kHour, {}, join(join(place, toll, 5), rescue, 5)));
  }
  EXPECT_EQ(c.event_of(100), c.event_of(101));
  EXPECT_EQ(c.current_event(report.event), flash.event);  // the smaller id survives
  EXPECT_GE(c.stats().events_merged, 1u);
  for (size_t i = 102; i < c.articles(); ++i) EXPECT_EQ(c.event_of(i), flash.event);
}

TEST(EventClusterer, ALooseEventDoesNotSwallowTheNextStepOfItsStory) {
  // Ten reports that share only their story's words (a bombing, its mosque,
  // its province) and a tight three-report event of the story's next step
  // (a visit): the loose event's centroid is a topic, close to every step.
  const std::vector<std::string> story = {"bombing", "mosque", "province"};
  auto loose_and_tight = [&](EventClusterer* c) {
    feed_background(c, 100, kT0);
    for (int i = 0; i < 10; ++i) {
      std::vector<std::string> body = story;
      for (int k = 0; k < 4; ++k) body.push_back(label("own", i * 10 + k));
      ArticleFeatures f = article(label("loose", i), kT0 + i * kHour, {}, body);
      f.dup_group = 1;  // held together, as reuse would
      c->add(f);
    }
    for (int i = 0; i < 3; ++i) {
      std::vector<std::string> body = story;
      for (int k = 0; k < 3; ++k) body.push_back(label("visit", k));
      ArticleFeatures f = article(label("tight", i), kT0 + (11 + i) * kHour, {}, body);
      f.dup_group = 2;
      c->add(f);
    }
  };
  ClusterOptions options;
  options.merge_every = 1;
  EventClusterer c(options);
  loose_and_tight(&c);
  EXPECT_NE(c.event_of(c.articles() - 1), c.event_of(c.articles() - 4));
  // Weighed as a plain cosine (no cohesion), the two would merge.
  options.cohesion_exponent = 0;
  EventClusterer plain(options);
  loose_and_tight(&plain);
  EXPECT_EQ(plain.event_of(plain.articles() - 1), plain.event_of(plain.articles() - 4));
}

TEST(EventClusterer, SharedEntitiesJoinAcrossLanguages) {
  const std::vector<std::string> who = {"per:laftit", "per:retailleau", "loc:rabat", "per:laftit",
                                        "per:retailleau"};
  EventClusterer c;
  feed_background(&c, 100, kT0);
  ArticleFeatures ar = meeting_report_1(kT0);
  ar.entities = who;
  const ClusterDecision arabic = c.add(ar);
  // A French report: no word in common, the same people and place.
  ArticleFeatures fr = article("fr", kT0 + 2 * kHour, {"ministre", "interieur", "rencontre"},
                               {"ministre", "francais", "interieur", "entretien", "homologue", "marocain",
                                "migration", "securite", "cooperation", "lundi"},
                               who);
  fr.lang = "fr";
  const ClusterDecision french = c.add(fr);
  EXPECT_EQ(french.event, arabic.event);
  // One shared place is not enough.
  ArticleFeatures other = article("fr2", kT0 + 3 * kHour, {"festival", "musique"},
                                  {"festival", "musique", "concert", "artistes", "public", "soiree"},
                                  {"loc:rabat"});
  other.lang = "fr";
  EXPECT_NE(c.add(other).event, arabic.event);
}

TEST(EventClusterer, AcrossLanguagesOnlyEntitiesAndNumbersAreCompared) {
  // A long Arabic report and an English one with no word in common and the
  // same protagonists: the plain cosine is diluted by the Arabic words, the
  // cosine of entities and numbers alone is not.
  auto run = [](double cross_language_factor) {
    ClusterOptions options;
    options.cross_language_factor = cross_language_factor;
    EventClusterer c(options);
    feed_background(&c, 100, kT0);
    ArticleFeatures ar = meeting_report_1(kT0);
    for (int i = 0; i < 40; ++i) ar.body_terms.push_back(label("ar", i));
    ar.entities = {"loc:TN", "loc:Nabeul"};
    ar.numbers = {"3"};
    const ClusterDecision arabic = c.add(ar);
    ArticleFeatures en = article("en", kT0 + 3 * kHour, {"flood", "toll"},
                                 {"floods", "killed", "three", "people", "heavy", "rain"},
                                 {"loc:TN", "loc:Nabeul"});
    en.numbers = {"3"};
    en.lang = "en";
    return c.add(en).event == arabic.event;
  };
  EXPECT_TRUE(run(1.0));
  EXPECT_FALSE(run(0.0));
}

TEST(EventClusterer, CountriesNamedByAdjectiveLinkStorylines) {
  // Two meetings of the same officials a week apart (two events): the first
  // names Morocco and France, the second only says "Moroccan-French". Its
  // adjectives count as those countries for the storyline, not for the event.
  auto second_storyline_is_first = [](bool with_demonyms) {
    EventClusterer c;
    feed_background(&c, 100, kT0);
    ArticleFeatures first = meeting_report_1(kT0);
    first.entities = {"loc:MA", "loc:FR", "per:hammouchi"};
    const ClusterDecision a = c.add(first);
    ArticleFeatures second = article("s", kT0 + 7 * kDay, {"hammouchi", "receives", "dgsi"},
                                     {"hammouchi", "received", "head", "dgsi", "security", "cooperation",
                                      "terrorism", "sahel", "rabat", "visit"},
                                     {"per:hammouchi"});
    if (with_demonyms) second.demonym_places = {"loc:MA", "loc:FR"};
    const ClusterDecision b = c.add(second);
    EXPECT_NE(b.event, a.event);
    return c.storyline_of_event(b.event) == c.storyline_of_event(a.event);
  };
  EXPECT_TRUE(second_storyline_is_first(true));
  EXPECT_FALSE(second_storyline_is_first(false));
}

TEST(EventClusterer, UndatedArticlesAreTakenInInputOrder) {
  EventClusterer c;
  feed_background(&c, 100, 0);
  const ClusterDecision first = c.add(meeting_report_1(0));
  const ClusterDecision second = c.add(meeting_report_2(0));
  EXPECT_EQ(second.event, first.event);
}

// A stream of stories told by several outlets over days, with repeats.
std::vector<ArticleFeatures> story_stream(uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> story(0, 39), word(0, 19), noise(0, 9999), people(0, 59);
  std::vector<ArticleFeatures> out;
  for (int i = 0; i < 600; ++i) {
    const int s = story(rng);
    std::vector<std::string> title, body, entities;
    for (int k = 0; k < 4; ++k) title.push_back(label(label("s", s).append("w").c_str(), word(rng)));
    for (int k = 0; k < 12; ++k) body.push_back(label(label("s", s).append("w").c_str(), word(rng)));
    for (int k = 0; k < 10; ++k) body.push_back(label("n", noise(rng)));
    entities.push_back(label("p", people(rng)));
    entities.push_back(label("p", s));
    ArticleFeatures f = article(label("a", i), kT0 + i * 20 * 60 + s * kHour, title, body, entities);
    if (i % 7 == 0) f.dup_group = static_cast<uint32_t>(s % 5);
    out.push_back(std::move(f));
  }
  return out;
}

TEST(EventClusterer, SameInputGivesSameOutput) {
  const std::vector<ArticleFeatures> stream = story_stream(3);
  ClusterOptions options;
  options.merge_every = 50;  // let merges happen within the stream
  options.join_threshold = 0.3;  // the synthetic stories share few words: joins need a low bar
  EventClusterer a(options), b(options);
  for (const ArticleFeatures& f : stream) {
    const ClusterDecision da = a.add(f);
    const ClusterDecision db = b.add(f);
    ASSERT_EQ(da.event, db.event) << f.id;
    ASSERT_EQ(da.storyline, db.storyline) << f.id;
    ASSERT_EQ(da.similarity, db.similarity) << f.id;
    ASSERT_EQ(da.new_event, db.new_event) << f.id;
  }
  for (size_t i = 0; i < stream.size(); ++i) {
    ASSERT_EQ(a.event_of(i), b.event_of(i));
    ASSERT_EQ(a.storyline_of_event(a.event_of(i)), b.storyline_of_event(b.event_of(i)));
  }
  EXPECT_EQ(a.stats().events_created, b.stats().events_created);
  // The stream is not trivial: it makes several events, and joins.
  EXPECT_GT(a.stats().events_created, 10u);
  EXPECT_LT(a.stats().events_created, stream.size() / 2);
}

}  // namespace
}  // namespace marsad
