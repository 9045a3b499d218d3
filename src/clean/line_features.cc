#include "clean/line_features.h"

#include <cstdint>

#include "clean/byte_blocks.h"
#include "text/script.h"
#include "text/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace marsad {

namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' ||
         c == 0xA0 || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E ||
         c == 0x200F || c == 0xFEFF || c == 0x202A || c == 0x202B || c == 0x202C ||
         c == 0x202D || c == 0x202E || c == 0x2066 || c == 0x2067 || c == 0x2068 ||
         c == 0x2069 || (c >= 0x2000 && c <= 0x200A) || c == 0x3000;
}

bool is_closing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == 0xBB || c == 0x201D || c == 0x2019 ||
         c == ']' || c == 0x00AB;
}

bool is_sentence_end(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x2026 || c == 0x06D4;
}

}  // namespace

std::string_view trim_line(std::string_view text) {
  size_t begin = 0;
  while (begin < text.size()) {
    size_t i = begin;
    if (!is_space(text::next_code_point(text, i))) break;
    begin = i;
  }
  size_t end = text.size();
  while (end > begin) {
    size_t i = end;
    if (!is_space(text::previous_code_point(text, i))) break;
    end = i;
  }
  return text.substr(begin, end - begin);
}

namespace {

// count_words and describe_line read a line 64 bytes at a time as bit masks
// (bit k for byte k of the chunk) of the byte classes that matter:
//   - spaces: ' ', '\t', '\n', '\r' and NBSP (both bytes of C2 A0);
//   - "other": ASCII bytes that are neither letters, digits nor spaces (punctuation);
//   - everything else is a letter or digit, any byte of a multi-byte sequence
//     included (punctuation there, « » ، …, alone on a token is rare enough not to
//     matter for counting).
// A word is a run of non-space bytes holding a letter or digit. With the "other"
// bytes left out, the words are the runs of letters and digits, so a word starts
// at each letter or digit whose nearest non-"other" byte before it is a space or
// the start of the line: one addition finds them all, a carry crossing each run of
// "other" bytes from the space before it.
struct ChunkMasks {
  uint64_t spaces = 0;   // ' ', '\t', '\n', '\r' (NBSP is found from the leads)
  uint64_t other = 0;    // ASCII punctuation and controls other than the spaces
  uint64_t letters = 0;  // ASCII letters
  uint64_t digits = 0;   // ASCII digits
  uint64_t at = 0;       // '@'
  uint64_t leads = 0;    // lead bytes C0..FF but D8..DB (the Arabic block's, no Latin letter there)
};

#if defined(__SSE2__)
// Arabic text is spaces and the bytes D8..DB, 80..BF: what every byte needs (is it
// ASCII, a space, a lead other than Arabic) is found for the whole chunk, and the
// ASCII classes only for the 16 bytes that hold an ASCII byte other than ' '.
ChunkMasks chunk_masks(const char* p) {
  const auto byte = [](int b) { return _mm_set1_epi8(static_cast<char>(b)); };
  const auto mask = [](__m128i m) { return static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m))); };
  // Bytes in [lo, lo + count): moved to start at -128, they are below -128 + count (signed).
  const auto in_range = [&](__m128i v, int lo, int count) {
    return _mm_cmpgt_epi8(byte(count - 128), _mm_add_epi8(v, byte(0x80 - lo)));
  };
  ChunkMasks m;
  uint64_t high = 0, bit6 = 0, arabic_leads = 0;
  for (int k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const int shift = 16 * k;
    high |= mask(v) << shift;
    bit6 |= mask(_mm_slli_epi16(v, 1)) << shift;  // bit 6 of each byte, moved to bit 7
    arabic_leads |= mask(_mm_cmpeq_epi8(_mm_and_si128(v, byte(0xFC)), byte(0xD8))) << shift;
    m.spaces |= mask(_mm_cmpeq_epi8(v, byte(' '))) << shift;
  }
  m.leads = high & bit6 & ~arabic_leads;
  const uint64_t ascii_marks = ~high & ~m.spaces;  // ASCII bytes other than ' '
  if (ascii_marks == 0) return m;
  uint64_t controls = 0;
  for (int k = 0; k < 4; ++k) {
    const int shift = 16 * k;
    if (((ascii_marks >> shift) & 0xFFFF) == 0) continue;
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    m.letters |= mask(in_range(_mm_or_si128(v, byte(0x20)), 'a', 26)) << shift;
    m.digits |= mask(in_range(v, '0', 10)) << shift;
    m.at |= mask(_mm_cmpeq_epi8(v, byte('@'))) << shift;
    controls |= mask(in_range(v, 0, 0x20)) << shift;
  }
  m.other = ascii_marks & ~m.letters & ~m.digits;
  // Controls are rare in a line: '\t', '\n' and '\r' are spaces, the others "other" bytes.
  for (; controls != 0; controls &= controls - 1) {
    const int k = __builtin_ctzll(controls);
    if (p[k] == '\t' || p[k] == '\n' || p[k] == '\r') {
      m.spaces |= uint64_t{1} << k;
      m.other &= ~(uint64_t{1} << k);
    }
  }
  return m;
}
#else
ChunkMasks chunk_masks(const char* p) {
  ChunkMasks m;
  for (int k = 0; k < 64; ++k) {
    const unsigned char c = static_cast<unsigned char>(p[k]);
    const uint64_t bit = uint64_t{1} << k;
    const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    const bool digit = c >= '0' && c <= '9';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') m.spaces |= bit;
    else if (c < 0x80 && !letter && !digit) m.other |= bit;
    if (letter) m.letters |= bit;
    if (digit) m.digits |= bit;
    if (c == '@') m.at |= bit;
    if (c >= 0xC0 && (c & 0xFC) != 0xD8) m.leads |= bit;
  }
  return m;
}
#endif

