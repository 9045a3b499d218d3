#include "clean/repetition.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <span>
#include <string>

#include "clean/byte_blocks.h"
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
// text holding the token ends at `text_end`. Inline: a call per word cost a
// fifth of the word's work.
[[gnu::always_inline]] inline void add_word(std::string_view w, bool has_digit, const char* text_end, std::vector<size_t>& hashes,
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

// The hashes of the text's words, into `hashes` (replacing what it held); those of
// words holding a digit, ASCII or Arabic-Indic, are also appended to `numbers`.
// The digit test reads the whole token in the same pass that finds its end:
// clinging punctuation holds no digit byte nor a digit's lead byte, so the
// token has a digit exactly when the word does.
void word_hashes(std::string_view text, std::vector<size_t>& hashes, std::vector<size_t>& numbers) {
  hashes.clear();
  hashes.reserve(text.size() / 8 + 1);
  const size_t n = text.size();
  const char* const text_end = text.data() + n;
#if defined(__SSE2__)
  // 64 bytes at a time: their separators and digit bytes as bit masks, the
  // tokens found from the masks (a word costs a few bit operations, not a
  // table lookup per byte). The last block is padded with spaces.
  unsigned lead_before = 0;
  size_t token_start = 0;
  bool in_token = false, token_digit = false;
  for_each_64_bytes(text, [&](const char* p, size_t base) {
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
  });
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
}

// A paragraph's word 3-shingles. Long paragraphs keep only the shingles that
// pass kept_in_sample() (chosen by hash value, so every copy keeps the same
// ones): overlap estimates stay sound at a quarter of the cost.
struct ShingleCounts {
  size_t in_sample = 0;  // how many of all its shingles pass kept_in_sample()
  bool sampled = false;  // only the sample is stored
};

constexpr size_t kSampleFromWords = 40;

bool kept_in_sample(size_t shingle) { return (shingle >> 7) % 4 == 0; }

// Appends the paragraph's shingle set (sorted, distinct; sampled when the
// result says so) to `all`.
ShingleCounts add_shingles(const std::vector<size_t>& words, std::vector<size_t>& all) {
  ShingleCounts out;
  const size_t begin = all.size();
  if (words.size() < 3) {
    size_t h = 0x9e3779b97f4a7c15ull;
    for (size_t w : words) h = (h ^ w) * 0x100000001b3ull;
    if (!words.empty()) all.push_back(h);
    out.in_sample = all.size() - begin;
    return out;
  }
  out.sampled = words.size() >= kSampleFromWords;
  // A sampled paragraph keeps only its sample: filtering before the sort
  // leaves the sort a quarter of the shingles.
  all.reserve(begin + (out.sampled ? words.size() / 3 : words.size()));
  for (size_t i = 0; i + 3 <= words.size(); ++i) {
    const size_t h = (words[i] * 31 + words[i + 1]) * 1000003 ^ words[i + 2];
    if (!out.sampled || kept_in_sample(h)) all.push_back(h);
  }
  const auto first = all.begin() + static_cast<std::ptrdiff_t>(begin);
  std::sort(first, all.end());
  all.erase(std::unique(first, all.end()), all.end());
  out.in_sample = out.sampled ? all.size() - begin
                              : static_cast<size_t>(std::count_if(first, all.end(), kept_in_sample));
  return out;
}

// The buffers of one call, kept between calls (per thread) so that a page
// costs no allocation once pages of its size have been seen.
struct Scratch {
  std::vector<size_t> words;          // one paragraph's word hashes
  std::vector<size_t> shingles;       // paragraph j's set: [first_id[j], first_id[j + 1])
  std::vector<size_t> first_id;
  std::vector<size_t> numbers;        // paragraph j's, sorted: [first_number[j], first_number[j + 1])
  std::vector<size_t> first_number;
  std::vector<ShingleCounts> counts;
  std::vector<size_t> word_counts;
  std::vector<uint32_t> ids;          // per entry of `shingles`, its shingle's number
  // The table numbering shingles: per slot its key and number, valid only where
  // slot_call is the current call's stamp (so that no call clears the table).
  std::vector<size_t> slot_key;
  std::vector<uint32_t> slot_id;
  std::vector<uint32_t> slot_call;
  uint32_t call = 0;
  std::vector<uint32_t> carriers;     // per shingle number, how many paragraphs carry it
  std::vector<size_t> list_begin, list_room, list_size;
  std::vector<uint32_t> live;
  std::vector<uint32_t> common_with;
  std::vector<uint32_t> candidates;
};

// Numbers the distinct values of `shingles` 0, 1, ... in first-seen order into
// s.ids, and counts their carriers: an open-addressing table, linear in the
// page (a sort of every (shingle, paragraph) pair cost a log factor more).
void number_shingles(Scratch& s) {
  const size_t total = s.shingles.size();
  size_t capacity = 16;
  while (capacity < 2 * total) capacity *= 2;
  // A table of up to kKeptSlots is kept for the smaller pages after it (they find it
  // at a lower load, and need not clear it); a larger one is let go.
  constexpr size_t kKeptSlots = size_t{1} << 16;
  if (s.slot_call.size() > capacity && s.slot_call.size() <= kKeptSlots) capacity = s.slot_call.size();
  const int shift = 64 - std::countr_zero(capacity);
  const size_t mask = capacity - 1;
  if (s.slot_call.size() != capacity || ++s.call == 0) {
    s.slot_key.resize(capacity);
    s.slot_id.resize(capacity);
    s.slot_call.assign(capacity, 0);
    s.call = 1;
  }
  s.ids.resize(total);
  s.carriers.clear();
  for (size_t k = 0; k < total; ++k) {
    const size_t key = s.shingles[k];
    // Shingles are products and xors of hashes: a multiplicative mix spreads their high bits.
    size_t slot = static_cast<size_t>((uint64_t{key} * 0x9e3779b97f4a7c15ull) >> shift);
    while (s.slot_call[slot] == s.call && s.slot_key[slot] != key) slot = (slot + 1) & mask;
    if (s.slot_call[slot] != s.call) {
      s.slot_call[slot] = s.call;
      s.slot_key[slot] = key;
      s.slot_id[slot] = static_cast<uint32_t>(s.carriers.size());
      s.carriers.push_back(0);
    }
    const uint32_t id = s.slot_id[slot];
    s.ids[k] = id;
    ++s.carriers[id];
  }
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
  thread_local Scratch s;
  s.shingles.clear();
  s.numbers.clear();
  s.first_id.assign(1, 0);
  s.first_number.assign(1, 0);
  s.counts.resize(n);
  s.word_counts.resize(n);
  for (size_t j = 0; j < n; ++j) {
    word_hashes(paragraphs[j], s.words, s.numbers);
    std::sort(s.numbers.begin() + static_cast<std::ptrdiff_t>(s.first_number[j]), s.numbers.end());
    s.first_number.push_back(s.numbers.size());
    s.word_counts[j] = s.words.size();
    s.counts[j] = add_shingles(s.words, s.shingles);
    s.first_id.push_back(s.shingles.size());
  }
  const auto set_of = [&](size_t j) {
    return std::span<const size_t>(s.shingles.data() + s.first_id[j], s.first_id[j + 1] - s.first_id[j]);
  };
  const auto numbers_of = [&](size_t j) {
    return std::span<const size_t>(s.numbers.data() + s.first_number[j], s.first_number[j + 1] - s.first_number[j]);
  };
  const auto same = [](std::span<const size_t> a, std::span<const size_t> b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  };
  number_shingles(s);
  // Per shingle, a list of the earlier non-repeated paragraphs carrying it,
  // with room for at most kMaxParagraphsPerShingle of them:
  // live[list_begin[s], list_begin[s] + list_size[s]).
  const size_t distinct = s.carriers.size();
  s.list_begin.resize(distinct);
  s.list_room.resize(distinct);
  s.list_size.assign(distinct, 0);
  size_t offset = 0;
  for (size_t id = 0; id < distinct; ++id) {
    s.list_begin[id] = offset;
    s.list_room[id] = std::min<size_t>(s.carriers[id], kMaxParagraphsPerShingle);
    offset += s.list_room[id];
  }
  s.live.resize(offset);
  // Shingles shared with each candidate earlier paragraph, counted afresh for every j.
  s.common_with.assign(n, 0);
  const auto& first_id = s.first_id;
  const auto& ids = s.ids;
  const auto& list_begin = s.list_begin;
  const auto& list_room = s.list_room;
  auto& list_size = s.list_size;
  auto& live = s.live;
  auto& common_with = s.common_with;
  auto& candidates = s.candidates;
  const auto& counts = s.counts;
  const auto& word_counts = s.word_counts;

  for (size_t j = 0; j < n; ++j) {
    candidates.clear();
    for (size_t k = first_id[j]; k < first_id[j + 1]; ++k) {
      const uint32_t sh = ids[k];
      for (size_t x = list_begin[sh]; x < list_begin[sh] + list_size[sh]; ++x)
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
        if (word_counts[i] == word_counts[j] && same(set_of(i), set_of(j)) && best < 1) {
          best = 1;
          repeats[j] = static_cast<int>(i);
        }
        continue;
      }
      // Shared shingles of a sampled paragraph are all in the sample, so a
      // pair with a sampled side is compared on the sample sizes.
      const bool on_sample = counts[i].sampled || counts[j].sampled;
      const size_t size_i = on_sample ? counts[i].in_sample : set_of(i).size();
      const size_t size_j = on_sample ? counts[j].in_sample : set_of(j).size();
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
      if (short_pair && (!same(numbers_of(i), numbers_of(j)) || small * 5 < large * 4)) continue;
      if (comparable && overlap >= needed && overlap > best) {
        best = overlap;
        repeats[j] = static_cast<int>(i);
      }
    }
    // A repeat adds nothing new to compare later paragraphs against.
    if (repeats[j] >= 0) continue;
    for (size_t k = first_id[j]; k < first_id[j + 1]; ++k) {
      const uint32_t sh = ids[k];
      if (list_size[sh] < list_room[sh]) live[list_begin[sh] + list_size[sh]++] = static_cast<uint32_t>(j);
      else ++st.dropped_postings;
    }
  }
  return repeats;
}

}  // namespace marsad
