#include "dedup/minhash.h"

// GCC 12's AVX-512 headers make "undefined" vectors by self-initialization, which
// its own -Wuninitialized then reports (GCC bug 105593) at the header's lines.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>
#pragma GCC diagnostic pop
#include <xxhash.h>

#include <algorithm>

namespace marsad {
namespace {

constexpr uint64_t kP = MinHasher::kMersenne61;

// x mod (2^61 - 1) for x < 2^122, by folding the high bits (Mersenne prime).
inline uint64_t mod_mersenne(unsigned __int128 x) {
  uint64_t r = static_cast<uint64_t>(x & kP) + static_cast<uint64_t>(x >> 61);
  r = (r & kP) + (r >> 61);
  return r >= kP ? r - kP : r;
}

inline uint64_t splitmix64(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// Eight hash functions (two AVX2 vectors of four) over all shingles: the
// minima of (a_i x + b_i) mod p for i in [0, 8), into least[0..8). AVX2 has
// no 64x64-bit multiply, so a x is assembled from four 32x32-bit products and
// folded mod p with 2^61 = 1 and 2^64 = 8 (mod p); the result is fully
// reduced, so the values are those of the scalar loop, bit for bit.
__attribute__((target("avx2"))) void min_hashes_avx2(const uint64_t* a, const uint64_t* b, const uint64_t* xs,
                                                     size_t count, uint64_t* least) {
  const __m256i p = _mm256_set1_epi64x(static_cast<long long>(kP));
  const __m256i low29 = _mm256_set1_epi64x((1LL << 29) - 1);
  const __m256i a_lo[2] = {_mm256_loadu_si256(reinterpret_cast<const __m256i*>(a)),
                           _mm256_loadu_si256(reinterpret_cast<const __m256i*>(a + 4))};
  const __m256i a_hi[2] = {_mm256_srli_epi64(a_lo[0], 32), _mm256_srli_epi64(a_lo[1], 32)};
  const __m256i add[2] = {_mm256_loadu_si256(reinterpret_cast<const __m256i*>(b)),
                          _mm256_loadu_si256(reinterpret_cast<const __m256i*>(b + 4))};
  __m256i best[2] = {p, p};
  for (size_t j = 0; j < count; ++j) {
    const __m256i x_lo = _mm256_set1_epi64x(static_cast<long long>(xs[j]));  // mul_epu32 reads the low half
    const __m256i x_hi = _mm256_srli_epi64(x_lo, 32);
    for (int v = 0; v < 2; ++v) {
      const __m256i p00 = _mm256_mul_epu32(a_lo[v], x_lo);  // < 2^64
      const __m256i p11 = _mm256_mul_epu32(a_hi[v], x_hi);  // < 2^58
      const __m256i mid = _mm256_add_epi64(_mm256_mul_epu32(a_hi[v], x_lo), _mm256_mul_epu32(a_lo[v], x_hi));
      // mid 2^32 = (mid >> 29) 2^61 + (mid & (2^29 - 1)) 2^32 = (mid >> 29) + ((mid & (2^29 - 1)) << 32).
      __m256i sum = _mm256_slli_epi64(p11, 3);  // p11 2^64 = 8 p11
      sum = _mm256_add_epi64(sum, _mm256_srli_epi64(mid, 29));
      sum = _mm256_add_epi64(sum, _mm256_slli_epi64(_mm256_and_si256(mid, low29), 32));
      sum = _mm256_add_epi64(sum, _mm256_and_si256(p00, p));
      sum = _mm256_add_epi64(sum, _mm256_srli_epi64(p00, 61));
      sum = _mm256_add_epi64(sum, add[v]);  // < 2^63 + 2^34
      __m256i r = _mm256_add_epi64(_mm256_and_si256(sum, p), _mm256_srli_epi64(sum, 61));  // < 2^61 + 5
      const __m256i over = _mm256_cmpgt_epi64(r, _mm256_sub_epi64(p, _mm256_set1_epi64x(1)));  // r >= p
      r = _mm256_sub_epi64(r, _mm256_and_si256(over, p));
      best[v] = _mm256_blendv_epi8(best[v], r, _mm256_cmpgt_epi64(best[v], r));
    }
  }
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(least), best[0]);
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(least + 4), best[1]);
}

// The AVX2 loop's arithmetic on eight lanes, over 16 hash functions (two
// vectors) a pass. AVX-512F has unsigned 64-bit compares and minima: a
// reduced r >= p is r - p, and r - p wraps to above 2^63 when r < p, so the
// reduction is min(r, r - p) and the running minimum one min, where AVX2
// needs a signed compare and a blend for each.
__attribute__((target("avx512f"))) void min_hashes_avx512(const uint64_t* a, const uint64_t* b,
                                                           const uint64_t* xs, size_t count, uint64_t* least) {
  constexpr int kVectors = 2;
  const __m512i p = _mm512_set1_epi64(static_cast<long long>(kP));
  const __m512i low29 = _mm512_set1_epi64((1LL << 29) - 1);
  __m512i a_lo[kVectors], a_hi[kVectors], add[kVectors], best[kVectors];
  for (int v = 0; v < kVectors; ++v) {
    a_lo[v] = _mm512_loadu_si512(a + 8 * v);
    a_hi[v] = _mm512_srli_epi64(a_lo[v], 32);
    add[v] = _mm512_loadu_si512(b + 8 * v);
    best[v] = p;
  }
  for (size_t j = 0; j < count; ++j) {
    const __m512i x_lo = _mm512_set1_epi64(static_cast<long long>(xs[j]));  // mul_epu32 reads the low half
    const __m512i x_hi = _mm512_srli_epi64(x_lo, 32);
    for (int v = 0; v < kVectors; ++v) {
      const __m512i p00 = _mm512_mul_epu32(a_lo[v], x_lo);
      const __m512i p11 = _mm512_mul_epu32(a_hi[v], x_hi);
      const __m512i mid = _mm512_add_epi64(_mm512_mul_epu32(a_hi[v], x_lo), _mm512_mul_epu32(a_lo[v], x_hi));
      __m512i sum = _mm512_slli_epi64(p11, 3);
      sum = _mm512_add_epi64(sum, _mm512_srli_epi64(mid, 29));
      sum = _mm512_add_epi64(sum, _mm512_slli_epi64(_mm512_and_si512(mid, low29), 32));
      sum = _mm512_add_epi64(sum, _mm512_and_si512(p00, p));
      sum = _mm512_add_epi64(sum, _mm512_srli_epi64(p00, 61));
      sum = _mm512_add_epi64(sum, add[v]);
      __m512i r = _mm512_add_epi64(_mm512_and_si512(sum, p), _mm512_srli_epi64(sum, 61));
      r = _mm512_min_epu64(r, _mm512_sub_epi64(r, p));
      best[v] = _mm512_min_epu64(best[v], r);
    }
  }
  for (int v = 0; v < kVectors; ++v) _mm512_storeu_si512(least + 8 * v, best[v]);
}

bool has_avx2() {
  static const bool yes = __builtin_cpu_supports("avx2");
  return yes;
}

bool has_avx512f() {
  static const bool yes = __builtin_cpu_supports("avx512f");
  return yes;
}

template <typename Word>
std::vector<uint64_t> shingle_hashes_of(std::span<const Word> words, int k) {
  std::vector<uint64_t> out;
  if (k <= 0 || words.size() < static_cast<size_t>(k)) return out;
  // Hash each word once, then each shingle as the XXH3 of its k word hashes:
  // no joined string is built, and a word's bytes are read once, not k times.
  std::vector<uint64_t> word_hash(words.size());
  for (size_t i = 0; i < words.size(); ++i) word_hash[i] = XXH3_64bits(words[i].data(), words[i].size());
  const size_t count = words.size() - static_cast<size_t>(k) + 1;
  out.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    out.push_back(XXH3_64bits(&word_hash[i], sizeof(uint64_t) * static_cast<size_t>(k)));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

std::vector<uint64_t> shingle_hashes(const std::vector<std::string>& words, int k) {
  return shingle_hashes_of(std::span<const std::string>(words), k);
}

std::vector<uint64_t> shingle_hashes(std::span<const std::string_view> words, int k) {
  return shingle_hashes_of(words, k);
}

size_t intersection_size(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  return common;
}

double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  const size_t common = intersection_size(a, b);
  const size_t uni = a.size() + b.size() - common;
  return uni == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(uni);
}

MinHasher::MinHasher(const MinHashParams& params) : params_(params) {
  const size_t n = static_cast<size_t>(std::max(params.num_hashes, 0));
  mul_.reserve(n);
  add_.reserve(n);
  uint64_t state = params.seed;
  while (mul_.size() < n) {
    const uint64_t a = splitmix64(state) & kP;
    const uint64_t b = splitmix64(state) & kP;
    if (a == 0 || a == kP || b == kP) continue;  // keep a in [1, p), b in [0, p)
    mul_.push_back(a);
    add_.push_back(b);
  }
}

std::vector<uint64_t> MinHasher::signature(const std::vector<uint64_t>& shingles) const {
  return signature(shingles, Kernel::kAuto);
}

bool MinHasher::supported(Kernel kernel) {
  switch (kernel) {
    case Kernel::kAvx512: return has_avx512f();
    case Kernel::kAvx2: return has_avx2();
    case Kernel::kAuto:
    case Kernel::kPortable: return true;
  }
  return false;
}

std::vector<uint64_t> MinHasher::signature(const std::vector<uint64_t>& shingles, Kernel kernel) const {
  std::vector<uint64_t> sig(mul_.size(), kEmptySlot);
  if (shingles.empty()) return sig;
  std::vector<uint64_t> xs(shingles.size());
  for (size_t j = 0; j < shingles.size(); ++j) xs[j] = mod_mersenne(shingles[j]);
  if (kernel == Kernel::kAuto) kernel = has_avx512f() ? Kernel::kAvx512 : has_avx2() ? Kernel::kAvx2 : Kernel::kPortable;
  if (!supported(kernel)) kernel = Kernel::kPortable;
  size_t i = 0;
  if (kernel == Kernel::kAvx512) {
    for (; i + 16 <= sig.size(); i += 16) min_hashes_avx512(&mul_[i], &add_[i], xs.data(), xs.size(), &sig[i]);
  }
  // The AVX2 loop also takes what is left of the AVX-512 one's 16 a pass.
  if (kernel != Kernel::kPortable) {
    for (; i + 8 <= sig.size(); i += 8) min_hashes_avx2(&mul_[i], &add_[i], xs.data(), xs.size(), &sig[i]);
  }
  // Four hash functions per pass over the shingles: four independent
  // multiply chains keep the multiplier busy, and each shingle is loaded once
  // for four functions instead of one.
  for (; i + 4 <= sig.size(); i += 4) {
    const uint64_t a0 = mul_[i], a1 = mul_[i + 1], a2 = mul_[i + 2], a3 = mul_[i + 3];
    const uint64_t b0 = add_[i], b1 = add_[i + 1], b2 = add_[i + 2], b3 = add_[i + 3];
    uint64_t l0 = kP, l1 = kP, l2 = kP, l3 = kP;
    for (const uint64_t x : xs) {
      l0 = std::min(l0, mod_mersenne(static_cast<unsigned __int128>(a0) * x + b0));
      l1 = std::min(l1, mod_mersenne(static_cast<unsigned __int128>(a1) * x + b1));
      l2 = std::min(l2, mod_mersenne(static_cast<unsigned __int128>(a2) * x + b2));
      l3 = std::min(l3, mod_mersenne(static_cast<unsigned __int128>(a3) * x + b3));
    }
    sig[i] = l0, sig[i + 1] = l1, sig[i + 2] = l2, sig[i + 3] = l3;
  }
  for (; i < sig.size(); ++i) {
    const uint64_t a = mul_[i], b = add_[i];
    uint64_t least = kP;
    for (const uint64_t x : xs) least = std::min(least, mod_mersenne(static_cast<unsigned __int128>(a) * x + b));
    sig[i] = least;
  }
  return sig;
}

double estimated_jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.size() != b.size() || a.empty()) return 0.0;
  size_t equal = 0;
  for (size_t i = 0; i < a.size(); ++i) equal += (a[i] == b[i] && a[i] != MinHasher::kEmptySlot);
  return static_cast<double>(equal) / static_cast<double>(a.size());
}

}  // namespace marsad
