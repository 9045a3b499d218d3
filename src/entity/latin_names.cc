#include "entity/latin_names.h"

#include <unicode/uchar.h>

#include <fstream>
#include <map>
#include <set>
#include <string>

#include "core/data_dir.h"
#include "entity/name_variants.h"
#include "text/script.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace marsad::entity {
namespace {

struct Cues {
  std::set<std::string> particles, person_before, person_after, org_words, not_names;
};

const Cues& cues() {
  static const Cues loaded = [] {
    Cues c;
    std::map<std::string, std::set<std::string>*> sections = {
        {"[particles]", &c.particles},       {"[person_before]", &c.person_before},
        {"[person_after]", &c.person_after}, {"[org_words]", &c.org_words},
        {"[not_names]", &c.not_names}};
    std::ifstream in(data_path("entity/latin_cues.txt"));
    std::set<std::string>* current = nullptr;
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      if (line[0] == '[') {
        auto it = sections.find(line);
        current = it == sections.end() ? nullptr : it->second;
        continue;
      }
      if (current != nullptr) current->insert(fold_latin(line));
    }
    return c;
  }();
  return loaded;
}

struct Word {
  size_t begin, end;
  std::string folded;  // fold_latin of the word
  bool latin = false;
  bool capitalized = false;
  bool acronym = false;
  bool sentence_start = false;
  size_t letters = 0;
};

bool gap_joins(std::string_view gap) {
  if (gap.empty() || gap.size() > 3) return gap.empty();
  for (char c : gap)
    if (c != ' ' && c != '-' && c != '\'') return false;
  return true;
}

bool gap_ends_sentence(std::string_view gap) {
  for (char c : gap)
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == ';') return true;
  // Arabic full stop-like marks and the closing of a quotation also end one.
  return gap.find("؟") != std::string_view::npos;
}

bool is_stop(const std::string& folded) {
  return text::is_stopword("fr", folded) || text::is_stopword("en", folded);
}

// The tokenizer splits French elisions but keeps the English possessive in the
// word: the name in "Egypt's" and "Jordan’s" is the word without it.
void trim_possessive(std::string_view s, text::Token* t) {
  if (t->end - t->begin < 3 || (s[t->end - 1] != 's' && s[t->end - 1] != 'S')) return;
  if (s[t->end - 2] == '\'') t->end -= 2;
  else if (t->end - t->begin > 5 && s.substr(t->end - 4, 3) == "\u2019") t->end -= 4;
  t->text = s.substr(t->begin, t->end - t->begin);
}

std::vector<Word> read_words(std::string_view s) {
  std::vector<Word> words;
  size_t previous_end = 0;
  for (text::Token t : text::tokenize_words(s)) {
    if (!t.is_number) trim_possessive(s, &t);
    Word w;
    w.begin = t.begin;
    w.end = t.end;
    std::string_view gap = s.substr(previous_end, t.begin - previous_end);
    w.sentence_start = words.empty() || gap_ends_sentence(gap);
    previous_end = t.end;
    size_t i = 0, uppers = 0;
    bool all_latin = !t.is_number;
    bool first = true;
    while (i < t.text.size()) {
      char32_t c = text::next_code_point(t.text, i);
      if (!text::is_latin_letter(c)) {
        if (!(c >= '0' && c <= '9')) all_latin = false;
        first = false;
        continue;
      }
      ++w.letters;
      if (u_isupper(static_cast<UChar32>(c))) {
        ++uppers;
        if (first) w.capitalized = true;
      }
      first = false;
    }
    w.latin = all_latin && w.letters > 0;
    w.acronym = w.latin && w.letters >= 2 && uppers == w.letters;
    w.folded = fold_latin(t.text);
    words.push_back(std::move(w));
  }
  return words;
}

}  // namespace

std::vector<EntitySpan> find_latin_names(std::string_view s, const PlaceGazetteer& places) {
  const Cues& c = cues();
  std::vector<Word> words = read_words(s);
  auto joins = [&](size_t a, size_t b) { return gap_joins(s.substr(words[a].end, words[b].begin - words[a].end)); };
  auto is_name_word = [&](size_t i) {
    return words[i].latin && words[i].capitalized && words[i].letters >= 2;
  };

  // Words capitalized in mid-sentence: a sentence-initial occurrence of one of
  // them is a name too.
  std::set<std::string> known_capitalized;
  for (const Word& w : words)
    if (w.latin && w.capitalized && !w.sentence_start && !is_stop(w.folded)) known_capitalized.insert(w.folded);

  struct Run {
    size_t first, last;  // word indexes, inclusive
    bool person_cue = false;
  };
  std::vector<Run> runs;
  for (size_t i = 0; i < words.size();) {
    if (!is_name_word(i)) {
      ++i;
      continue;
    }
    size_t last = i;
    while (last + 1 < words.size()) {
      if (is_name_word(last + 1) && joins(last, last + 1)) {
        ++last;
      } else if (last + 2 < words.size() && words[last + 1].latin && c.particles.count(words[last + 1].folded) &&
                 !words[last + 1].capitalized && joins(last, last + 1) && joins(last + 1, last + 2) &&
                 is_name_word(last + 2)) {
        last += 2;
      } else {
        break;
      }
    }
    Run run{i, last};
    i = last + 1;
    // Trim stopwords, non-names and titles off the front; a title is a cue.
    while (run.first <= run.last) {
      const std::string& f = words[run.first].folded;
      if (c.person_before.count(f)) run.person_cue = true;
      else if (!is_stop(f) && !c.not_names.count(f)) break;
      ++run.first;
    }
    while (run.first <= run.last && c.not_names.count(words[run.last].folded)) --run.last;
    if (run.first > run.last) continue;
    if (run.first > 0 && !run.person_cue) {
      const std::string& before = words[run.first - 1].folded;
      if (c.person_before.count(before)) run.person_cue = true;
    }
    if (run.first == run.last && words[run.first].sentence_start) {
      std::string_view one = s.substr(words[run.first].begin, words[run.first].end - words[run.first].begin);
      if (!places.lookup(one) && !known_capitalized.count(words[run.first].folded)) continue;
    }
    runs.push_back(run);
  }

  std::vector<EntitySpan> spans;
  std::set<std::string> person_words;
  for (const Run& run : runs) {
    EntitySpan span;
    span.begin = words[run.first].begin;
    span.end = words[run.last].end;
    span.text = std::string(s.substr(span.begin, span.end - span.begin));
    PlaceMatch place = places.lookup(span.text);
    bool org = run.first == run.last && words[run.first].acronym;
    for (size_t k = run.first; k <= run.last && !org; ++k) org = c.org_words.count(words[k].folded) > 0;
    bool person = run.person_cue;
    if (!person && run.last + 1 < words.size()) person = c.person_after.count(words[run.last + 1].folded) > 0;
    if (place && !place.demonym) span.type = "LOC";
    else if (org) span.type = "ORG";
    else if (person) span.type = "PERS";
    else span.type = "MISC";
    if (span.type == "PERS") person_words.insert(words[run.last].folded);
    spans.push_back(std::move(span));
  }
  // "Retailleau" after "Bruno Retailleau" was called a person is one too.
  for (size_t r = 0; r < runs.size(); ++r)
    if (spans[r].type == "MISC" && person_words.count(words[runs[r].last].folded)) spans[r].type = "PERS";
  return spans;
}

}  // namespace marsad::entity
