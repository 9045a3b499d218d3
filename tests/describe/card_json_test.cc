#include "describe/card_json.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

EventCard sample_event() {
  EventCard c;
  c.event = 12;
  c.storyline = 4;
  c.lang = "ar";
  c.headline = "ثلاثة قتلى في فيضانات نابل \"عاجل\"";
  c.headline_id = "s001";
  c.date = "2025-10-21";
  c.date_basis = DateBasis::kText;
  c.first_time = 1761040800;
  c.last_time = 1761130000;
  c.article_count = 3;
  c.summary = {{"لقي ثلاثة أشخاص حتفهم.", "s001", 0, "وكالة"}, {"Second\nline", "s034", 1, "Courrier"}};
  c.keywords = {{"نابل", "نابل", 4.5}, {"فيض", "فيضانات", 2.25}};
  c.entities = {{"PERS:تريكي", "معز التريكي", "PERS", 2}, {"LOC:نابل", "نابل", "LOC", 3}};
  c.first_source = "وكالة";
  c.sources = {{"وكالة", 1, 1761040800, true}, {"ناقل", 2, 1761050000, false}};
  c.reuse = {{"s002", "ناقل", "s001", "وكالة"}};
  c.timeline = {{1761040800, "وكالة", "عنوان", "s001", 0, "ar"}, {0, "ناقل", "", "s034", 1, "fr"}};
  return c;
}

TEST(CardJson, EventRoundTrip) {
  const EventCard card = sample_event();
  const std::string line = event_card_json(card);
  EXPECT_EQ(line.find('\n'), std::string::npos);  // one line, even with a line break inside a sentence
  EXPECT_EQ(line.rfind("{\"type\":\"event\"", 0), 0u) << line;
  ParsedCard parsed;
  ASSERT_TRUE(parse_card_line(line, "t", &parsed).ok());
  ASSERT_EQ(parsed.type, ParsedCard::Type::kEvent);
  const EventCard& back = parsed.event;
  EXPECT_EQ(back.event, 12u);
  EXPECT_EQ(back.storyline, 4u);
  EXPECT_EQ(back.headline, card.headline);
  EXPECT_EQ(back.date_basis, DateBasis::kText);
  EXPECT_EQ(back.first_time, card.first_time);
  ASSERT_EQ(back.summary.size(), 2u);
  EXPECT_EQ(back.summary[1].text, "Second\nline");
  EXPECT_EQ(back.summary[1].segment, 1);
  ASSERT_EQ(back.keywords.size(), 2u);
  EXPECT_DOUBLE_EQ(back.keywords[1].weight, 2.25);
  ASSERT_EQ(back.sources.size(), 2u);
  EXPECT_FALSE(back.sources[1].original);
  ASSERT_EQ(back.reuse.size(), 1u);
  EXPECT_EQ(back.reuse[0].from_source, "وكالة");
  ASSERT_EQ(back.timeline.size(), 2u);
  EXPECT_EQ(back.timeline[1].segment, 1);
  EXPECT_EQ(back.timeline[1].lang, "fr");
  // Writing what was read gives the same line.
  EXPECT_EQ(event_card_json(back), line);
}

TEST(CardJson, StorylineRoundTrip) {
  StorylineCard s;
  s.storyline = 4;
  s.first_time = 10;
  s.last_time = 20;
  s.article_count = 7;
  s.events = {{12, "أ", "2025-10-21", DateBasis::kText, 10, 5}, {13, "ب", "2025-10-27", DateBasis::kPublished, 20, 2}};
  const std::string line = storyline_card_json(s);
  ParsedCard parsed;
  ASSERT_TRUE(parse_card_line(line, "t", &parsed).ok());
  ASSERT_EQ(parsed.type, ParsedCard::Type::kStoryline);
  ASSERT_EQ(parsed.storyline.events.size(), 2u);
  EXPECT_EQ(parsed.storyline.events[1].date_basis, DateBasis::kPublished);
  EXPECT_EQ(parsed.storyline.events[1].article_count, 2u);
  EXPECT_EQ(storyline_card_json(parsed.storyline), line);
}

TEST(CardJson, InvalidUtf8IsWrittenAsReplacement) {
  EventCard c = sample_event();
  c.headline = std::string("bad \xC3 byte");
  const std::string line = event_card_json(c);
  ParsedCard parsed;
  ASSERT_TRUE(parse_card_line(line, "t", &parsed).ok());
  EXPECT_EQ(parsed.event.headline, "bad \xEF\xBF\xBD byte");
}

TEST(CardJson, BadLinesNameTheirPlace) {
  ParsedCard parsed;
  Status s = parse_card_line("{not json", "cards.jsonl:3", &parsed);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.where(), "cards.jsonl:3");
  EXPECT_FALSE(parse_card_line("[1,2]", "x", &parsed).ok());
  EXPECT_FALSE(parse_card_line("{\"id\":\"s001\"}", "x", &parsed).ok());
  EXPECT_FALSE(parse_card_line("{\"type\":\"article\"}", "x", &parsed).ok());
  EXPECT_FALSE(parse_card_line("{\"type\":\"event\",\"event\":\"twelve\"}", "x", &parsed).ok());
  EXPECT_FALSE(parse_card_line("{\"type\":\"event\",\"date_basis\":\"crawl\"}", "x", &parsed).ok());
  EXPECT_FALSE(parse_card_line("{\"type\":\"event\",\"summary\":{}}", "x", &parsed).ok());
  // Missing fields keep their defaults.
  ASSERT_TRUE(parse_card_line("{\"type\":\"event\",\"event\":5}", "x", &parsed).ok());
  EXPECT_EQ(parsed.event.event, 5u);
  EXPECT_TRUE(parsed.event.summary.empty());
}

}  // namespace
}  // namespace marsad
