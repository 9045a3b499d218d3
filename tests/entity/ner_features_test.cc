#include "entity/ner_features.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace marsad::ner {
namespace {

bool has_feature(const SentenceFeatures& f, size_t token, uint64_t key) {
  const auto keys = f.at(token);
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

SentenceFeatures features_of(const NerResources& resources, std::vector<std::string_view> tokens) {
  SentenceFeatures f;
  extract_features(resources, tokens, &f);
  return f;
}

TEST(NerFeatures, GazetteerHitThroughCliticsIsAFeature) {
  NerResources resources;
  resources.gazetteer.add("الرباط", kPhraseLoc);
  const SentenceFeatures f = features_of(resources, {"وصل", "إلى", "بالرباط"});
  const uint64_t loc_hit = feature_key(FeatureTemplate::kGazSingle, kPhraseLoc);
  EXPECT_TRUE(has_feature(f, 2, loc_hit));
  EXPECT_FALSE(has_feature(f, 0, loc_hit));
  EXPECT_FALSE(has_feature(f, 2, feature_key(FeatureTemplate::kGazSingle, kPhrasePers)));
  // The neighbour sees it too.
  EXPECT_TRUE(has_feature(f, 1, feature_key(FeatureTemplate::kGazSingleNext1, kPhraseLoc)));
}

TEST(NerFeatures, MultiWordGazetteerMatchMarksEveryPositionOfTheSpan) {
  NerResources resources;
  resources.gazetteer.add("الأمم المتحدة", kPhraseOrg);
  const SentenceFeatures f = features_of(resources, {"قالت", "الامم", "المتحدة", "إن"});
  EXPECT_TRUE(has_feature(f, 1, feature_key(FeatureTemplate::kGazBegin, kPhraseOrg)));
  EXPECT_TRUE(has_feature(f, 2, feature_key(FeatureTemplate::kGazInside, kPhraseOrg)));
  EXPECT_TRUE(has_feature(f, 2, feature_key(FeatureTemplate::kGazEnd, kPhraseOrg)));
  EXPECT_FALSE(has_feature(f, 0, feature_key(FeatureTemplate::kGazBegin, kPhraseOrg)));
  EXPECT_FALSE(has_feature(f, 3, feature_key(FeatureTemplate::kGazInside, kPhraseOrg)));
  // A prefix of a listed phrase alone is no match.
  const SentenceFeatures g = features_of(resources, {"الامم", "الاوروبية"});
  EXPECT_FALSE(has_feature(g, 0, feature_key(FeatureTemplate::kGazBegin, kPhraseOrg)));
  EXPECT_FALSE(has_feature(g, 0, feature_key(FeatureTemplate::kGazSingle, kPhraseOrg)));
}

TEST(NerFeatures, TriggerWordsMarkTheFollowingToken) {
  NerResources resources;
  resources.triggers = builtin_trigger_phrases();
  const SentenceFeatures f = features_of(resources, {"والتقى", "رئيس", "الوزراء", "عزيز", "أخنوش", "وزارة", "الخارجية"});
  // "رئيس الوزراء" is a two-word title: the name after it gets the trigger.
  EXPECT_TRUE(has_feature(f, 3, feature_key(FeatureTemplate::kTriggerPrev1, kPhrasePers)));
  EXPECT_TRUE(has_feature(f, 4, feature_key(FeatureTemplate::kTriggerPrev2, kPhrasePers)));
  EXPECT_TRUE(has_feature(f, 5, feature_key(FeatureTemplate::kTriggerHere, kPhraseOrg)));
  EXPECT_TRUE(has_feature(f, 6, feature_key(FeatureTemplate::kTriggerPrev1, kPhraseOrg)));
  EXPECT_FALSE(has_feature(f, 1, feature_key(FeatureTemplate::kTriggerPrev1, kPhrasePers)));
}

TEST(NerFeatures, CliticStrippedFormIsSharedAcrossSpellings) {
  NerResources resources;
  const SentenceFeatures f = features_of(resources, {"والرئيس", "للرئيس", "رئيس"});
  const auto stripped_key = [&](size_t token) { return f.at(token)[kLexicalBegin + 2]; };
  EXPECT_EQ(stripped_key(0), feature_key(FeatureTemplate::kArticleStripped, f.word[2]));
  EXPECT_EQ(stripped_key(0), stripped_key(1));
  EXPECT_EQ(stripped_key(1), stripped_key(2));
  EXPECT_NE(f.word[0], f.word[1]);  // the normalized words themselves differ
}

TEST(NerFeatures, WordIdentityFeaturesSitInTheLexicalSlots) {
  NerResources resources;
  const SentenceFeatures f = features_of(resources, {"ماكرون"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f.at(0)[0], feature_key(FeatureTemplate::kBias, 0));
  EXPECT_EQ(f.at(0)[kLexicalBegin + 1], feature_key(FeatureTemplate::kNorm, f.word[0]));
  EXPECT_GT(f.at(0).size(), kLexicalEnd);
}

TEST(NerFeatures, ClusterFeaturesOfTheWord) {
  NerResources resources;
  WordForms forms;
  make_word_forms("ماكرون", &forms);
  resources.clusters.set(forms.h_article, WordCluster{3, 41});
  const SentenceFeatures f = features_of(resources, {"قال", "ماكرون", "إن"});
  EXPECT_TRUE(has_feature(f, 1, feature_key(FeatureTemplate::kClusterFine, 41)));
  EXPECT_TRUE(has_feature(f, 1, feature_key(FeatureTemplate::kClusterCoarse, 3)));
  EXPECT_FALSE(has_feature(f, 0, feature_key(FeatureTemplate::kClusterFine, 41)));
  // The article-stripped form finds the same cluster.
  make_word_forms("الرباط", &forms);
  resources.clusters.set(forms.h_article, WordCluster{1, 7});
  const SentenceFeatures g = features_of(resources, {"بالرباط"});
  EXPECT_TRUE(has_feature(g, 0, feature_key(FeatureTemplate::kClusterFine, 7)));
}

TEST(NerFeatures, DocumentMemoryReportsHowTheWordWasTaggedElsewhere) {
  NerResources resources;
  const SentenceFeatures first = features_of(resources, {"قال", "لفتيت", "."});
  const SentenceFeatures second = features_of(resources, {"وصل", "لفتيت", "إلى", "الرباط"});
  const int b_pers = ner_tag_index("B-PERS"), b_loc = ner_tag_index("B-LOC");
  const std::vector<int> first_tags = {0, b_pers, 0};
  const std::vector<int> second_tags = {0, 0, 0, b_loc};
  DocumentMemory memory;
  memory.add(first, first_tags, +1);
  memory.add(second, second_tags, +1);
  SentenceFeatures out;
  ASSERT_TRUE(memory.add_features(second, second_tags, &out));
  ASSERT_EQ(out.size(), second.size());
  // لفتيت was B-PERS in the other sentence: the second pass is told so.
  EXPECT_TRUE(has_feature(out, 1, feature_key(FeatureTemplate::kDocTag, b_pers)));
  EXPECT_TRUE(has_feature(out, 1, feature_key(FeatureTemplate::kDocMajority, b_pers)));
  // A token's own first-pass tag does not count: الرباط occurs once.
  EXPECT_FALSE(has_feature(out, 3, feature_key(FeatureTemplate::kDocTag, b_loc)));
  // The base features are all still there, in order.
  for (size_t i = 0; i < second.size(); ++i) {
    const auto base = second.at(i);
    ASSERT_GE(out.at(i).size(), base.size());
    EXPECT_TRUE(std::equal(base.begin(), base.end(), out.at(i).begin()));
  }
  // Once the first sentence leaves the window, nothing is left to tell.
  memory.add(first, first_tags, -1);
  EXPECT_FALSE(memory.add_features(second, second_tags, &out));
}

}  // namespace
}  // namespace marsad::ner
