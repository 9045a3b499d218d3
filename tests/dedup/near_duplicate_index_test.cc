#include "dedup/near_duplicate_index.h"

#include <gtest/gtest.h>

#include <random>
#include <string_view>

#include "dedup/fingerprint.h"

namespace marsad {
namespace {

// "prefix" + number; built by appending (GCC 12 warns falsely on the operator+ form).
std::string label(const char* prefix, long n) {
  std::string s(prefix);
  s += std::to_string(n);
  return s;
}

using Kind = DedupDecision::Kind;

// A text of `n` words drawn from a 50,000-word vocabulary: two such texts
// share practically no 4-word shingle, so they stand for unrelated articles.
std::vector<std::string> random_text(uint32_t seed, int n) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> word(0, 49999);
  std::vector<std::string> words;
  for (int i = 0; i < n; ++i) words.push_back(label("w", word(rng)));
  return words;
}

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

TEST(NearDuplicateIndex, UnrelatedArticlesAreNewInTheirOwnGroups) {
  NearDuplicateIndex index;
  for (uint32_t i = 0; i < 50; ++i) {
    const DedupDecision d = index.add(label("a", i), "s", i, random_text(i, 300));
    EXPECT_EQ(d.kind, Kind::kNew) << i;
    EXPECT_EQ(d.group, i);
    EXPECT_TRUE(d.reused_from.empty());
    EXPECT_TRUE(d.closest.empty());
  }
  EXPECT_EQ(index.size(), 50u);
}

TEST(NearDuplicateIndex, ExactDuplicateJoinsTheOriginal) {
  NearDuplicateIndex index;
  const auto text = random_text(1, 300);
  index.add("first", "wire", 100, text);
  index.add("other", "x", 150, random_text(2, 300));
  const DedupDecision d = index.add("copy", "outlet", 200, text);
  EXPECT_EQ(d.kind, Kind::kExact);
  EXPECT_DOUBLE_EQ(d.similarity, 1.0);
  EXPECT_EQ(d.group, 0u);
  EXPECT_EQ(d.reused_from, "first");
  EXPECT_EQ(d.closest, "first");
  EXPECT_EQ(index.group_of("copy"), index.group_of("first"));
  EXPECT_NE(index.group_of("other"), index.group_of("first"));
}

TEST(NearDuplicateIndex, CopyWithAFewWordEditsIsNear) {
  NearDuplicateIndex index;
  const auto text = random_text(3, 300);
  auto edited = text;
  for (size_t i : {17u, 120u, 250u}) edited[i] = "changed";
  index.add("orig", "wire", 1, text);
  const DedupDecision d = index.add("edit", "outlet", 2, edited);
  EXPECT_EQ(d.kind, Kind::kNear);
  // 3 isolated edits change 4 shingles each out of 297: J = 285 / 309.
  EXPECT_NEAR(d.similarity, 285.0 / 309.0, 1e-9);
  EXPECT_EQ(d.reused_from, "orig");
  EXPECT_EQ(d.group, 0u);
}

TEST(NearDuplicateIndex, HeavilyRewrittenTextIsNotNear) {
  NearDuplicateIndex index;
  const auto text = random_text(4, 300);
  auto edited = text;
  for (size_t i = 0; i < edited.size(); i += 4) edited[i] = label("x", i);  // every shingle hit
  index.add("orig", "wire", 1, text);
  EXPECT_EQ(index.add("rewrite", "outlet", 2, edited).kind, Kind::kNew);
}

TEST(NearDuplicateIndex, ArticleWithOneExtraParagraphIsContained) {
  NearDuplicateIndex index;
  const auto wire = random_text(5, 300);
  index.add("wire", "agency", 1, wire);
  const DedupDecision d = index.add("wire+para", "outlet", 2, concat(wire, random_text(6, 60)));
  EXPECT_EQ(d.kind, Kind::kContained);
  EXPECT_DOUBLE_EQ(d.similarity, 1.0);  // all of the wire's shingles are inside
  EXPECT_EQ(d.reused_from, "wire");
}

TEST(NearDuplicateIndex, ShorterLaterVersionIsContainedToo) {
  NearDuplicateIndex index;
  const auto wire = random_text(7, 300);
  index.add("long", "outlet", 1, concat(random_text(8, 80), wire));
  const DedupDecision d = index.add("short", "agency", 2, wire);
  EXPECT_EQ(d.kind, Kind::kContained);
  EXPECT_EQ(d.reused_from, "long");  // provenance follows time, not length
}

TEST(NearDuplicateIndex, ShortTextsNeverMatch) {
  NearDuplicateIndex index;
  const auto article = random_text(9, 300);
  index.add("article", "s", 1, article);
  // Fewer than k words: no shingle at all.
  const std::vector<std::string> tiny(article.begin(), article.begin() + 3);
  EXPECT_EQ(index.add("tiny", "s", 2, tiny).kind, Kind::kNew);
  EXPECT_EQ(index.add("tiny-again", "s", 3, tiny).kind, Kind::kNew);
  // A sentence lifted from the article, too short to call reuse.
  const std::vector<std::string> phrase(article.begin() + 50, article.begin() + 60);
  EXPECT_EQ(index.add("phrase", "s", 4, phrase).kind, Kind::kNew);
  EXPECT_EQ(index.add("phrase-again", "s", 5, phrase).kind, Kind::kNew);
  // And a later long article is not matched to the short ones.
  const DedupDecision d = index.add("copy", "s", 6, article);
  EXPECT_EQ(d.kind, Kind::kExact);
  EXPECT_EQ(d.reused_from, "article");
  EXPECT_NE(index.group_of("tiny"), index.group_of("tiny-again"));
  EXPECT_NE(index.group_of("phrase"), index.group_of("article"));
}

TEST(NearDuplicateIndex, BridgingArticleMergesGroupsUnderTheEarliestOriginal) {
  NearDuplicateIndex index;
  const auto a = random_text(10, 150), b = random_text(11, 150);
  auto a_edit = a;
  a_edit[70] = "changed";
  index.add("A", "s1", 10, a);                   // group 0
  index.add("B", "s2", 20, b);                   // group 1
  index.add("A2", "s3", 25, a_edit);             // near A, group 0
  const DedupDecision d = index.add("AB", "s4", 30, concat(a, b));
  EXPECT_EQ(d.kind, Kind::kContained);
  EXPECT_EQ(d.group, 0u);
  EXPECT_EQ(d.reused_from, "A");
  EXPECT_EQ(d.merged_groups, std::vector<uint32_t>{1u});
  for (const char* id : {"A", "B", "A2", "AB"}) {
    EXPECT_EQ(index.group_of(id), std::optional<uint32_t>(0u)) << id;
    EXPECT_EQ(index.original_of(id), "A") << id;
  }
  EXPECT_EQ(index.group_of("nobody"), std::nullopt);
  EXPECT_EQ(index.original_of("nobody"), "");
}

TEST(NearDuplicateIndex, OriginalIsTheEarliestEvenWhenAddedLater) {
  NearDuplicateIndex index;
  const auto a = random_text(12, 150), b = random_text(13, 150);
  index.add("A", "s1", 10, a);
  index.add("B", "s2", 5, b);  // arrived late, but published before A
  const DedupDecision d = index.add("AB", "s3", 30, concat(a, b));
  EXPECT_EQ(d.group, 1u);
  EXPECT_EQ(d.reused_from, "B");
  EXPECT_EQ(d.merged_groups, std::vector<uint32_t>{0u});
  EXPECT_EQ(index.original_of("A"), "B");
}

TEST(NearDuplicateIndex, LaterCopiesAllPointToTheFirst) {
  NearDuplicateIndex index;
  const auto text = random_text(14, 300);
  index.add("t1", "a", 1, text);
  for (int i = 2; i <= 6; ++i) {
    auto copy = text;
    copy[static_cast<size_t>(i * 40)] = label("edit", i);
    const DedupDecision d = index.add(label("t", i), "s", i, copy);
    EXPECT_EQ(d.kind, Kind::kNear);
    EXPECT_EQ(d.reused_from, "t1");
  }
}

TEST(NearDuplicateIndex, EstimateOnlyModeStillFindsCopies) {
  NearDuplicateParams p;
  p.exact_verification = false;
  NearDuplicateIndex index(p);
  const auto text = random_text(15, 300);
  auto edited = text;
  edited[100] = "changed";
  index.add("orig", "s", 1, text);
  const DedupDecision d = index.add("edit", "s", 2, edited);
  EXPECT_EQ(d.kind, Kind::kNear);
  EXPECT_NEAR(d.similarity, 293.0 / 301.0, 4 * std::sqrt(0.03 / 128));
  EXPECT_EQ(index.add("other", "s", 3, random_text(16, 300)).kind, Kind::kNew);
}

TEST(NearDuplicateParams, ValidateNamesTheBadParameter) {
  NearDuplicateParams p;
  EXPECT_TRUE(p.validate().ok());
  p.bands = 50;  // 50 * 3 > 128
  EXPECT_FALSE(p.validate().ok());
  EXPECT_NE(p.validate().what().find("bands * rows"), std::string::npos);
  EXPECT_THROW(NearDuplicateIndex{p}, std::invalid_argument);
}

TEST(NearDuplicateIndex, SketchedAddDecidesAsAddWithWords) {
  // Exact copies, near copies, contained texts, short texts and unrelated
  // ones, through both entry points: every decision must be the same.
  std::vector<std::vector<std::string>> texts;
  for (uint32_t i = 0; i < 12; ++i) texts.push_back(random_text(i, 200 + 20 * i));
  texts.push_back(texts[0]);                                // exact
  std::vector<std::string> edited = texts[1];
  for (size_t i = 0; i < edited.size(); i += 40) edited[i] = "edit";
  texts.push_back(edited);                                  // near
  texts.push_back(concat(texts[2], random_text(99, 60)));   // contained
  texts.push_back(random_text(100, 5));                     // short
  NearDuplicateIndex by_words, by_sketch;
  for (size_t i = 0; i < texts.size(); ++i) {
    const std::vector<std::string_view> views(texts[i].begin(), texts[i].end());
    const DedupDecision a = by_words.add(label("a", i), "s", i, texts[i]);
    const DedupDecision b = by_sketch.add(label("a", i), "s", i, by_sketch.sketch(views, i % 2 == 0));
    EXPECT_EQ(a.kind, b.kind) << i;
    EXPECT_EQ(a.group, b.group) << i;
    EXPECT_DOUBLE_EQ(a.similarity, b.similarity) << i;
    EXPECT_EQ(a.closest, b.closest) << i;
  }
  EXPECT_EQ(by_sketch.original_of("a12"), "a0");
  EXPECT_EQ(by_sketch.original_of("a14"), "a2");
}

TEST(NearDuplicateIndex, SketchOfAShortTextHasOnlyItsShingles) {
  NearDuplicateIndex index;
  const std::vector<std::string> words = random_text(3, 8);  // 5 shingles < min_shingles
  const DedupSketch s = index.sketch(std::vector<std::string_view>(words.begin(), words.end()));
  EXPECT_EQ(s.shingles.size(), 5u);
  EXPECT_TRUE(s.signature.empty());
  const std::vector<std::string> longer = random_text(4, 40);
  const DedupSketch t = index.sketch(std::vector<std::string_view>(longer.begin(), longer.end()));
  EXPECT_EQ(t.signature.size(), 128u);
  EXPECT_EQ(t.fingerprint, exact_fingerprint(longer));
}

}  // namespace
}  // namespace marsad
