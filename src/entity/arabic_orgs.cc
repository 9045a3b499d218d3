#include "entity/arabic_orgs.h"

#include <fstream>
#include <set>
#include <string>

#include "core/data_dir.h"
#include "entity/name_variants.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace marsad::entity {
namespace {

constexpr size_t kMaxComplements = 4;

const std::set<std::string, std::less<>>& heads() {
  static const std::set<std::string, std::less<>> words = [] {
    std::set<std::string, std::less<>> out;
    std::ifstream in(data_path("entity/org_heads.txt"));
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::string norm = text::normalize_for_matching(line);
      if (!norm.empty()) out.emplace(drop_article(norm));
    }
    return out;
  }();
  return words;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A word of the chain after a head: it carries the article (الأنباء، العراقية).
bool is_complement(std::string_view w) { return starts_with(w, "ال") && drop_article(w) != w; }

bool reads_as(std::string_view word, const std::set<std::string, std::less<>>& set) {
  for (const std::string& r : proclitic_readings(word))
    if (set.count(drop_article(r))) return true;
  return false;
}

}  // namespace

std::vector<EntitySpan> find_arabic_organizations(std::string_view original) {
  static const std::set<std::string, std::less<>> director = {"مدير", "مديره"};
  static const std::set<std::string, std::less<>> general = {"عام", "عامه"};
  text::NormalizedText norm = text::normalize_for_matching_with_offsets(original);
  std::vector<text::Token> tokens = text::tokenize_words(norm.text);
  auto adjacent = [&](size_t a, size_t b) {
    return norm.text.substr(tokens[a].end, tokens[b].begin - tokens[a].end) == " ";
  };
  auto chain_end = [&](size_t from) {  // one past the last complement after `from`
    size_t j = from + 1;
    while (j < tokens.size() && j - from <= kMaxComplements && adjacent(j - 1, j) && is_complement(tokens[j].text))
      ++j;
    return j;
  };
  std::vector<EntitySpan> spans;
  auto emit = [&](size_t first, size_t last) {
    EntitySpan s;
    s.type = "ORG";
    s.begin = norm.to_original[tokens[first].begin];
    s.end = norm.to_original[tokens[last].end];
    s.text = std::string(original.substr(s.begin, s.end - s.begin));
    spans.push_back(std::move(s));
  };
  for (size_t i = 0; i < tokens.size();) {
    if (reads_as(tokens[i].text, director)) {
      size_t k = i + 1;
      if (k < tokens.size() && adjacent(i, k) && general.count(drop_article(tokens[k].text))) ++k;
      if (k < tokens.size() && adjacent(k - 1, k) && starts_with(tokens[k].text, "لل")) {
        size_t end = chain_end(k);
        emit(k, end - 1);
        i = end;
        continue;
      }
    }
    if (reads_as(tokens[i].text, heads())) {
      size_t end = chain_end(i);
      if (end > i + 1) {
        emit(i, end - 1);
        i = end;
        continue;
      }
    }
    ++i;
  }
  return spans;
}

}  // namespace marsad::entity
