#include "describe/card_render.h"

#include <gtest/gtest.h>

#include <sstream>

namespace marsad {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(DisplayWidth, MarksAreZeroWideAndCjkTwo) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("نابل"), 4u);
  EXPECT_EQ(display_width("مُحَمَّد"), 4u);  // harakat take no column
  EXPECT_EQ(display_width("日本"), 4u);
}

TEST(WrapText, LinesFitAndKeepEveryWord) {
  const std::string text = "لقي ثلاثة أشخاص حتفهم وأصيب تسعة آخرون جراء فيضانات اجتاحت عدة مدن بولاية نابل";
  const auto lines = wrap_text(text, 20);
  ASSERT_GT(lines.size(), 1u);
  std::string rejoined;
  for (const std::string& l : lines) {
    EXPECT_LE(display_width(l), 20u) << l;
    rejoined += (rejoined.empty() ? "" : " ") + l;
  }
  EXPECT_EQ(rejoined, text);
  EXPECT_EQ(wrap_text("abcdefghij", 4), (std::vector<std::string>{"abcd", "efgh", "ij"}));
}

TEST(Bidi, DirectionOfText) {
  EXPECT_TRUE(is_rtl_text("2025 نابل"));
  EXPECT_FALSE(is_rtl_text("Nabeul نابل"));
  EXPECT_FALSE(is_rtl_text("2025"));
}

TEST(Bidi, VisualOrderReversesArabicAndKeepsNumbers) {
  // Letters of an Arabic word come out last-first; a number stays left to right.
  EXPECT_EQ(visual_order("نابل", true), "لبان");
  EXPECT_EQ(visual_order("عام 2025", true), "2025 ماع");
  // Brackets are mirrored so that they still enclose.
  EXPECT_EQ(visual_order("(ومت)", true), "(تمو)");
  EXPECT_EQ(visual_order("Nabeul", false), "Nabeul");
}

EventCard card() {
  EventCard c;
  c.event = 3;
  c.storyline = 1;
  c.headline = "ثلاثة قتلى في فيضانات بولاية نابل إثر أمطار طوفانية تهاطلت طيلة الليل على المدينة";
  c.date = "2025-10-21";
  c.date_basis = DateBasis::kText;
  c.article_count = 2;
  c.first_source = "وكالة";
  c.first_time = 1761040800;
  c.summary = {{"لقي ثلاثة أشخاص حتفهم وأصيب تسعة آخرون جراء فيضانات اجتاحت عدة مدن بولاية نابل.", "s001", 0, "وكالة"}};
  c.sources = {{"وكالة", 1, 1761040800, true}, {"ناقل", 1, 1761050000, false}};
  c.timeline = {{1761040800, "وكالة", "عنوان أول", "s001", 0, "ar"}};
  return c;
}

TEST(RenderEventCard, LinesFitTheWidthInBothModes) {
  for (BidiMode mode : {BidiMode::kLogical, BidiMode::kVisual}) {
    RenderOptions o;
    o.width = 50;
    o.bidi = mode;
    const std::string text = render_event_card(card(), o);
    for (const std::string& line : lines_of(text)) EXPECT_LE(display_width(line), 50u) << line;
    EXPECT_NE(text.find("2025-10-21"), std::string::npos);
    EXPECT_NE(text.find("2025-10-21 10:00"), std::string::npos);  // first publication, UTC
  }
}

TEST(RenderEventCard, LogicalKeepsTheTextVisualReordersAndRightAligns) {
  RenderOptions o;
  o.width = 200;
  const std::string logical = render_event_card(card(), o);
  EXPECT_NE(logical.find(card().headline), std::string::npos);
  o.bidi = BidiMode::kVisual;
  const std::string visual = render_event_card(card(), o);
  EXPECT_EQ(visual.find(card().headline), std::string::npos);
  const std::string reordered = visual_order(card().headline, true);
  const auto lines = lines_of(visual);
  bool found = false;
  for (const std::string& line : lines) {
    if (line.find(reordered) == std::string::npos) continue;
    found = true;
    EXPECT_EQ(display_width(line), 200u);  // padded so that it ends at the right edge
  }
  EXPECT_TRUE(found);
}

TEST(RenderStorylineCard, ListsEventsWithDates) {
  StorylineCard s;
  s.storyline = 1;
  s.article_count = 3;
  s.events = {{3, "فيضانات نابل", "2025-10-21", DateBasis::kText, 1, 2},
              {4, "صندوق التعويض", "2025-10-27", DateBasis::kPublished, 2, 1}};
  const std::string text = render_storyline_card(s, RenderOptions{});
  EXPECT_LT(text.find("فيضانات نابل"), text.find("صندوق التعويض"));
  EXPECT_NE(text.find("2025-10-27*"), std::string::npos);  // a publication date is starred
}

}  // namespace
}  // namespace marsad
