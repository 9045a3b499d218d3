#include "clean/ticker.h"

#include <algorithm>
#include <array>
#include <vector>

#include "clean/line_features.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace marsad {

namespace {

constexpr size_t kMinPieces = 6;

// The first bytes of a space (ASCII, tab, NBSP) or of a bullet below: any other
// byte is neither, and is passed over with one lookup.
constexpr std::array<bool, 256> make_separator_starts() {
  std::array<bool, 256> t{};
  t[' '] = t['\t'] = t['|'] = t[0xC2] = t[0xE2] = true;
  return t;
}
constexpr std::array<bool, 256> kSeparatorStarts = make_separator_starts();

// Splits at runs of 2+ spaces, tabs and the bullets crawlers keep between headlines.
std::vector<std::string_view> split_at_separators(std::string_view line) {
  static constexpr std::string_view kBullets[] = {"|", "\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */,
                                                  "\xE2\x97\x84" /* ◄ */, "\xE2\x96\xBA" /* ► */};
  std::vector<std::string_view> pieces;
  size_t start = 0, i = 0;
  auto cut = [&](size_t end, size_t next) {
    auto piece = trim_line(line.substr(start, end - start));
    if (!piece.empty()) pieces.push_back(piece);
    start = next;
  };
  // Bytes of the space (ASCII, tab or NBSP) starting at k, or 0.
  auto space_at = [&](size_t k) -> size_t {
    if (k >= line.size()) return 0;
    if (line[k] == ' ' || line[k] == '\t') return 1;
    return line.substr(k, 2) == "\xC2\xA0" ? 2 : 0;
  };
  while (i < line.size()) {
    if (!kSeparatorStarts[static_cast<unsigned char>(line[i])]) {
      ++i;
      continue;
    }
    if (const size_t first = space_at(i); first > 0) {
      size_t j = i + first, run = 1;
      while (const size_t next = space_at(j)) {
        j += next;
        ++run;
      }
      if (run >= 2 || line[i] == '\t') {
        cut(i, j);
        i = j;
        continue;
      }
    }
    bool bullet = false;
    for (auto b : kBullets) {
      if (line.substr(i, b.size()) == b) {
        cut(i, i + b.size());
        i += b.size();
        bullet = true;
        break;
      }
    }
    if (!bullet) ++i;
  }
  cut(line.size(), line.size());
  return pieces;
}

// Runs of 2+ spaces (ASCII or NBSP) and tabs: a cheap count that spares the
// split for the long paragraphs that make up most lines this is asked about.
size_t count_space_runs(std::string_view line) {
  size_t runs = 0, run = 0;
  const size_t n = line.size();
  size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    // Sixteen bytes at once while they hold no tab, no C2 (NBSP's first byte)
    // and no space after a space: such a block adds no run, and leaves one space
    // of a run open if it ends in a space. Nearly every block of a paragraph is one.
    if (i + 16 <= n) {
      const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
      const unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, _mm_set1_epi8(' '))));
      const unsigned others = static_cast<unsigned>(_mm_movemask_epi8(
          _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('\t')),
                       _mm_cmpeq_epi8(block, _mm_set1_epi8(static_cast<char>(0xC2))))));
      const unsigned after_space = (spaces << 1) | (run > 0 ? 1u : 0u);
      if ((others | (spaces & after_space)) == 0) {
        run = (spaces >> 15) & 1;
        i += 16;
        continue;
      }
    }
#endif
    const char c = line[i++];
    if (c != ' ' && c != '\t' && c != '\xC2') {
      run = 0;
      continue;
    }
    bool space = c != '\xC2';
    if (!space && i < n && line[i] == '\xA0') {
      space = true;
      ++i;
    }
    if (space) {
      if (++run == 2 || c == '\t') ++runs;
    } else {
      run = 0;
    }
  }
  return runs;
}

// The first position at or after `from` where a run of separators may start: a tab, a C2
// byte (NBSP's first), or a space followed by a space, a tab or a C2. A lone space between
// words starts no break, and a paragraph is mostly those: they are skipped sixteen at a time.
size_t next_run_candidate(std::string_view line, size_t from) {
  const size_t n = line.size();
  size_t i = from;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t'),
                c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  // The block at i and the block at i + 1 (each byte's successor) must both fit.
  for (; i + 17 <= n; i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i + 1));
    const __m128i breaking = _mm_or_si128(_mm_cmpeq_epi8(block, tab), _mm_cmpeq_epi8(block, c2));
    const __m128i next_spacing = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(next, space), _mm_cmpeq_epi8(next, tab)), _mm_cmpeq_epi8(next, c2));
    const __m128i double_space = _mm_and_si128(_mm_cmpeq_epi8(block, space), next_spacing);
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(breaking, double_space)));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  for (; i < n; ++i) {
    const char c = line[i];
    if (c == '\t' || c == '\xC2') return i;
    if (c == ' ' && i + 1 < n && (line[i + 1] == ' ' || line[i + 1] == '\t' || line[i + 1] == '\xC2'))
      return i;
  }
  return n;
}

