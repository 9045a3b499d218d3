#include "entity/ner_compiled_model.h"

#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "entity/ner_corpus.h"
#include "entity/ner_trainer.h"

namespace marsad::ner {
namespace {

const std::string kShippedModel = std::string(MARSAD_SOURCE_DIR) + "/data/models/ner-ar.model";
const std::string kAnercorp = std::string(MARSAD_SHARED_DIR) + "/corpus/anercorp/anercorp-train.txt";

// A document as flat tokens and sentence ends.
struct Document {
  std::vector<std::string> tokens;
  std::vector<size_t> ends;
  std::vector<std::string_view> views() const { return {tokens.begin(), tokens.end()}; }
};

Document document_of(const std::vector<NerSentence>& sentences) {
  Document d;
  for (const NerSentence& s : sentences) {
    d.tokens.insert(d.tokens.end(), s.tokens.begin(), s.tokens.end());
    d.ends.push_back(d.tokens.size());
  }
  return d;
}

// The reference: extract_features per sentence, then NerModel::tag_document.
std::vector<int> reference_tags(const NerModel& model, const Document& d) {
  const std::vector<std::string_view> views = d.views();
  std::vector<SentenceFeatures> features(d.ends.size());
  size_t first = 0;
  for (size_t s = 0; s < d.ends.size(); ++s) {
    extract_features(model.resources, std::span(views.data() + first, d.ends[s] - first), &features[s]);
    first = d.ends[s];
  }
  std::vector<std::vector<int>> by_sentence;
  model.tag_document(features, &by_sentence);
  std::vector<int> tags;
  for (const auto& t : by_sentence) tags.insert(tags.end(), t.begin(), t.end());
  return tags;
}

std::vector<int> compiled_tags(const CompiledNerModel& compiled, const Document& d) {
  std::vector<int> tags;
  compiled.tag_document(d.views(), d.ends, &tags);
  return tags;
}

NerSentence sentence(std::vector<std::string> tokens, std::vector<std::string> tags) {
  return NerSentence{std::move(tokens), std::move(tags)};
}

std::vector<NerSentence> tiny_corpus() {
  return {
      sentence({"قال", "الرئيس", "سامي", "يوسف", "إن", "شركة", "نور", "تعمل", "."},
               {"O", "O", "B-PERS", "I-PERS", "O", "B-ORG", "I-ORG", "O", "O"}),
      sentence({"وصل", "يوسف", "إلى", "دمشق", "."}, {"O", "B-PERS", "O", "B-LOC", "O"}),
      sentence({"أعلنت", "شركة", "نور", "أرباحها", "في", "القاهرة", "."},
               {"O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"}),
      sentence({"زار", "سامي", "القاهرة", "ثم", "دمشق", "."}, {"O", "B-PERS", "B-LOC", "O", "B-LOC", "O"}),
  };
}

std::shared_ptr<const NerModel> tiny_model(int document_window, double o_penalty) {
  NerTrainOptions options;
  options.epochs = 6;
  options.document_window = document_window;
  options.document_folds = 2;
  options.o_penalty = o_penalty;
  auto model = std::make_shared<NerModel>();
  NerResources resources;
  resources.triggers = builtin_trigger_phrases();
  resources.gazetteer.add("دمشق", kPhraseLoc);
  EXPECT_TRUE(train_ner_model(tiny_corpus(), resources, options, model.get()).ok());
  return model;
}

TEST(NerTransitions, TableMatchesTheRule) {
  for (int prev = 0; prev <= kNerTagCount; ++prev) {
    for (int cur = 0; cur < kNerTagCount; ++cur) {
      const int asked = prev == kNerTagCount ? kStartTag : prev;
      EXPECT_EQ(kTransitionAllowed[prev][cur], ner_transition_allowed(asked, cur)) << prev << " " << cur;
    }
  }
}

TEST(NerCompiledModel, TagsTheShippedModelLikeTheReferenceOnAnercorp) {
  if (!std::ifstream(kShippedModel).good()) GTEST_SKIP() << "no shipped model at " << kShippedModel;
  if (!std::ifstream(kAnercorp).good()) GTEST_SKIP() << "no ANERcorp at " << kAnercorp;
  auto model = std::make_shared<NerModel>();
  ASSERT_TRUE(NerModel::load(kShippedModel, model.get()).ok());
  std::vector<NerSentence> sentences;
  ASSERT_TRUE(read_ner_corpus(kAnercorp, &sentences).ok());
  sentences.resize(std::min<size_t>(sentences.size(), 600));
  const Document d = document_of(sentences);
  const std::vector<int> expected = reference_tags(*model, d);
  size_t named = 0;
  for (int t : expected) named += t != 0;
  ASSERT_GT(named, 100u);  // a real test: the document has names

  const CompiledNerModel compiled(model);
  EXPECT_EQ(compiled_tags(compiled, d), expected);  // words computed
  EXPECT_EQ(compiled_tags(compiled, d), expected);  // words from the cache
}

TEST(NerCompiledModel, LongTokensAndModelsSharingAThread) {
  const std::shared_ptr<const NerModel> a = tiny_model(3, 0);
  const std::shared_ptr<const NerModel> b = tiny_model(0, 2);
  const std::string long_word(60, 'x');  // longer than a cache entry holds
  Document d = document_of(tiny_corpus());
  d.tokens.insert(d.tokens.begin() + 1, long_word);
  for (size_t& end : d.ends) ++end;
  const std::vector<int> expected_a = reference_tags(*a, d);
  const std::vector<int> expected_b = reference_tags(*b, d);
  const CompiledNerModel compiled_a(a), compiled_b(b);
  // Alternating models on one thread: each must see its own cached words.
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(compiled_tags(compiled_a, d), expected_a);
    EXPECT_EQ(compiled_tags(compiled_b, d), expected_b);
  }
}

TEST(NerCompiledModel, ThreadsTagAlike) {
  const std::shared_ptr<const NerModel> model = tiny_model(3, 0);
  const CompiledNerModel compiled(model);
  const Document d = document_of(tiny_corpus());
  const std::vector<int> expected = reference_tags(*model, d);
  std::vector<std::vector<int>> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results) {
    threads.emplace_back([&compiled, &d, &r] {
      for (int i = 0; i < 50; ++i) r = compiled_tags(compiled, d);
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

TEST(NerCompiledModel, EmptyDocument) {
  const CompiledNerModel compiled(tiny_model(3, 0));
  std::vector<int> tags = {1, 2};
  compiled.tag_document({}, {}, &tags);
  EXPECT_TRUE(tags.empty());
}

}  // namespace
}  // namespace marsad::ner
