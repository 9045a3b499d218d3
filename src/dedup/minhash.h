// MinHash signatures of word shingles, for estimating how much two articles'
// texts overlap without comparing the texts.
//
//   MinHashParams params;                       // k = 4 words, 128 hashes
//   MinHasher hasher(params);
//   std::vector<uint64_t> a = shingle_hashes(words_a, params.shingle_words);
//   std::vector<uint64_t> b = shingle_hashes(words_b, params.shingle_words);
//   double j = estimated_jaccard(hasher.signature(a), hasher.signature(b));
//   double exact = jaccard(a, b);               // the same quantity, exactly
//
// A shingle is a run of k consecutive words; an article is the set of its
// shingles. Each shingle is hashed once with XXH3-64; the N "permutations" are
// then derived from that one hash as h_i(x) = (a_i * x + b_i) mod (2^61 - 1),
// the universal family of Carter & Wegman, which is min-wise independent
// enough for Jaccard estimation (Broder 1997). Why this and not one-permutation
// hashing (Li et al. 2012): it is unbiased for every set size, including the
// short texts whose bins OPH leaves empty, and at news sizes (~300 shingles x
// 128 hashes) it costs 10 µs an article with AVX-512F, 22 with AVX2, 58
// portable (bench/dedup_bench.cc), less than analyzing the article. The linear family is min-wise only
// approximately: on structured input (say, an arithmetic progression of
// integers) its estimates are biased, so it must be fed well-mixed hashes,
// which is why each shingle goes through XXH3 first.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

struct MinHashParams {
  // Words per shingle. Each word edit destroys up to k shingles, so k sets how
  // fast similarity falls with edits; 4 chosen by measurement (see
  // near_duplicate_index.h).
  int shingle_words = 4;
  // Hash functions in a signature; the estimate's standard error is
  // sqrt(J(1-J)/num_hashes) <= 0.044 for 128.
  int num_hashes = 128;
  // Seed of the (a_i, b_i) coefficients; signatures are comparable only when
  // made with the same seed and num_hashes.
  uint64_t seed = 0x6d61727361640001ULL;
};

// The sorted, distinct XXH3-64 hashes of `words`' k-word shingles. Fewer than
// k words give no shingle (an empty set): too short to compare by shingles.
std::vector<uint64_t> shingle_hashes(const std::vector<std::string>& words, int k);
// The same over views (a pipeline joins title and body words without copying them).
std::vector<uint64_t> shingle_hashes(std::span<const std::string_view> words, int k);

// Exact Jaccard |A∩B| / |A∪B| of two sorted distinct sets; 0 when both empty.
double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

// |A∩B| of two sorted distinct sets.
size_t intersection_size(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

class MinHasher {
 public:
  explicit MinHasher(const MinHashParams& params);

  // The signature of a shingle set: for each i, the minimum of h_i over the
  // set. Always num_hashes values; an empty set gives all values equal to
  // kEmptySlot, which never equals a value of a non-empty set.
  std::vector<uint64_t> signature(const std::vector<uint64_t>& shingles) const;
  // The loops that compute a signature. Each gives the same values bit for
  // bit (tests compare them); kAuto takes the fastest the CPU runs: AVX-512F
  // (eight functions a vector, twice the AVX2 loop's), AVX2, else portable.
  enum class Kernel { kAuto, kAvx512, kAvx2, kPortable };
  // Whether this CPU runs `kernel` (kAuto and kPortable always).
  static bool supported(Kernel kernel);
  // The same with a chosen loop; a kernel the CPU does not run must not be asked for
  // (supported() false): it falls back to the portable loop.
  std::vector<uint64_t> signature(const std::vector<uint64_t>& shingles, Kernel kernel) const;

  const MinHashParams& params() const { return params_; }

  static constexpr uint64_t kMersenne61 = (uint64_t{1} << 61) - 1;
  static constexpr uint64_t kEmptySlot = ~uint64_t{0};

 private:
  MinHashParams params_;
  std::vector<uint64_t> mul_;  // a_i in [1, p)
  std::vector<uint64_t> add_;  // b_i in [0, p)
};

// The fraction of positions where two signatures agree: an unbiased estimate
// of the Jaccard of the sets they were made from. Signatures of different
// lengths give 0; two signatures of empty sets give 0.
double estimated_jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace marsad
