#include "entity/arabic_orgs.h"

#include <fstream>
#include <functional>
#include <string>
#include <tuple>
#include <unordered_set>

#include "core/data_dir.h"
#include "entity/name_variants.h"
#include "text/clitics.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace marsad::entity {
namespace {

constexpr size_t kMaxComplements = 4;

// Hashes a string_view, so that a word of the text is looked up without building a std::string.
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using WordSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;

// A word list of <data dir>/entity/, one word a line, in matching form with
// the article dropped, so that "الوزارة" and "وزارة" are one line.
WordSet read_head_words(const char* file) {
  WordSet out;
  std::ifstream in(data_path(std::string("entity/") + file));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string norm = text::normalize_for_matching(line);
    if (!norm.empty()) out.emplace(drop_article(norm));
  }
  return out;
}

const WordSet& heads() {
  static const WordSet words = read_head_words("org_heads.txt");
  return words;
}

const WordSet& institution_heads() {
  static const WordSet words = read_head_words("institution_heads.txt");
  return words;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The titles that name an institution after a person (matching form).
bool is_honorific(std::string_view w) {
  return w == "الملك" || w == "الامير" || w == "الشيخ" || w == "الامام" || w == "السلطان";
}

// A word of a person's name in an institution's name: Arabic letters, no article.
bool is_name_word(std::string_view w) {
  return w.size() >= 4 && static_cast<unsigned char>(w[0]) >= 0xD8 && !starts_with(w, "ال");
}

// A word of the chain after a head: it carries the article (الأنباء، العراقية).
bool is_complement(std::string_view w) { return starts_with(w, "ال") && drop_article(w) != w; }

bool reads_as(const ProcliticReadings& readings, const WordSet& set) {
  for (std::string_view r : readings)
    if (set.find(drop_article(r)) != set.end()) return true;
  return false;
}

// What a word of the text can open, by any of its proclitic readings.
constexpr uint8_t kDirector = 1, kOrgHead = 2, kInstitutionHead = 4;

uint8_t head_flags(std::string_view word) {
  static const WordSet director = {"مدير", "مديره"};
  const ProcliticReadings readings(word);
  return (reads_as(readings, director) ? kDirector : 0) | (reads_as(readings, heads()) ? kOrgHead : 0) |
         (reads_as(readings, institution_heads()) ? kInstitutionHead : 0);
}

}  // namespace

bool is_organization_head(std::string_view matching_word) {
  const std::string_view word = drop_article(matching_word);
  return heads().find(word) != heads().end() || institution_heads().find(word) != institution_heads().end();
}

std::vector<EntitySpan> find_arabic_organizations(std::string_view original) {
  const text::NormalizedText norm = text::normalize_for_matching_with_offsets(original);
  return find_arabic_organizations(original, norm, text::tokenize_words(norm.text));
}

std::vector<EntitySpan> find_arabic_organizations(std::string_view original, const text::NormalizedText& norm,
                                                  const std::vector<text::Token>& tokens) {
  static const WordSet general = {"عام", "عامه"};
  auto adjacent = [&](size_t a, size_t b) {
    return norm.text.substr(tokens[a].end, tokens[b].begin - tokens[a].end) == " ";
  };
  auto chain_end = [&](size_t from) {  // one past the last complement after `from`
    size_t j = from + 1;
    while (j < tokens.size() && j - from <= kMaxComplements && adjacent(j - 1, j) && is_complement(tokens[j].text))
      ++j;
    return j;
  };
  // A name goes on with the لل word of its purpose and that word's own
  // complements, one more joined by و: الشركة السعودية للكهرباء، مدينة الملك
  // عبدالعزيز للعلوم والتقنية. `end` is one past the name so far; returns the new end.
  auto purpose_end = [&](size_t end) {
    if (end >= tokens.size() || !adjacent(end - 1, end) || !starts_with(tokens[end].text, "لل")) return end;
    size_t j = chain_end(end);
    if (j < tokens.size() && adjacent(j - 1, j) &&
        (starts_with(tokens[j].text, "وال") || starts_with(tokens[j].text, "ولل")))
      j = chain_end(j);
    return j;
  };
  std::vector<EntitySpan> spans;
  auto emit = [&](size_t first, size_t last) {
    EntitySpan s;
    s.type = "ORG";
    std::tie(s.begin, s.end) = text::original_span(norm, original, tokens[first].begin, tokens[last].end);
    s.text = std::string(original.substr(s.begin, s.end - s.begin));
    spans.push_back(std::move(s));
  };
  for (size_t i = 0; i < tokens.size();) {
    thread_local WordMemo<uint8_t> memo;  // the sets are fixed: a word's flags never change
    const uint8_t flags = memo.get(tokens[i].text, head_flags);
    if (flags & kDirector) {
      size_t k = i + 1;
      if (k < tokens.size() && adjacent(i, k) && general.count(drop_article(tokens[k].text))) ++k;
      if (k < tokens.size() && adjacent(k - 1, k) && starts_with(tokens[k].text, "لل")) {
        size_t end = chain_end(k);
        emit(k, end - 1);
        i = end;
        continue;
      }
    }
    // Named after a person: head, title, the name with up to two "بن X"
    // links, then the complements (مطار الملك خالد الدولي).
    const bool org_head = (flags & kOrgHead) != 0;
    if ((flags & (kOrgHead | kInstitutionHead)) && i + 2 < tokens.size() &&
        adjacent(i, i + 1) && is_honorific(tokens[i + 1].text) && adjacent(i + 1, i + 2) &&
        is_name_word(tokens[i + 2].text)) {
      size_t last = i + 2;
      for (int links = 0; links < 2 && last + 2 < tokens.size() && adjacent(last, last + 1) &&
                          adjacent(last + 1, last + 2) && (tokens[last + 1].text == "بن" || tokens[last + 1].text == "ابن") &&
                          is_name_word(tokens[last + 2].text);
           ++links)
        last += 2;
      const size_t end = purpose_end(chain_end(last));
      emit(i, end - 1);
      i = end;
      continue;
    }
    if (org_head) {
      size_t end = chain_end(i);
      // Only a definite head's adjectives go on (الهيئة العامة للطيران المدني): after an
      // indefinite head the لل word is a preposition (قدمت وزارة الصحة للمواطنين).
      if (end > i + 1 && text::strip_arabic_proclitics(tokens[i].text) != tokens[i].text) end = purpose_end(end);
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