// The piece without its closing quotes and brackets, ASCII or « » “ ”.
std::string_view without_closers(std::string_view piece) {
  static constexpr std::string_view kClosers[] = {"\"", "'", ")", "\xC2\xBB" /* » */,
                                                  "\xC2\xAB" /* « */, "\xE2\x80\x9D" /* ” */};
  for (bool cut = true; cut && !piece.empty();) {
    cut = false;
    for (auto c : kClosers) {
      if (piece.ends_with(c)) {
        piece.remove_suffix(c.size());
        cut = true;
      }
    }
  }
  return piece;
}

// Ends in . ! ? ؟ or …, before any closing quotes.
bool ends_sentence(std::string_view piece) {
  piece = without_closers(piece);
  return piece.ends_with('.') || piece.ends_with('!') || piece.ends_with('?') ||
         piece.ends_with("\xD8\x9F" /* ؟ */) || piece.ends_with("\xE2\x80\xA6" /* … */);
}

// A sentence's end inside the piece: ". " (not "..", which headlines use), "؟ ", "! ".
bool has_inner_sentence_end(std::string_view piece) {
  for (size_t at = piece.find(". "); at != std::string_view::npos; at = piece.find(". ", at + 1))
    if (at == 0 || piece[at - 1] != '.') return true;
  return piece.find("\xD8\x9F ") != std::string_view::npos || piece.find("! ") != std::string_view::npos;
}

// A piece that reads as a paragraph rather than a headline.
bool is_sentence_like(std::string_view piece, size_t words) {
  return words > 25 || ends_sentence(piece) || has_inner_sentence_end(piece) ||
         piece.find("\xD8\x8C" /* ، */) != std::string_view::npos;
}

bool has_bullets(std::string_view line) {
  return line.find('|') != std::string_view::npos ||
         line.find("\xE2\x80\xA2") != std::string_view::npos ||
         line.find("\xC2\xB7") != std::string_view::npos;
}

// is_headline_ticker() given the line's count_space_runs() (when it has kMinTickerBytes).
bool is_headline_ticker(std::string_view line, size_t space_runs) {
  if (line.size() < kMinTickerBytes) return false;
  if (space_runs + 1 < kMinPieces && !has_bullets(line)) return false;
  const auto pieces = split_at_separators(line);
  if (pieces.size() >= kMinPieces) {
    // An article's lead opens the line: the rest is its paragraphs (or a poem's
    // verses), not headlines.
    if (const size_t lead = count_words(pieces.front()); lead >= 12 && is_sentence_like(pieces.front(), lead))
      return false;
    size_t headline_sized = 0;
    for (auto p : pieces) {
      const size_t w = count_words(p);
      if (w >= 2 && w <= 25 && !is_sentence_like(p, w)) ++headline_sized;
    }
    if (headline_sized * 10 >= pieces.size() * 8) return true;
  }
  return false;
}

// split_run_together_paragraphs() given the line's count_space_runs() (when it has kMinTickerBytes).
std::vector<std::string_view> split_run_together_paragraphs(std::string_view line, size_t space_runs) {
  std::vector<std::string_view> pieces;
  if (line.size() < kMinTickerBytes || space_runs == 0) {
    if (auto whole = trim_line(line); !whole.empty()) pieces.push_back(whole);
    return pieces;
  }
  // Bytes of the space (ASCII, tab or NBSP) starting at k, or 0.
  auto space_at = [&](size_t k) -> size_t {
    if (k >= line.size()) return 0;
    if (line[k] == ' ' || line[k] == '\t') return 1;
    return line.substr(k, 2) == "\xC2\xA0" ? 2 : 0;
  };
  size_t start = 0;
  for (size_t i = next_run_candidate(line, 0); i < line.size(); i = next_run_candidate(line, i)) {
    const size_t first = space_at(i);
    if (first == 0) {
      ++i;
      continue;
    }
    size_t j = i + first, run = 1;
    bool tab = line[i] == '\t';
    while (const size_t next = space_at(j)) {
      tab |= line[j] == '\t';
      j += next;
      ++run;
    }
    if (run < 2 && !tab) {  // a space between words: no break, whatever comes before
      i = j;
      continue;
    }
    const auto before = trim_line(line.substr(start, i - start));
    // A double space inside a sentence is a typing slip; after a sentence's end
    // (or a colon introducing what follows) it is a paragraph break.
    const bool after_end = ends_sentence(before) || without_closers(before).ends_with(':');
    if (!before.empty() && (run >= 3 || tab || (run >= 2 && after_end))) {
      pieces.push_back(before);
      start = j;
    }
    i = j;
  }
  if (auto last = trim_line(line.substr(start)); !last.empty()) pieces.push_back(last);
  return pieces;
}

}  // namespace

bool is_headline_ticker(std::string_view line) {
  return is_headline_ticker(line, line.size() < kMinTickerBytes ? 0 : count_space_runs(line));
}

std::vector<std::string_view> split_run_together_paragraphs(std::string_view line) {
  return split_run_together_paragraphs(line, line.size() < kMinTickerBytes ? 0 : count_space_runs(line));
}

SettledLine settle_line(std::string_view line) {
  SettledLine out;
  const size_t space_runs = line.size() < kMinTickerBytes ? 0 : count_space_runs(line);
  out.ticker = is_headline_ticker(line, space_runs);
  if (!out.ticker) out.pieces = split_run_together_paragraphs(line, space_runs);
  return out;
}

}  // namespace marsad
