#include "entity/ner_flat_map.h"

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <gtest/gtest.h>

#include "entity/ner_clusters.h"
#include "entity/ner_gazetteer.h"
#include "entity/ner_hash.h"
#include "entity/ner_text.h"

namespace marsad::ner {
namespace {

TEST(NerKeyFilter, NeverLosesAKeyAndPassesFewOthers) {
  std::mt19937_64 rng(11);
  std::vector<uint64_t> keys(50000);
  for (uint64_t& key : keys) key = mix_hash(rng(), 1);
  KeyFilter filter;
  EXPECT_TRUE(filter.may_hold(keys[0]));  // an unsized filter holds back nothing
  filter.reset(keys.size());
  for (uint64_t key : keys) filter.add(key);
  for (uint64_t key : keys) ASSERT_TRUE(filter.may_hold(key));
  size_t passed = 0;
  const size_t others = 100000;
  for (size_t i = 0; i < others; ++i) passed += filter.may_hold(mix_hash(rng(), 2));
  EXPECT_LT(passed, others / 20);  // sized at 32 bits a key: about 1%
}

// PhraseSet::match by its contract, phrase by phrase: the first word matches
// any form of a token by its normalized or article-stripped form, the other
// words match normalized.
PhraseMatches match_naively(const std::vector<std::pair<std::string, uint8_t>>& phrases,
                            const std::vector<std::string_view>& tokens) {
  const size_t n = tokens.size();
  PhraseMatches m;
  m.single.assign(n, 0);
  m.begin.assign(n, 0);
  m.inside.assign(n, 0);
  m.end.assign(n, 0);
  std::vector<WordForms> forms(n);
  for (size_t i = 0; i < n; ++i) make_word_forms(tokens[i], &forms[i]);
  for (const auto& [phrase, classes] : phrases) {
    std::vector<std::string> words;
    for (size_t at = 0; at < phrase.size();) {
      const size_t space = std::min(phrase.find(' ', at), phrase.size());
      words.push_back(normalize_arabic_word(std::string_view(phrase).substr(at, space - at)));
      at = space + 1;
    }
    const std::string first_stripped = strip_article_clitics(words[0]);
    for (size_t i = 0; i + words.size() <= n; ++i) {
      const WordForms& f = forms[i];
      bool hit = false;
      for (const std::string* form : {&f.norm, &f.article_strip, &f.all_strip}) {
        hit = hit || *form == words[0] || *form == first_stripped;
      }
      for (size_t k = 1; k < words.size() && hit; ++k) hit = forms[i + k].norm == words[k];
      if (!hit) continue;
      m.mark(i, i + words.size() - 1, classes);
    }
  }
  return m;
}

void expect_same_matches(const PhraseMatches& got, const PhraseMatches& want, const std::string& where) {
  EXPECT_EQ(got.single, want.single) << where;
  EXPECT_EQ(got.begin, want.begin) << where;
  EXPECT_EQ(got.inside, want.inside) << where;
  EXPECT_EQ(got.end, want.end) << where;
}

TEST(NerPhraseSet, MatchesLikeTheNaiveMatcherOnRandomSentences) {
  const std::vector<std::string_view> stems = {"الرباط", "باريس", "الأمم", "المتحدة", "وزارة", "الداخلية",
                                               "عبد", "الله", "مدينة", "الرئيس", "في", "من"};
  const std::vector<std::string_view> clitics = {"", "", "و", "ب", "لل", "وال"};
  std::mt19937 rng(3);
  auto pick = [&](const std::vector<std::string_view>& from) { return std::string(from[rng() % from.size()]); };
  std::vector<std::pair<std::string, uint8_t>> phrases;
  PhraseSet set;
  for (int p = 0; p < 60; ++p) {
    std::string phrase = pick(stems);
    for (int extra = rng() % 3; extra > 0; --extra) phrase.append(" ").append(pick(stems));
    const auto classes = static_cast<uint8_t>(1 << (rng() % kPhraseClassCount));
    phrases.emplace_back(phrase, classes);
    set.add(phrase, classes);
  }
  std::string bytes;
  set.write(&bytes);
  PhraseSet loaded;
  std::string_view in(bytes);
  ASSERT_TRUE(loaded.read(&in));
  EXPECT_EQ(loaded.key_count(), set.key_count());
  for (int s = 0; s < 300; ++s) {
    std::vector<std::string> words;
    for (int k = rng() % 16; k > 0; --k) words.push_back(rng() % 8 == 0 ? "كلمة" : pick(clitics) + pick(stems));
    const std::vector<std::string_view> tokens(words.begin(), words.end());
    std::vector<WordForms> forms(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) make_word_forms(tokens[i], &forms[i]);
    const PhraseMatches want = match_naively(phrases, tokens);
    expect_same_matches(set.match(forms), want, "sentence " + std::to_string(s));
    expect_same_matches(loaded.match(forms), want, "read back, sentence " + std::to_string(s));
  }
}

TEST(NerWordClusters, FindsEverySetWordAfterARoundTrip) {
  std::mt19937_64 rng(5);
  WordClusters clusters;
  std::unordered_map<uint64_t, WordCluster> reference;
  for (int i = 0; i < 5000; ++i) {
    const uint64_t key = i == 0 ? 0 : rng();
    const WordCluster c{static_cast<uint16_t>(rng() % 64), static_cast<uint16_t>(rng() % 512)};
    clusters.set(key, c);
    reference[key] = c;
  }
  std::string bytes;
  clusters.write(&bytes);
  WordClusters loaded;
  std::string_view in(bytes);
  ASSERT_TRUE(loaded.read(&in));
  EXPECT_TRUE(in.empty());
  std::string again;
  loaded.write(&again);
  EXPECT_EQ(again, bytes);  // entries are written in key order, whatever the table's order
  for (const WordClusters* c : {&clusters, &loaded}) {
    EXPECT_EQ(c->size(), reference.size());
    for (const auto& [key, want] : reference) {
      const WordCluster* got = c->find(key);
      ASSERT_NE(got, nullptr);
      EXPECT_EQ(got->coarse, want.coarse);
      EXPECT_EQ(got->fine, want.fine);
    }
    EXPECT_EQ(c->find(rng() | 1), nullptr);
  }
}

}  // namespace
}  // namespace marsad::ner