// Bits set in a 64-bit mask (__builtin_popcountll is a library call unless the
// build targets a CPU with the popcnt instruction).
size_t bits_set(uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555u);
  x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
  return static_cast<size_t>((x * 0x0101010101010101u) >> 56);
}

struct ByteCounts {
  size_t words = 0;
  size_t long_numbers = 0;   // runs of 5+ ASCII digits
  bool has_email = false;    // an '@' between two non-spaces
  size_t latin_letters = 0;  // as text::count_latin_letters counts them
};

// count_words and, if kDescribe, the digit runs, e-mail sign and Latin letters, in one pass.
template <bool kDescribe>
ByteCounts scan_bytes(std::string_view text) {
  ByteCounts out;
  const size_t n = text.size();
  // Carried from chunk to chunk: whether the nearest non-"other" byte before the
  // chunk is a space (or the start of the line), whether the chunk's first byte
  // ends an NBSP, and the previous chunk's digits.
  uint64_t word_may_start = 1, nbsp_trail = 0, previous_digits = 0;
  for_each_64_bytes(text, [&](const char* p, size_t i) {
    const ChunkMasks m = chunk_masks(p);
    // NBSP (C2 A0) is a space; any other character starting at a lead may be a Latin
    // letter. Every lead byte starts a character, since a decoded sequence takes
    // only trail bytes.
    uint64_t nbsp_lead = 0;
    for (uint64_t leads = m.leads; leads != 0; leads &= leads - 1) {
      size_t k = i + static_cast<size_t>(__builtin_ctzll(leads));
      if (static_cast<unsigned char>(text[k]) == 0xC2 && k + 1 < n &&
          static_cast<unsigned char>(text[k + 1]) == 0xA0) {
        nbsp_lead |= leads & (~leads + 1);
      } else if constexpr (kDescribe) {
        out.latin_letters += text::counts_as_latin_letter(text::next_code_point(text, k));
      }
    }
    const uint64_t spaces = m.spaces | nbsp_lead | (nbsp_lead << 1) | nbsp_trail;
    nbsp_trail = nbsp_lead >> 63;
    // Bits right after a space, carried across each run of "other" bytes.
    const uint64_t after_space = (spaces << 1) | word_may_start;
    const uint64_t landed = after_space + m.other;
    word_may_start = (spaces >> 63) | (landed < m.other);
    out.words += bits_set(landed & ~m.other & ~spaces);
    if constexpr (kDescribe) {
      if ((m.digits | previous_digits) != 0) {
        // The fifth digit of each run of five or more.
        const auto digits_back = [&](int k) { return (m.digits << k) | (previous_digits >> (64 - k)); };
        const uint64_t fifth = m.digits & digits_back(1) & digits_back(2) & digits_back(3) &
                               digits_back(4) & ~digits_back(5);
        if (fifth != 0) out.long_numbers += bits_set(fifth);
      }
      previous_digits = m.digits;
      for (uint64_t at = m.at; at != 0 && !out.has_email; at &= at - 1) {
        const size_t k = i + static_cast<size_t>(__builtin_ctzll(at));
        out.has_email = k > 0 && k + 1 < n && text[k - 1] != ' ' && text[k + 1] != ' ';
      }
      if (m.letters != 0) out.latin_letters += bits_set(m.letters);
    }
  });
  return out;
}

}  // namespace

size_t count_words(std::string_view text) { return scan_bytes<false>(text).words; }

size_t arabic_letters(const LineFeatures& f) {
  return f.latin_letters > 0 ? f.arabic_letters_if_latin : text::count_arabic_latin_letters(f.text).arabic;
}

LineFeatures describe_line(std::string_view line, size_t number, const LineLexicon& lexicon) {
  LineFeatures f;
  f.text = trim_line(line);
  f.number = number;
  const ByteCounts counts = scan_bytes<true>(f.text);
  f.words = counts.words;
  f.long_numbers = counts.long_numbers;
  f.has_email = counts.has_email;
  f.latin_letters = counts.latin_letters;
  if (f.latin_letters > 0) f.arabic_letters_if_latin = text::count_arabic_latin_letters(f.text).arabic;

  size_t end = f.text.size();
  while (end > 0) {
    size_t at = end;
    const char32_t c = text::previous_code_point(f.text, at);
    if (is_closing(c)) {
      end = at;
      continue;
    }
    f.ends_sentence = is_sentence_end(c);
    break;
  }

  if (f.words > 0 && f.words <= kLexiconMaxWords) {
    f.matching = matching_words(f.text);
    if (!f.matching.empty()) {
      const double n = static_cast<double>(f.matching.size());
      const auto covered = lexicon.covered_by_kind(f.matching);
      const auto share = [&](LineLexicon::Kind kind) {
        return static_cast<double>(covered[static_cast<size_t>(kind)]) / n;
      };
      f.chrome = share(LineLexicon::Kind::kChrome);
      f.sign_off = share(LineLexicon::Kind::kSignOff);
      f.outlet = share(LineLexicon::Kind::kOutlet);
      f.contact = share(LineLexicon::Kind::kContact);
      if (const size_t lead = lexicon.leading(LineLexicon::Kind::kChrome, f.matching);
          lead > 0 && lead < f.matching.size()) {
        // The colon must come right after the phrase, before the linked headline.
        const size_t colon = f.text.find(':');
        f.link_to_elsewhere = colon != std::string_view::npos &&
                              count_words(f.text.substr(0, colon)) == lead && !f.ends_sentence;
      }
    }
  }
  return f;
}

}  // namespace marsad
