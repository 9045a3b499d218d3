#include "clean/ticker.h"

#include <algorithm>
#include <vector>

#include "clean/line_features.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace marsad {

namespace {

constexpr size_t kMinTickerBytes = 400;
constexpr size_t kMinPieces = 6;

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

}  // namespace

bool is_headline_ticker(std::string_view line) {
  if (line.size() < kMinTickerBytes) return false;
  if (count_space_runs(line) + 1 < kMinPieces && !has_bullets(line)) return false;
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

std::vector<std::string_view> split_run_together_paragraphs(std::string_view line) {
  std::vector<std::string_view> pieces;
  if (line.size() < kMinTickerBytes || count_space_runs(line) == 0) {
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
  for (size_t i = 0; i < line.size();) {
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

}  // namespace marsad
