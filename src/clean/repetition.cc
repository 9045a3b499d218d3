#include "clean/repetition.h"

#include <algorithm>
#include <array>
#include <string>
#include <cstdint>
#include <cstring>

#include "clean/word_hash.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace marsad {

namespace {

// Punctuation that may cling to a word: ASCII, and « » ، ؛ ؟ “ ” – —.
bool is_clinging_punct_byte_seq(std::string_view w, size_t i, size_t& len) {
  const unsigned char c = static_cast<unsigned char>(w[i]);
  if (c < 0x80) {
    len = 1;
    return !((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'));
  }
  // By lead byte, so that the letters of a word are told apart in a compare or two.
  const auto byte = [&](size_t k) { return i + k < w.size() ? static_cast<unsigned char>(w[i + k]) : 0; };
  switch (c) {
    case 0xC2:  // « »
      len = 2;
      return byte(1) == 0xAB || byte(1) == 0xBB;
    case 0xD8:  // ، ؛ ؟
      len = 2;
      return byte(1) == 0x8C || byte(1) == 0x9B || byte(1) == 0x9F;
    case 0xE2:  // “ ” – — …
      len = 3;
      return byte(1) == 0x80 && (byte(2) == 0x9C || byte(2) == 0x9D || byte(2) == 0x93 ||
                                 byte(2) == 0x94 || byte(2) == 0xA6);
    default:
      return false;
  }
}

// Bytes by their part in word_hashes: a separator, an ASCII digit, the second
// byte of an Arabic-Indic digit (٠-٩ is D9 A0..A9, ۰-۹ is DB B0..B9), and, in
// the high bits, which second bytes make a digit after this byte.
enum WordByte : uint8_t { kSeparator = 1, kAsciiDigit = 2, kIndicDigitTrail = 4, kPersianDigitTrail = 8 };
constexpr int kDigitAfterShift = 4;

constexpr std::array<uint8_t, 256> make_word_bytes() {
  std::array<uint8_t, 256> t{};
  t[' '] = t['\t'] = kSeparator;
  for (int c = '0'; c <= '9'; ++c) t[c] = kAsciiDigit;
  for (int c = 0xA0; c <= 0xA9; ++c) t[c] = kIndicDigitTrail;
  for (int c = 0xB0; c <= 0xB9; ++c) t[c] = kPersianDigitTrail;
  t[0xD9] |= kIndicDigitTrail << kDigitAfterShift;
  t[0xDB] |= kPersianDigitTrail << kDigitAfterShift;
  return t;
}
constexpr std::array<uint8_t, 256> kWordBytes = make_word_bytes();

// ASCII other than letters and digits: clinging punctuation.
constexpr std::array<bool, 128> make_ascii_punct() {
  std::array<bool, 128> t{};
  for (int c = 0; c < 0x80; ++c)
    t[c] = !((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'));
  return t;
}
constexpr std::array<bool, 128> kAsciiPunct = make_ascii_punct();

// Whether a character whose first two bytes are c, next (0 if none) may be clinging
// punctuation: is_clinging_punct_byte_seq is asked only then (most words, of Arabic
// letters, have none to strip).
[[gnu::always_inline]] inline bool may_cling(unsigned char c, unsigned char next) {
  if (c < 0x80) return kAsciiPunct[c];
  if (c == 0xD8) return next == 0x8C || next == 0x9B || next == 0x9F;
  if (c == 0xC2) return next == 0xAB || next == 0xBB;
  return c == 0xE2;
}

// Whether the last character of `w` (not empty) may be clinging punctuation: its last
// byte (ASCII), or a two-byte (C2, D8) or three-byte (E2) character ending it.
[[gnu::always_inline]] inline bool may_end_in_punct(std::string_view w) {
  const auto* p = reinterpret_cast<const unsigned char*>(w.data());
  const size_t n = w.size();
  if (p[n - 1] < 0x80) return kAsciiPunct[p[n - 1]];
  return (n >= 2 && p[n - 2] >= 0x80 && may_cling(p[n - 2], p[n - 1])) || (n >= 3 && p[n - 3] == 0xE2);
}

// Adds the hash of the word in `token` (a whitespace-separated token, clinging
// punctuation stripped) to `hashes`, and to `numbers` too if `has_digit`. The
// text holding the token ends at `text_end`.
void add_word(std::string_view w, bool has_digit, const char* text_end, std::vector<size_t>& hashes,
              std::vector<size_t>& numbers) {
  size_t len;
  while (!w.empty() &&
         may_cling(static_cast<unsigned char>(w[0]), w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0) &&
         is_clinging_punct_byte_seq(w, 0, len))
    w.remove_prefix(len);
  while (!w.empty() && may_end_in_punct(w)) {
    size_t k = w.size() - 1;
    while (k > 0 && (static_cast<unsigned char>(w[k]) & 0xC0) == 0x80) --k;
    if (!is_clinging_punct_byte_seq(w, k, len) || k + len != w.size()) break;
    w.remove_suffix(len);
  }
  if (!w.empty()) {
    hashes.push_back(word_hash(w.data(), w.size(), text_end));
    if (has_digit) numbers.push_back(hashes.back());
  }
}

#if defined(__SSE2__)
// The separators and digit bytes (as kWordBytes defines them) of the 64 bytes
// at p, bit k for p[k]. `lead_before` holds which digit lead byte (bit 0: D9,
// bit 1: DB) the byte before p is, and is set for the next block.
void block_masks(const char* p, uint64_t& separators, uint64_t& digits, unsigned& lead_before) {
  const auto mask = [](__m128i m) { return uint64_t{static_cast<uint16_t>(_mm_movemask_epi8(m))}; };
  const auto byte = [](int b) { return _mm_set1_epi8(static_cast<char>(b)); };
  uint64_t ascii_digit = 0, d9 = 0, db = 0, indic_trail = 0, persian_trail = 0;
  separators = 0;
  for (int q = 0; q < 4; ++q) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * q));
    // Signed compares: 0x80..0xFF are the negative bytes.
    const auto in_range = [&](int lo, int hi) {
      return mask(_mm_and_si128(_mm_cmpgt_epi8(v, byte(lo - 1)), _mm_cmplt_epi8(v, byte(hi + 1))));
    };
    const int shift = 16 * q;
    separators |= mask(_mm_or_si128(_mm_cmpeq_epi8(v, byte(' ')), _mm_cmpeq_epi8(v, byte('\t')))) << shift;
    ascii_digit |= in_range('0', '9') << shift;
    d9 |= mask(_mm_cmpeq_epi8(v, byte(0xD9))) << shift;
    db |= mask(_mm_cmpeq_epi8(v, byte(0xDB))) << shift;
    indic_trail |= in_range(0xA0, 0xA9) << shift;
    persian_trail |= in_range(0xB0, 0xB9) << shift;
  }
  digits = ascii_digit | (((d9 << 1) | (lead_before & 1u)) & indic_trail) |
           (((db << 1) | ((lead_before >> 1) & 1u)) & persian_trail);
  lead_before = static_cast<unsigned>((d9 >> 63) | ((db >> 63) << 1));
}
#endif

// The hashes of the text's words; those of words holding a digit, ASCII or
// Arabic-Indic, also go to `numbers`. The digit test reads the whole token in
// the same pass that finds its end: clinging punctuation holds no digit byte
// nor a digit's lead byte, so the token has a digit exactly when the word does.
std::vector<size_t> word_hashes(std::string_view text, std::vector<size_t>& numbers) {
  std::vector<size_t> hashes;
  hashes.reserve(text.size() / 8 + 1);
  const size_t n = text.size();
  const char* const text_end = text.data() + n;
#if defined(__SSE2__)
  // 64 bytes at a time: their separators and digit bytes as bit masks, the
  // tokens found from the masks (a word costs a few bit operations, not a
  // table lookup per byte). The last block is padded with spaces.
  char padded[64];
  unsigned lead_before = 0;
  size_t token_start = 0;
  bool in_token = false, token_digit = false;
  for (size_t base = 0; base < n; base += 64) {
    const char* p = text.data() + base;
    if (n - base < 64) {
      std::memset(padded, ' ', sizeof padded);
      std::memcpy(padded, p, n - base);
      p = padded;
    }
    uint64_t separators, digits;
    block_masks(p, separators, digits, lead_before);
    for (unsigned k = 0; k < 64;) {
      const uint64_t from_k = ~uint64_t{0} << k;
      if (in_token) {
        const uint64_t ends = separators & from_k;
        const uint64_t before_end = ends != 0 ? (ends & (~ends + 1)) - 1 : ~uint64_t{0};
        token_digit |= (digits & from_k & before_end) != 0;
        if (ends == 0) break;
        k = static_cast<unsigned>(__builtin_ctzll(ends));
        add_word(text.substr(token_start, base + k - token_start), token_digit, text_end, hashes, numbers);
        in_token = false;
      } else {
        const uint64_t starts = ~separators & from_k;
        if (starts == 0) break;
        k = static_cast<unsigned>(__builtin_ctzll(starts));
        token_start = base + k;
        in_token = true;
        token_digit = false;
      }
    }
  }
  if (in_token) add_word(text.substr(token_start), token_digit, text_end, hashes, numbers);
#else
  size_t i = 0;
  while (i < n) {
    while (i < n && (kWordBytes[static_cast<unsigned char>(text[i])] & kSeparator)) ++i;
    size_t j = i;
    uint8_t digit = 0, digit_bits = kAsciiDigit;  // which bits make a digit at this byte
    for (; j < n; ++j) {
      const uint8_t bits = kWordBytes[static_cast<unsigned char>(text[j])];
      if (bits & kSeparator) break;
      digit |= bits & digit_bits;
      digit_bits = kAsciiDigit | (bits >> kDigitAfterShift);
    }
    if (j > i) add_word(text.substr(i, j - i), digit != 0, text_end, hashes, numbers);
    i = j;
  }
#endif
  return hashes;
}

// A paragraph's word 3-shingles. Long paragraphs keep only the shingles that
// pass kept_in_sample() (chosen by hash value, so every copy keeps the same
// ones): overlap estimates stay sound at a quarter of the cost.
struct Shingles {
  std::vector<size_t> set;  // sorted, distinct; sampled when `sampled`
  size_t in_sample = 0;     // how many of all its shingles pass kept_in_sample()
  bool sampled = false;
};

constexpr size_t kSampleFromWords = 40;

bool kept_in_sample(size_t shingle) { return (shingle >> 7) % 4 == 0; }

Shingles shingles(const std::vector<size_t>& words) {
  Shingles out;
  if (words.size() < 3) {
    size_t h = 0x9e3779b97f4a7c15ull;
    for (size_t w : words) h = (h ^ w) * 0x100000001b3ull;
    if (!words.empty()) out.set.push_back(h);
    out.in_sample = out.set.size();
    return out;
  }
  out.sampled = words.size() >= kSampleFromWords;
  // A sampled paragraph keeps only its sample: filtering before the sort
  // leaves the sort a quarter of the shingles.
  std::vector<size_t>& set = out.set;
  set.reserve(out.sampled ? words.size() / 3 : words.size());
  for (size_t i = 0; i + 3 <= words.size(); ++i) {
    const size_t h = (words[i] * 31 + words[i + 1]) * 1000003 ^ words[i + 2];
    if (!out.sampled || kept_in_sample(h)) set.push_back(h);
  }
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
  out.in_sample = out.sampled ? set.size()
                              : static_cast<size_t>(std::count_if(set.begin(), set.end(), kept_in_sample));
  return out;
}

}  // namespace

std::vector<int> find_repeated_paragraphs(const std::vector<std::string_view>& paragraphs,
                                          double min_overlap, RepetitionStats* stats) {
  RepetitionStats unused;
  RepetitionStats& st = stats != nullptr ? *stats : unused;
  st = {};
  const size_t n = paragraphs.size();
  std::vector<int> repeats(n, -1);
  if (n < 2) return repeats;  // no pair to compare (and no list to overflow)
  std::vector<Shingles> sets(n);
  std::vector<size_t> word_counts(n);
  std::vector<std::vector<size_t>> numbers(n);  // per paragraph, sorted
  // Every (shingle, paragraph) pair, sorted: shingles are then numbered 0..m-1
  // with no hash table per page.
  std::vector<std::pair<size_t, uint32_t>> postings;
  std::vector<size_t> first_id(n + 1, 0);  // paragraph j's shingles: ids[first_id[j], first_id[j + 1])
  for (size_t j = 0; j < n; ++j) {
    const auto words = word_hashes(paragraphs[j], numbers[j]);
    std::sort(numbers[j].begin(), numbers[j].end());
    word_counts[j] = words.size();
    sets[j] = shingles(words);
    first_id[j + 1] = first_id[j] + sets[j].set.size();
    for (size_t sh : sets[j].set) postings.emplace_back(sh, static_cast<uint32_t>(j));
  }
  std::sort(postings.begin(), postings.end());
  // Per shingle, a list of the earlier non-repeated paragraphs carrying it,
  // with room for at most kMaxParagraphsPerShingle of them.
  std::vector<uint32_t> ids(postings.size());
  std::vector<size_t> list_begin;  // shingle s's list: live[list_begin[s], list_begin[s] + list_size[s])
  std::vector<size_t> list_room;
  {
    std::vector<size_t> cursor(first_id.begin(), first_id.end() - 1);
    size_t offset = 0;
    for (size_t a = 0; a < postings.size();) {
      size_t b = a + 1;
      while (b < postings.size() && postings[b].first == postings[a].first) ++b;
      const auto id = static_cast<uint32_t>(list_begin.size());
      for (size_t x = a; x < b; ++x) ids[cursor[postings[x].second]++] = id;
      list_begin.push_back(offset);
      list_room.push_back(std::min(b - a, kMaxParagraphsPerShingle));
      offset += list_room.back();
      a = b;
    }
    postings = {};
  }
  std::vector<uint32_t> live(list_begin.empty() ? 0 : list_begin.back() + list_room.back());
  std::vector<size_t> list_size(list_begin.size(), 0);
  // Shingles shared with each candidate earlier paragraph, counted afresh for every j.
  std::vector<uint32_t> common_with(n, 0);
  std::vector<uint32_t> candidates;

  for (size_t j = 0; j < n; ++j) {
    candidates.clear();
    for (size_t k = first_id[j]; k < first_id[j + 1]; ++k) {
      const uint32_t s = ids[k];
      for (size_t x = list_begin[s]; x < list_begin[s] + list_size[s]; ++x)
        if (common_with[live[x]]++ == 0) candidates.push_back(live[x]);
    }
    // In page order, so that of equal overlaps the first earlier paragraph wins.
    std::sort(candidates.begin(), candidates.end());
    st.compared_pairs += candidates.size();
    double best = 0;
    for (const uint32_t i : candidates) {
      const size_t common = common_with[i];
      common_with[i] = 0;
      if (word_counts[i] < 3 || word_counts[j] < 3) {
        if (word_counts[i] == word_counts[j] && sets[i].set == sets[j].set && best < 1) {
          best = 1;
          repeats[j] = static_cast<int>(i);
        }
        continue;
      }
      // Shared shingles of a sampled paragraph are all in the sample, so a
      // pair with a sampled side is compared on the sample sizes.
      const bool on_sample = sets[i].sampled || sets[j].sampled;
      const size_t size_i = on_sample ? sets[i].in_sample : sets[i].set.size();
      const size_t size_j = on_sample ? sets[j].in_sample : sets[j].set.size();
      const size_t small = std::min(size_i, size_j);
      const size_t large = std::max(size_i, size_j);
      // A sample of under four shingles is too small to estimate an overlap:
      // a shared opening of two sentences would pass for a copy.
      if (small == 0 || (on_sample && small < 4)) continue;
      // The later one may be smaller (a quote of an earlier paragraph) but at
      // most half as large again: a later paragraph that adds more (the full
      // text of a decision after its summary) states something new.
      const bool comparable = size_j * 2 <= size_i * 3;
      const double overlap = static_cast<double>(common) / static_cast<double>(small);
      // Short lines that look alike often carry different facts (the fourth case
      // after the third, one king's condolence after another's): they repeat
      // only when nearly identical: about the same size, the same numbers.
      const bool short_pair = std::min(word_counts[i], word_counts[j]) < kShortParagraphWords;
      const double needed = short_pair ? std::max(min_overlap, kShortParagraphOverlap) : min_overlap;
      if (short_pair && (numbers[i] != numbers[j] || small * 5 < large * 4)) continue;
      if (comparable && overlap >= needed && overlap > best) {
        best = overlap;
        repeats[j] = static_cast<int>(i);
      }
    }
    // A repeat adds nothing new to compare later paragraphs against.
    if (repeats[j] >= 0) continue;
    for (size_t k = first_id[j]; k < first_id[j + 1]; ++k) {
      const uint32_t s = ids[k];
      if (list_size[s] < list_room[s]) live[list_begin[s] + list_size[s]++] = static_cast<uint32_t>(j);
      else ++st.dropped_postings;
    }
  }
  return repeats;
}

}  // namespace marsad
