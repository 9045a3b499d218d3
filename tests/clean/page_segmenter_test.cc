#include "clean/page_segmenter.h"

#include <gtest/gtest.h>

#include <cmath>
#include <deque>
#include <string>
#include <vector>

namespace marsad {
namespace {

BodyLine line(const std::string& text) {
  static std::deque<std::string> keep;  // BodyLine holds a view; a deque never moves its strings
  keep.push_back(text);
  size_t words = 1;
  for (char c : text) words += c == ' ';
  const bool sentence = !text.empty() && text.back() == '.';
  return {keep.back(), words, sentence};
}

const std::string kFootballA =
    "The striker scored twice as the home team won the football match in the league on Sunday "
    "evening before a large crowd of supporters.";
const std::string kFootballB =
    "The coach praised the defence and said the team would keep the same players for the next "
    "league match against the football champions.";
const std::string kFootballC =
    "Supporters of the football club filled the stadium again, and the striker scored a third goal "
    "in the league as the team moved to the top.";
const std::string kWeatherA =
    "Heavy rain and strong winds hit the coast on Monday, flooding roads and closing schools while "
    "forecasters warned of more storms during the week.";
const std::string kWeatherB =
    "The weather service said temperatures would fall sharply and snow could reach the mountain "
    "villages, where rain had already cut several roads.";

TEST(PageSegmenter, SplitsAtATitleBetweenUnrelatedStories) {
  const std::vector<BodyLine> lines = {line(kFootballA), line(kFootballB),
                                       line("Storm brings floods and snow to the coast"),
                                       line(kWeatherA), line(kWeatherB)};
  EXPECT_EQ(find_article_starts(lines, "en"), (std::vector<size_t>{2}));
}

TEST(PageSegmenter, SubheadOfTheSameStoryIsNoSplit) {
  const std::vector<BodyLine> lines = {line(kFootballA), line(kFootballB),
                                       line("Striker and coach lead the team in the league"),
                                       line(kFootballC), line(kFootballA)};
  EXPECT_EQ(find_article_starts(lines, "en"), (std::vector<size_t>{}));
}

TEST(PageSegmenter, AfterASplitTheTextBeforeATitleStartsAtTheLastSplit) {
  // The third story is about football again: compared with the whole page
  // above it, it would share the first story's terms; compared with the
  // weather story since the last split, it is new.
  const std::vector<BodyLine> lines = {
      line(kFootballA), line(kFootballB), line("Storm brings floods and snow to the coast"),
      line(kWeatherA),  line(kWeatherB),  line("Striker scores again as the team wins the league"),
      line(kFootballC), line(kFootballB)};
  EXPECT_EQ(find_article_starts(lines, "en"), (std::vector<size_t>{2, 5}));
}

TEST(PageSegmenter, TooLittleTextOnEitherSideIsNoSplit) {
  const std::vector<BodyLine> lines = {line(kFootballA),
                                       line("Storm brings floods and snow to the coast"),
                                       line(kWeatherA), line(kWeatherB)};
  EXPECT_EQ(find_article_starts(lines, "en"), (std::vector<size_t>{}));
}

TEST(PageSegmenter, ContentSimilarityIsTheCosineOfTermCounts) {
  EXPECT_DOUBLE_EQ(content_similarity("alpha alpha beta", "alpha alpha beta", "un"), 1.0);
  EXPECT_DOUBLE_EQ(content_similarity("alpha beta", "gamma delta", "un"), 0.0);
  EXPECT_DOUBLE_EQ(content_similarity("", "gamma delta", "un"), 0.0);
  // {alpha: 2, beta: 1} and {alpha: 1, gamma: 1}: 2 / sqrt(5 * 2).
  EXPECT_DOUBLE_EQ(content_similarity("alpha alpha beta", "alpha gamma", "un"), 2 / std::sqrt(10.0));
}

}  // namespace
}  // namespace marsad
