// SSE2 pieces shared by the text layer's 16-byte block scans (script.cc,
// language.cc): a byte broadcast, a compare's bit mask, and per-byte-lane
// counters of compare results. Only where the build targets SSE2.
#pragma once

#if defined(__SSE2__)
#include <emmintrin.h>

#include <cstddef>
#include <utility>

namespace marsad::text::sse2 {

inline __m128i byte(int b) { return _mm_set1_epi8(static_cast<char>(b)); }

// Bit k set when byte k of m has its top bit set (a true compare).
inline unsigned mask(__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); }

// Counts the true lanes of compares, one byte counter per lane: cheaper than
// a popcount per block. Every 255 adds the lanes go to the total, before a
// byte counter can wrap.
class LaneCounter {
 public:
  void add(__m128i hits) {
    lanes_ = _mm_sub_epi8(lanes_, hits);  // a true compare is -1
    if (++adds_ == 255) spill();
  }
  // All that was counted since the last take(); the counter starts again at 0.
  size_t take() {
    spill();
    return std::exchange(total_, 0);
  }

 private:
  void spill() {
    const __m128i sums = _mm_sad_epu8(lanes_, _mm_setzero_si128());
    total_ += static_cast<size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
    lanes_ = _mm_setzero_si128();
    adds_ = 0;
  }
  __m128i lanes_ = _mm_setzero_si128();
  unsigned adds_ = 0;
  size_t total_ = 0;
};

}  // namespace marsad::text::sse2
#endif
