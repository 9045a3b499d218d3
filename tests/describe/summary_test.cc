#include "describe/summary.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "describe/card_text.h"
#include "describe/event_text.h"
#include "describe/term_statistics.h"

namespace marsad {
namespace {

TEST(SummaryCandidate, ASentenceEndingInAColonIsNone) {
  const std::string lead = "وأوضح المتحدث باسم الوزارة أن الإصابات الجديدة توزعت على المناطق";
  EXPECT_TRUE(summary_candidate(lead + ".", 11));
  EXPECT_FALSE(summary_candidate(lead + " على النحو التالي:", 14));
  EXPECT_FALSE(summary_candidate(lead + " كالتالي :  ", 12));
  EXPECT_FALSE(summary_candidate(lead + "：", 11));
  // The quote it opens may be left on it.
  EXPECT_FALSE(summary_candidate(lead + ": «", 11));
  EXPECT_FALSE(summary_candidate(lead + ":\"", 11));
  // A colon inside the sentence introduces what the sentence itself says.
  EXPECT_TRUE(summary_candidate("وقال المتحدث باسم الوزارة: إن الإصابات الجديدة توزعت على المناطق.", 12));
}

CardArticle report(std::string id, std::string source, std::string title, std::vector<std::string> paragraphs) {
  CardArticle a;
  a.id = std::move(id);
  a.source = std::move(source);
  a.lang = "ar";
  a.title = std::move(title);
  a.paragraphs = std::move(paragraphs);
  return a;
}

// An event of two reports whose lead tells the fact and ends in `lead_end`.
std::vector<CardArticle> reports(const std::string& lead_end) {
  std::string lead = "أعلنت وزارة الصحة تسجيل خمس إصابات جديدة بفيروس كورونا في الرياض وتوزعت الإصابات الجديدة";
  lead += lead_end;
  std::vector<CardArticle> articles;
  articles.push_back(report("a", "صحيفة الرياض", "خمس إصابات جديدة بفيروس كورونا في الرياض",
                            {lead, "ثلاث حالات لمواطنين في مستشفى الملك فهد، وحالتان لمقيمين في مستشفى الشميسي."}));
  articles.push_back(report("b", "صحيفة عكاظ", "كورونا يصيب خمسة في الرياض",
                            {"قالت الوزارة إن المصابين الخمسة في الرياض يتلقون العلاج وحالتهم مستقرة بحسب الأطباء."}));
  return articles;
}

// The summary's sentences for the event that reports(lead_end) makes.
std::vector<std::string> summary_of(const std::string& lead_end) {
  const std::vector<CardArticle> articles = reports(lead_end);
  const std::vector<const CardArticle*> pointers = {&articles[0], &articles[1]};
  DocumentFrequencies frequencies;
  TermExtractor extractor;
  const EventText text(pointers, "ar", extractor, frequencies);
  std::vector<std::string> picked;
  for (size_t i : select_summary(text)) picked.push_back(text.sentences()[i].text);
  return picked;
}

TEST(SelectSummary, TheLeadIsLeftOutWhenItEndsInAColon) {
  const std::vector<std::string> closed = summary_of(" على المستشفيات.");
  ASSERT_FALSE(closed.empty());
  EXPECT_EQ(closed[0].rfind("أعلنت وزارة الصحة", 0), 0u) << "the lead is the most central sentence";

  const std::vector<std::string> opened = summary_of(" على النحو التالي:");
  ASSERT_FALSE(opened.empty());
  for (const std::string& sentence : opened) {
    EXPECT_EQ(sentence.find("التالي:"), std::string::npos) << sentence;
  }
}

}  // namespace
}  // namespace marsad
