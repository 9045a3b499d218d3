#include "clean/repetition.h"

#include <algorithm>
#include <functional>
#include <string>
#include <cstdint>

namespace marsad {

namespace {

// Punctuation that may cling to a word: ASCII, and « » ، ؛ ؟ “ ” – —.
bool is_clinging_punct_byte_seq(std::string_view w, size_t i, size_t& len) {
  const unsigned char c = static_cast<unsigned char>(w[i]);
  if (c < 0x80) {
    len = 1;
    return !((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'));
  }
  static constexpr std::string_view kMarks[] = {"«", "»", "،", "؛", "؟", "“", "”", "–", "—", "…"};
  for (auto m : kMarks) {
    if (w.substr(i, m.size()) == m) {
      len = m.size();
      return true;
    }
  }
  return false;
}

std::vector<size_t> word_hashes(std::string_view text) {
  std::vector<size_t> hashes;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t') ++j;
    std::string_view w = text.substr(i, j - i);
    size_t len;
    while (!w.empty() && is_clinging_punct_byte_seq(w, 0, len)) w.remove_prefix(len);
    while (!w.empty()) {
      size_t k = w.size() - 1;
      while (k > 0 && (static_cast<unsigned char>(w[k]) & 0xC0) == 0x80) --k;
      if (!is_clinging_punct_byte_seq(w, k, len) || k + len != w.size()) break;
      w.remove_suffix(len);
    }
    if (!w.empty()) hashes.push_back(std::hash<std::string_view>{}(w));
    i = j;
  }
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
  std::vector<size_t> all;
  for (size_t i = 0; i + 3 <= words.size(); ++i)
    all.push_back((words[i] * 31 + words[i + 1]) * 1000003 ^ words[i + 2]);
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  for (size_t h : all) {
    if (!kept_in_sample(h)) continue;
    ++out.in_sample;
    if (out.sampled) out.set.push_back(h);
  }
  if (!out.sampled) out.set = std::move(all);
  return out;
}

}  // namespace

std::vector<int> find_repeated_paragraphs(const std::vector<std::string_view>& paragraphs,
                                          double min_overlap) {
  const size_t n = paragraphs.size();
  std::vector<int> repeats(n, -1);
  std::vector<Shingles> sets(n);
  std::vector<size_t> word_counts(n);
  // Every (shingle, paragraph) pair, sorted: paragraphs sharing a shingle are
  // then neighbours, with no hash table per page.
  std::vector<std::pair<size_t, uint32_t>> postings;
  for (size_t j = 0; j < n; ++j) {
    const auto words = word_hashes(paragraphs[j]);
    word_counts[j] = words.size();
    sets[j] = shingles(words);
    for (size_t sh : sets[j].set) postings.emplace_back(sh, static_cast<uint32_t>(j));
  }
  std::sort(postings.begin(), postings.end());
  // Shingles paragraphs i < j have in common, keyed i * n + j; sorted pairs
  // rather than an n x n table, since a page may have thousands of lines.
  std::vector<uint64_t> pairs;
  for (size_t a = 0; a < postings.size();) {
    size_t b = a + 1;
    while (b < postings.size() && postings[b].first == postings[a].first) ++b;
    for (size_t x = a; x < b; ++x)
      for (size_t y = x + 1; y < b; ++y)
        if (postings[x].second != postings[y].second)
          pairs.push_back(uint64_t{postings[x].second} * n + postings[y].second);
    a = b;
  }
  if (pairs.empty()) return repeats;
  std::sort(pairs.begin(), pairs.end());
  auto common_shingles = [&](size_t i, size_t j) -> size_t {
    const uint64_t key = uint64_t{i} * n + j;
    const auto range = std::equal_range(pairs.begin(), pairs.end(), key);
    return static_cast<size_t>(range.second - range.first);
  };

  for (size_t j = 1; j < n; ++j) {
    if (sets[j].set.empty()) continue;
    double best = 0;
    for (size_t i = 0; i < j; ++i) {
      // A repeat adds nothing new to compare later paragraphs against.
      if (repeats[i] >= 0 || sets[i].set.empty()) continue;
      const size_t common = common_shingles(i, j);
      if (common == 0) continue;
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
      if (small == 0) continue;
      // Comparable size, or the later one is the smaller: a quote of an earlier
      // paragraph. A long later paragraph that merely contains a short earlier
      // one has new content and stays.
      const bool comparable = small * 5 >= large * 2 || size_j <= size_i;
      const double overlap = static_cast<double>(common) / static_cast<double>(small);
      if (comparable && overlap >= min_overlap && overlap > best) {
        best = overlap;
        repeats[j] = static_cast<int>(i);
      }
    }
  }
  return repeats;
}

}  // namespace marsad
