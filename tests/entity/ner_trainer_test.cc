#include "entity/ner_trainer.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "entity/ner_corpus.h"
#include "entity/ner_model.h"

namespace marsad::ner {
namespace {

NerSentence sentence(std::vector<std::string> tokens, std::vector<std::string> tags) {
  return NerSentence{std::move(tokens), std::move(tags)};
}

std::vector<NerSentence> tiny_corpus() {
  return {
      sentence({"زار", "أحمد", "القاهرة", "."}, {"O", "B-PERS", "B-LOC", "O"}),
      sentence({"قال", "الرئيس", "سامي", "يوسف", "إن", "شركة", "نور", "تعمل", "."},
               {"O", "O", "B-PERS", "I-PERS", "O", "B-ORG", "I-ORG", "O", "O"}),
      sentence({"وصل", "يوسف", "إلى", "دمشق", "."}, {"O", "B-PERS", "O", "B-LOC", "O"}),
      sentence({"أعلنت", "شركة", "نور", "أرباحها", "في", "القاهرة", "."},
               {"O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"}),
  };
}

std::vector<std::string> tag_names(const std::vector<int>& tags) {
  std::vector<std::string> names;
  for (int t : tags) names.emplace_back(kNerTags[t]);
  return names;
}

std::vector<std::string> tag_with(const NerModel& model, const std::vector<std::string>& tokens) {
  const std::vector<std::string_view> views(tokens.begin(), tokens.end());
  return tag_names(model.tag_sentence(views));
}

NerTrainOptions exact_fit_options(DecodeMode mode) {
  NerTrainOptions options;
  options.epochs = 10;
  options.mode = mode;
  options.lexical_dropout = 0;
  options.o_penalty = 0;
  options.prune_below = 0;
  return options;
}

class NerTrainerModes : public ::testing::TestWithParam<DecodeMode> {};

TEST_P(NerTrainerModes, FitsATinyCorpus) {
  NerResources resources;
  resources.triggers = builtin_trigger_phrases();
  NerModel model;
  ASSERT_TRUE(train_ner_model(tiny_corpus(), resources, exact_fit_options(GetParam()), &model).ok());
  EXPECT_EQ(model.mode, GetParam());
  EXPECT_GT(model.weights.size(), 0u);
  for (const NerSentence& s : tiny_corpus()) EXPECT_EQ(tag_with(model, s.tokens), s.tags);
  const PhraseScorer score = evaluate_ner_model(model, tiny_corpus());
  EXPECT_DOUBLE_EQ(score.overall().f1(), 1.0);
}

INSTANTIATE_TEST_SUITE_P(Decoders, NerTrainerModes, ::testing::Values(DecodeMode::kViterbi, DecodeMode::kGreedy));

TEST(NerTrainer, TrainingIsDeterministic) {
  NerResources resources;
  NerTrainOptions options = exact_fit_options(DecodeMode::kViterbi);
  options.lexical_dropout = 0.3;  // the dropout generator is seeded too
  NerModel a, b;
  ASSERT_TRUE(train_ner_model(tiny_corpus(), resources, options, &a).ok());
  ASSERT_TRUE(train_ner_model(tiny_corpus(), resources, options, &b).ok());
  size_t same = 0;
  a.weights.for_each([&](uint64_t key, const int16_t* w) {
    const int16_t* v = b.weights.find(key);
    ASSERT_NE(v, nullptr);
    for (int k = 0; k < kNerTagCount; ++k) EXPECT_EQ(w[k], v[k]);
    ++same;
  });
  EXPECT_EQ(same, b.weights.size());
}

TEST(NerTrainer, AnEnsembleAveragesTheWeightsOfItsMembers) {
  NerResources resources;
  NerTrainOptions options = exact_fit_options(DecodeMode::kViterbi);
  options.epochs = 3;  // few epochs: members trained in other orders still differ
  options.lexical_dropout = 0.3;
  options.document_window = 0;
  options.ensemble = 1;
  NerTrainOptions second = options;
  second.seed = options.seed + kNerEnsembleSeedStep;
  NerTrainOptions both = options;
  both.ensemble = 2;
  NerModel a, b, ensemble;
  ASSERT_TRUE(train_ner_model(tiny_corpus(), resources, options, &a).ok());
  ASSERT_TRUE(train_ner_model(tiny_corpus(), resources, second, &b).ok());
  ASSERT_TRUE(train_ner_model(tiny_corpus(), resources, both, &ensemble).ok());
  auto value = [](const NerModel& m, uint64_t key, int k) {
    const int16_t* w = m.weights.find(key);
    return w ? w[k] * double(m.scale) : 0.0;
  };
  // Within the int16 quantization of the three models.
  const double tolerance = a.scale + b.scale + ensemble.scale;
  size_t members_differ = 0, checked = 0;
  auto check = [&](uint64_t key, const int16_t*) {
    for (int k = 0; k < kNerTagCount; ++k) {
      const double wa = value(a, key, k), wb = value(b, key, k);
      if (std::fabs(wa - wb) > tolerance) ++members_differ;
      EXPECT_NEAR(value(ensemble, key, k), (wa + wb) / 2, tolerance);
      ++checked;
    }
  };
  a.weights.for_each(check);
  b.weights.for_each(check);
  ensemble.weights.for_each(check);
  EXPECT_GT(checked, 0u);
  EXPECT_GT(members_differ, 0u);
}

TEST(NerTrainer, RejectsUnknownTagsAndEmptyCorpora) {
  NerResources resources;
  NerModel model;
  EXPECT_FALSE(train_ner_model({}, resources, NerTrainOptions{}, &model).ok());
  const Status s = train_ner_model({sentence({"x"}, {"B-DATE"})}, resources, NerTrainOptions{}, &model);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
}

TEST(NerModelFile, SaveLoadRoundTripTagsIdentically) {
  NerResources resources;
  resources.gazetteer.add("دمشق", kPhraseLoc);
  resources.gazetteer.add("الأمم المتحدة", kPhraseOrg);
  resources.triggers = builtin_trigger_phrases();
  WordForms forms;
  make_word_forms("سامي", &forms);
  resources.clusters.set(forms.h_article, WordCluster{2, 17});
  NerTrainOptions options;
  options.epochs = 5;
  options.document_window = 3;
  options.document_folds = 2;
  NerModel trained;
  ASSERT_TRUE(train_ner_model(tiny_corpus(), resources, options, &trained).ok());
  EXPECT_EQ(trained.doc_window, 3);
  const std::string path = ::testing::TempDir() + "/ner_roundtrip.model";
  ASSERT_TRUE(trained.save(path).ok());
  NerModel loaded;
  const Status s = NerModel::load(path, &loaded);
  ASSERT_TRUE(s.ok()) << s.to_string();
  EXPECT_EQ(loaded.mode, trained.mode);
  EXPECT_EQ(loaded.weights.size(), trained.weights.size());
  EXPECT_EQ(loaded.resources.gazetteer.key_count(), trained.resources.gazetteer.key_count());
  EXPECT_EQ(loaded.doc_window, 3);
  ASSERT_NE(loaded.resources.clusters.find(forms.h_article), nullptr);
  EXPECT_EQ(loaded.resources.clusters.find(forms.h_article)->fine, 17);
  std::vector<std::vector<std::string>> inputs;
  for (const NerSentence& x : tiny_corpus()) inputs.push_back(x.tokens);
  inputs.push_back({"التقى", "سامي", "في", "دمشق", "ممثل", "الأمم", "المتحدة", "."});
  for (const auto& tokens : inputs) EXPECT_EQ(tag_with(loaded, tokens), tag_with(trained, tokens));
  std::remove(path.c_str());
}

TEST(NerModelFile, MissingOrCorruptModelIsAClearError) {
  NerModel model;
  const Status missing = NerModel::load("/nonexistent/ner-ar.model", &model);
  EXPECT_EQ(missing.code(), Status::Code::kNotFound);
  EXPECT_NE(missing.to_string().find("marsad train-ner"), std::string::npos);

  const std::string path = ::testing::TempDir() + "/ner_corrupt.model";
  std::ofstream(path) << "marsad-ner-model 1\n\x01";
  const Status corrupt = NerModel::load(path, &model);
  EXPECT_EQ(corrupt.code(), Status::Code::kInvalidInput);
  std::ofstream(path) << "something else";
  EXPECT_EQ(NerModel::load(path, &model).code(), Status::Code::kInvalidInput);
  std::remove(path.c_str());
}

TEST(NerCorpus, ReadsAnercorpFormatAndSplits) {
  const std::string path = ::testing::TempDir() + "/ner_corpus.txt";
  std::ofstream(path) << "أعلن O\nاتحاد B-ORG\nصناعة I-ORG\n. O\n O\nفي O\nألمانيا B-LOC\n. O\n\nغدا O\n";
  std::vector<NerSentence> sentences;
  ASSERT_TRUE(read_ner_corpus(path, &sentences).ok());
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(sentences[0].tokens, (std::vector<std::string>{"أعلن", "اتحاد", "صناعة", "."}));
  EXPECT_EQ(sentences[0].tags, (std::vector<std::string>{"O", "B-ORG", "I-ORG", "O"}));
  EXPECT_EQ(sentences[1].tokens.size(), 3u);  // the empty-token line is skipped
  EXPECT_EQ(sentences[2].tokens, (std::vector<std::string>{"غدا"}));

  std::ofstream(path) << "x O\ny B-DATE\n";
  const Status bad = read_ner_corpus(path, &sentences);
  EXPECT_EQ(bad.code(), Status::Code::kInvalidInput);
  EXPECT_NE(bad.where().find(":2"), std::string::npos);
  std::remove(path.c_str());

  std::vector<NerSentence> many(25, sentence({"a"}, {"O"}));
  for (size_t i = 0; i < many.size(); ++i) many[i].tokens[0] = std::to_string(i);
  const NerCorpusSplit with_dev = split_ner_corpus(many, true);
  EXPECT_EQ(with_dev.train.size(), 21u);
  EXPECT_EQ(with_dev.dev.size(), 2u);
  ASSERT_EQ(with_dev.held_out.size(), 2u);
  EXPECT_EQ(with_dev.held_out[0].tokens[0], "23");
  const NerCorpusSplit shipped = split_ner_corpus(many, false);
  EXPECT_EQ(shipped.train.size(), 23u);
  EXPECT_TRUE(shipped.dev.empty());
  EXPECT_EQ(shipped.held_out[1].tokens[0], "24");
}

}  // namespace
}  // namespace marsad::ner
