#include "dedup/minhash.h"

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

}  // namespace

std::vector<uint64_t> shingle_hashes(const std::vector<std::string>& words, int k) {
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
  std::vector<uint64_t> sig(mul_.size(), kEmptySlot);
  if (shingles.empty()) return sig;
  std::vector<uint64_t> xs(shingles.size());
  for (size_t j = 0; j < shingles.size(); ++j) xs[j] = mod_mersenne(shingles[j]);
  // One hash function at a time: its coefficients and running minimum stay in registers.
  for (size_t i = 0; i < sig.size(); ++i) {
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
