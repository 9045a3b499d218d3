#include "entity/ner_tagger.h"

#include <cstdlib>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "entity/ner_trainer.h"

namespace marsad {
namespace {

const std::string kShippedModel = std::string(MARSAD_SOURCE_DIR) + "/data/models/ner-ar.model";

bool file_exists(const std::string& path) { return std::ifstream(path).good(); }

const EntitySpan* find_entity(const std::vector<EntitySpan>& entities, const std::string& type,
                              const std::string& text) {
  for (const EntitySpan& e : entities) {
    if (e.type == type && e.text == text) return &e;
  }
  return nullptr;
}

TEST(NerTagger, ShippedModelFindsAPersonAndAPlace) {
  if (!file_exists(kShippedModel)) GTEST_SKIP() << "no shipped model at " << kShippedModel;
  NerTagger tagger;
  const Status s = NerTagger::load(kShippedModel, &tagger);
  ASSERT_TRUE(s.ok()) << s.to_string();
  const std::string text = "التقى الرئيس الفرنسي إيمانويل ماكرون الملك محمد السادس في الرباط";
  const std::vector<EntitySpan> entities = tagger.tag(text);
  for (const EntitySpan& e : entities) {
    EXPECT_EQ(text.substr(e.begin, e.end - e.begin), e.text);
  }
  const EntitySpan* place = find_entity(entities, "LOC", "الرباط");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->begin, text.find("الرباط"));
  EXPECT_EQ(place->end, text.size());
  const EntitySpan* person = find_entity(entities, "PERS", "إيمانويل ماكرون");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->begin, text.find("إيمانويل"));
  EXPECT_EQ(find_entity(entities, "PERS", "الرئيس الفرنسي"), nullptr);
}

TEST(NerTagger, ShippedModelTagsTokens) {
  if (!file_exists(kShippedModel)) GTEST_SKIP() << "no shipped model at " << kShippedModel;
  NerTagger tagger;
  ASSERT_TRUE(NerTagger::load(kShippedModel, &tagger).ok());
  const std::vector<std::string> tokens = {"وصل", "الوفد", "إلى", "القاهرة", "."};
  const std::vector<std::string> tags = tagger.tag_tokens(tokens);
  ASSERT_EQ(tags.size(), tokens.size());
  EXPECT_EQ(tags[3], "B-LOC");
  EXPECT_EQ(tags[4], "O");
}

TEST(NerTagger, MissingModelSaysToTrain) {
  NerTagger tagger;
  const Status s = NerTagger::load("/nonexistent/models/ner-ar.model", &tagger);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.to_string().find("marsad train-ner"), std::string::npos);
  EXPECT_FALSE(tagger.loaded());
  EXPECT_TRUE(tagger.tag("الرباط").empty());
}

TEST(NerTagger, SpansCarryByteOffsetsAcrossSentences) {
  // A model trained on a tiny corpus, so the test does not depend on the shipped one.
  std::vector<ner::NerSentence> corpus = {
      {{"زار", "سامي", "يوسف", "دمشق", "."}, {"O", "B-PERS", "I-PERS", "B-LOC", "O"}},
      {{"وصل", "سامي", "يوسف", "إلى", "دمشق", "."}, {"O", "B-PERS", "I-PERS", "O", "B-LOC", "O"}},
  };
  ner::NerTrainOptions options;
  options.epochs = 5;
  options.lexical_dropout = 0;
  options.o_penalty = 0;
  ner::NerModel model;
  ASSERT_TRUE(ner::train_ner_model(corpus, ner::NerResources{}, options, &model).ok());
  const NerTagger tagger = NerTagger::from_model(std::move(model));
  const std::string text = "زار سامي يوسف دمشق.\nوصل سامي يوسف إلى دمشق.";
  const std::vector<EntitySpan> entities = tagger.tag(text);
  ASSERT_EQ(entities.size(), 4u);
  EXPECT_EQ(entities[0].type, "PERS");
  EXPECT_EQ(entities[0].text, "سامي يوسف");
  EXPECT_EQ(entities[0].begin, text.find("سامي"));
  EXPECT_EQ(entities[1].type, "LOC");
  EXPECT_EQ(entities[1].end, text.find("."));
  EXPECT_EQ(entities[3].begin, text.rfind("دمشق"));
  EXPECT_EQ(entities[3].end, text.rfind("."));
}

TEST(NerTagger, DefaultModelPathFollowsTheDataDirEnvironment) {
  const char* before = std::getenv("MARSAD_DATA_DIR");
  const std::string saved = before ? before : "";
  setenv("MARSAD_DATA_DIR", "/srv/marsad-data", 1);
  EXPECT_EQ(NerTagger::default_model_path(), "/srv/marsad-data/models/ner-ar.model");
  if (before) setenv("MARSAD_DATA_DIR", saved.c_str(), 1);
  else unsetenv("MARSAD_DATA_DIR");
}

TEST(NerTagger, DocumentTaggingMatchesTokenTagging) {
  if (!file_exists(kShippedModel)) GTEST_SKIP() << "no shipped model at " << kShippedModel;
  NerTagger tagger;
  ASSERT_TRUE(NerTagger::load(kShippedModel, &tagger).ok());
  const std::vector<std::vector<std::string>> sentences = {
      {"قال", "وزير", "الخارجية", "فؤاد", "حسين", "إن", "بغداد", "ترحب", "."},
      {"وأضاف", "حسين", "أن", "الوفد", "سيزور", "القاهرة", "."}};
  const std::vector<std::vector<std::string>> by_sentence = tagger.tag_document(sentences);
  ASSERT_EQ(by_sentence.size(), 2u);
  std::vector<std::string> flat, joined;
  for (size_t s = 0; s < sentences.size(); ++s) {
    ASSERT_EQ(by_sentence[s].size(), sentences[s].size());
    flat.insert(flat.end(), by_sentence[s].begin(), by_sentence[s].end());
    joined.insert(joined.end(), sentences[s].begin(), sentences[s].end());
  }
  // The same document, given as one token list split at ".", is tagged the same.
  EXPECT_EQ(tagger.tag_tokens(joined), flat);
  EXPECT_EQ(by_sentence[1][5], "B-LOC");
}

}  // namespace
}  // namespace marsad
