#include "entity/ner_spans.h"

#include <gtest/gtest.h>

namespace marsad::ner {
namespace {

TEST(NerSpans, ReadsSpansFromBio) {
  const std::vector<TagSpan> spans =
      spans_from_bio({"B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-LOC", "O"});
  const std::vector<TagSpan> expected = {{"PERS", 0, 2}, {"LOC", 3, 4}, {"LOC", 4, 6}};
  EXPECT_EQ(spans, expected);
}

TEST(NerSpans, InsideWithoutBeginStartsASpan) {
  // conlleval: I-X after O, or after another type, opens an entity.
  const std::vector<TagSpan> spans = spans_from_bio({"O", "I-ORG", "I-ORG", "I-PERS", "O", "I-LOC"});
  const std::vector<TagSpan> expected = {{"ORG", 1, 3}, {"PERS", 3, 4}, {"LOC", 5, 6}};
  EXPECT_EQ(spans, expected);
}

TEST(NerSpans, TransitionsForbidInsideAfterOtherTypes) {
  EXPECT_TRUE(ner_transition_allowed(ner_tag_index("B-PERS"), ner_tag_index("I-PERS")));
  EXPECT_TRUE(ner_transition_allowed(ner_tag_index("I-PERS"), ner_tag_index("I-PERS")));
  EXPECT_FALSE(ner_transition_allowed(ner_tag_index("B-LOC"), ner_tag_index("I-PERS")));
  EXPECT_FALSE(ner_transition_allowed(ner_tag_index("O"), ner_tag_index("I-ORG")));
  EXPECT_FALSE(ner_transition_allowed(-1, ner_tag_index("I-ORG")));  // sentence start
  EXPECT_TRUE(ner_transition_allowed(-1, ner_tag_index("B-ORG")));
  EXPECT_EQ(ner_tag_index("B-MISC"), 7);
  EXPECT_EQ(ner_tag_index("B-DATE"), -1);
}

TEST(NerSpans, PhraseScoresOnAHandWorkedCase) {
  // gold: PERS[0,2) LOC[3,4) ORG[5,7)
  // pred: PERS[0,2) LOC[3,5) ORG[5,7) (I-ORG after I-LOC opens it) MISC[7,8)
  // correct: PERS and ORG. P = 2/4, R = 2/3, F1 = 2*(1/2)(2/3)/(1/2+2/3) = 4/7.
  PhraseScorer scorer;
  scorer.add({"B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O"},
             {"B-PERS", "I-PERS", "O", "B-LOC", "I-LOC", "I-ORG", "I-ORG", "B-MISC"});
  const PhraseCounts all = scorer.overall();
  EXPECT_EQ(all.gold, 3u);
  EXPECT_EQ(all.predicted, 4u);
  EXPECT_EQ(all.correct, 2u);
  EXPECT_DOUBLE_EQ(all.precision(), 0.5);
  EXPECT_DOUBLE_EQ(all.recall(), 2.0 / 3.0);
  EXPECT_NEAR(all.f1(), 4.0 / 7.0, 1e-12);

  const PhraseCounts loc = scorer.for_type("LOC");
  EXPECT_EQ(loc.gold, 1u);
  EXPECT_EQ(loc.predicted, 1u);
  EXPECT_EQ(loc.correct, 0u);
  EXPECT_DOUBLE_EQ(loc.f1(), 0.0);
  EXPECT_DOUBLE_EQ(scorer.for_type("ORG").f1(), 1.0);
  EXPECT_EQ(scorer.for_type("MISC").gold, 0u);
  EXPECT_EQ(scorer.for_type("MISC").predicted, 1u);

  // A second sentence accumulates.
  scorer.add({"B-LOC"}, {"B-LOC"});
  EXPECT_EQ(scorer.for_type("LOC").correct, 1u);
  EXPECT_EQ(scorer.overall().correct, 3u);
  EXPECT_NE(scorer.report().find("overall"), std::string::npos);
}

}  // namespace
}  // namespace marsad::ner
