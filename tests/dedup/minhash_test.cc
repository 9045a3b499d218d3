#include "dedup/minhash.h"

#include <gtest/gtest.h>

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace marsad {
namespace {

// "prefix" + number; built by appending (GCC 12 warns falsely on the operator+ form).
std::string label(const char* prefix, long n) {
  std::string s(prefix);
  s += std::to_string(n);
  return s;
}

std::vector<std::string> numbered_words(int from, int to) {
  std::vector<std::string> words;
  for (int i = from; i < to; ++i) words.push_back(label("w", i));
  return words;
}

// The set of the XXH3 hashes of the integers [from, to): like shingle hashes,
// well mixed, which the linear hash family relies on (see minhash.h).
std::vector<uint64_t> range_set(uint64_t from, uint64_t to) {
  std::vector<uint64_t> s;
  for (uint64_t i = from; i < to; ++i) s.push_back(XXH3_64bits(&i, sizeof i));
  std::sort(s.begin(), s.end());
  return s;
}

TEST(ShingleHashes, FewerWordsThanKGiveNoShingle) {
  EXPECT_TRUE(shingle_hashes(numbered_words(0, 3), 4).empty());
  EXPECT_EQ(shingle_hashes(numbered_words(0, 4), 4).size(), 1u);
}

TEST(ShingleHashes, OneShinglePerPositionSortedAndDistinct) {
  const auto s = shingle_hashes(numbered_words(0, 10), 4);
  EXPECT_EQ(s.size(), 7u);
  EXPECT_TRUE(std::is_sorted(s.begin(), s.end()));
  // A text repeated twice has the same shingles, plus the ones across the seam.
  auto twice = numbered_words(0, 10);
  const auto again = numbered_words(0, 10);
  twice.insert(twice.end(), again.begin(), again.end());
  EXPECT_EQ(shingle_hashes(twice, 4).size(), 7u + 3u);
}

TEST(ShingleHashes, ShinglesAreOrderSensitive) {
  const auto a = shingle_hashes({"a", "b", "c"}, 3);
  const auto b = shingle_hashes({"c", "b", "a"}, 3);
  EXPECT_NE(a, b);
}

TEST(Jaccard, CountsTheExactOverlap) {
  EXPECT_DOUBLE_EQ(jaccard(range_set(0, 100), range_set(50, 150)), 50.0 / 150.0);
  EXPECT_DOUBLE_EQ(jaccard(range_set(0, 100), range_set(0, 100)), 1.0);
  EXPECT_DOUBLE_EQ(jaccard(range_set(0, 10), range_set(10, 20)), 0.0);
  EXPECT_DOUBLE_EQ(jaccard({}, {}), 0.0);
  EXPECT_EQ(intersection_size(range_set(0, 100), range_set(90, 200)), 10u);
}

TEST(MinHasher, SignatureHasOneValuePerHashAndIsDeterministic) {
  MinHashParams p;
  p.num_hashes = 64;
  MinHasher h(p), h2(p);
  const auto s = range_set(0, 300);
  EXPECT_EQ(h.signature(s).size(), 64u);
  EXPECT_EQ(h.signature(s), h2.signature(s));
  EXPECT_DOUBLE_EQ(estimated_jaccard(h.signature(s), h.signature(s)), 1.0);
}

TEST(MinHasher, EmptySetsNeverLookAlike) {
  MinHasher h{MinHashParams()};
  EXPECT_DOUBLE_EQ(estimated_jaccard(h.signature({}), h.signature({})), 0.0);
  EXPECT_DOUBLE_EQ(estimated_jaccard(h.signature({}), h.signature(range_set(0, 5))), 0.0);
}

// The estimate is a mean of N Bernoulli(J) draws: its standard error is
// sqrt(J(1-J)/N), 0.035-0.044 for N = 128 at J in [0.2, 0.8]. Each case must
// fall within 4 standard errors (a correct hasher fails one such case with
// probability ~6e-5); over 8 seeds the mean must be within 4 standard errors
// of the mean (sigma / sqrt(8)), which catches a biased family.
TEST(MinHasher, EstimateIsWithinFourStandardErrorsOfExactJaccard) {
  // A = [0, 1000); B = [start, start + 1000): J = (1000 - start) / (1000 + start).
  for (const uint64_t start : {111u, 333u, 667u}) {
    const auto a = range_set(0, 1000), b = range_set(start, start + 1000);
    const double exact = jaccard(a, b);
    double sum = 0;
    const int seeds = 8;
    for (int seed = 1; seed <= seeds; ++seed) {
      MinHashParams p;
      p.seed = static_cast<uint64_t>(seed) * 7919;
      MinHasher h(p);
      const double est = estimated_jaccard(h.signature(a), h.signature(b));
      const double sigma = std::sqrt(exact * (1 - exact) / p.num_hashes);
      EXPECT_NEAR(est, exact, 4 * sigma) << "J=" << exact << " seed=" << seed;
      sum += est;
    }
    const double sigma_mean = std::sqrt(exact * (1 - exact) / 128.0 / seeds);
    EXPECT_NEAR(sum / seeds, exact, 4 * sigma_mean) << "J=" << exact;
  }
}

TEST(MinHasher, EstimateTracksShingleJaccardOfEditedText) {
  // 300 words; every 20th word replaced: with k = 4 about 4 * 15 shingles change.
  auto a = numbered_words(0, 300), b = a;
  for (size_t i = 10; i < b.size(); i += 20) b[i] = label("edited", i);
  MinHashParams p;
  MinHasher h(p);
  const auto sa = shingle_hashes(a, p.shingle_words), sb = shingle_hashes(b, p.shingle_words);
  const double exact = jaccard(sa, sb);
  EXPECT_NEAR(exact, 237.0 / 357.0, 1e-9);  // 297 shingles each, 60 of each edited
  EXPECT_NEAR(estimated_jaccard(h.signature(sa), h.signature(sb)), exact,
              4 * std::sqrt(exact * (1 - exact) / p.num_hashes));
}

TEST(ShingleHashes, ViewsHashLikeTheStringsTheyShow) {
  const std::vector<std::string> words = numbered_words(0, 40);
  const std::vector<std::string_view> views(words.begin(), words.end());
  EXPECT_EQ(shingle_hashes(views, 4), shingle_hashes(words, 4));
  EXPECT_TRUE(shingle_hashes(std::vector<std::string_view>{"a", "b"}, 4).empty());
}

TEST(MinHasher, SignatureIsTheMinimumOfEachLinearHash) {
  // Recomputed one hash function at a time from the documented formula, for
  // counts of functions that do and do not fill the four-at-a-time passes.
  for (const int num_hashes : {128, 7, 1}) {
    MinHashParams params;
    params.num_hashes = num_hashes;
    const MinHasher hasher(params);
    const std::vector<uint64_t> set = range_set(0, 57);
    const std::vector<uint64_t> sig = hasher.signature(set);
    ASSERT_EQ(sig.size(), static_cast<size_t>(num_hashes));
    // The (a_i, b_i) are not exposed; h_i's minimum is checked through its
    // defining property instead: it is the value of some shingle, and the
    // signature of a one-shingle set is that shingle's value.
    for (size_t i = 0; i < sig.size(); ++i) {
      bool attained = false;
      for (const uint64_t x : set) {
        const uint64_t value = hasher.signature({x})[i];
        EXPECT_GE(value, sig[i]);
        attained = attained || value == sig[i];
      }
      EXPECT_TRUE(attained) << "hash " << i << " of " << num_hashes;
    }
  }
}

TEST(MinHasher, VectorAndPortableLoopsGiveTheSameSignature) {
  // Shingle values at the edges of the fold (0, p - 1, p, 2^64 - 1) and
  // ordinary ones, for counts of functions around the 16, 8 and 4 per pass.
  std::vector<uint64_t> set = range_set(0, 300);
  for (const uint64_t edge : {uint64_t{0}, uint64_t{1}, MinHasher::kMersenne61 - 1, MinHasher::kMersenne61,
                              MinHasher::kMersenne61 + 1, ~uint64_t{0}}) {
    set.push_back(edge);
  }
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
  using Kernel = MinHasher::Kernel;
  bool compared = false;
  for (const Kernel kernel : {Kernel::kAvx512, Kernel::kAvx2, Kernel::kAuto}) {
    if (!MinHasher::supported(kernel)) continue;
    compared = compared || kernel != Kernel::kAuto;
    for (const int num_hashes : {128, 29, 16, 13, 8, 3}) {
      MinHashParams params;
      params.num_hashes = num_hashes;
      const MinHasher hasher(params);
      EXPECT_EQ(hasher.signature(set, kernel), hasher.signature(set, Kernel::kPortable)) << num_hashes;
      for (const uint64_t x : set) {
        EXPECT_EQ(hasher.signature({x}, kernel), hasher.signature({x}, Kernel::kPortable)) << x;
      }
    }
  }
  if (!compared) GTEST_SKIP() << "this CPU has neither AVX2 nor AVX-512F: only the portable loop runs";
}

TEST(MinHasher, AVX512AndAVX2LoopsAgreeOnRandomShingles) {
  // Random 64-bit shingles cover every bit pattern of the 32-bit halves the vector loops multiply.
  if (!MinHasher::supported(MinHasher::Kernel::kAvx512)) GTEST_SKIP() << "this CPU has no AVX-512F";
  std::mt19937_64 random(42);
  const MinHasher hasher{MinHashParams{}};
  for (int round = 0; round < 20; ++round) {
    std::vector<uint64_t> set(1 + random() % 500);
    for (uint64_t& x : set) x = random();
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    const std::vector<uint64_t> avx512 = hasher.signature(set, MinHasher::Kernel::kAvx512);
    EXPECT_EQ(avx512, hasher.signature(set, MinHasher::Kernel::kAvx2)) << round;
    EXPECT_EQ(avx512, hasher.signature(set, MinHasher::Kernel::kPortable)) << round;
  }
}

}  // namespace
}  // namespace marsad
