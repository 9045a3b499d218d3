#include "describe/card_text.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "text/script.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace marsad {

TermExtractor::Word& TermExtractor::word(Language& language, std::string_view text) {
  auto it = language.words.find(text);
  if (it == language.words.end()) {
    Word w;
    for (std::string& term : language.analyzer->terms(text)) {
      auto [id, added] = ids_.try_emplace(term, static_cast<uint32_t>(terms_.size()));
      if (added) {
        terms_.push_back(std::move(term));
        spellings_.emplace_back();
      }
      w.terms.push_back(id->second);
    }
    it = language.words.emplace(std::string(text), std::move(w)).first;
    if (it->second.terms.size() == 1) spellings_[it->second.terms[0]].emplace_back(&it->first, &it->second);
  }
  Word& w = it->second;
  if (w.count++ == 0) counted_.push_back(&w);
  return w;
}

void TermExtractor::term_ids(std::string_view text, const std::string& lang, std::vector<uint32_t>* ids) {
  auto language = languages_.find(lang);
  if (language == languages_.end()) {
    language = languages_.emplace(lang, Language{}).first;
    language->second.analyzer = std::make_unique<text::Analyzer>(lang.empty() ? "un" : lang);
  }
  for (const text::Token& token : text::tokenize_words(text)) {
    const Word& w = word(language->second, token.text);
    ids->insert(ids->end(), w.terms.begin(), w.terms.end());
  }
}

std::vector<std::string> TermExtractor::terms(std::string_view text, const std::string& lang) {
  std::vector<uint32_t> ids;
  term_ids(text, lang, &ids);
  std::vector<std::string> out;
  out.reserve(ids.size());
  for (uint32_t id : ids) out.push_back(terms_[id]);
  return out;
}

int64_t TermExtractor::id_of(std::string_view term) const {
  auto it = ids_.find(term);
  return it == ids_.end() ? -1 : static_cast<int64_t>(it->second);
}

namespace {

// The letters after a word's leading ال; 0 if it has none.
size_t after_article(std::string_view word) {
  constexpr std::string_view kArticle = "\u0627\u0644";  // ال
  if (!word.starts_with(kArticle)) return 0;
  size_t letters = 0;
  for (size_t i = kArticle.size(); i < word.size(); ++letters) text::next_code_point(word, i);
  return letters;
}

// The spelling a proclitic-glued one stands for: بناقة for ناقة, وسابك for
// سابك, للتأمين for التأمين; none if `written` knows no bare word.
template <typename Written>
std::optional<std::string> bare_spelling(std::string_view word, const Written& written) {
  for (std::string& reading : proclitic_free_readings(word)) {
    if (written(reading)) return std::move(reading);
  }
  return std::nullopt;
}

// Adds the count of each proclitic-glued spelling to its bare one's, and
// drops it: a keyword is shown as the word, not as the word after "and" or "in".
void fold_proclitic_spellings(std::map<std::string_view, size_t>* counts) {
  std::map<std::string_view, std::string> folds;  // وبناقة → بناقة → ناقة
  for (const auto& [word, count] : *counts) {
    const auto in_counts = [&](std::string_view w) { return counts->count(w) != 0; };
    if (auto bare = bare_spelling(word, in_counts)) folds.emplace(word, std::move(*bare));
  }
  for (const auto& [word, first] : folds) {
    std::string_view bare = first;
    for (auto next = folds.find(bare); next != folds.end(); next = folds.find(bare)) bare = next->second;
    const auto target = counts->find(bare);
    if (target != counts->end()) target->second += (*counts)[word];
  }
  for (const auto& [word, bare] : folds) counts->erase(word);
}

}  // namespace

std::vector<std::string> proclitic_free_readings(std::string_view word) {
  static constexpr std::string_view kConjunctions[] = {"\u0648", "\u0641"};          // و ف
  static constexpr std::string_view kPrepositions[] = {"\u0628", "\u0644", "\u0643"};  // ب ل ك
  constexpr size_t kTwoLetters = 4;  // Arabic letters are two bytes
  std::vector<std::string> out;
  const auto add = [&](std::string reading) {
    if (reading.size() >= kTwoLetters && reading != word &&
        std::find(out.begin(), out.end(), reading) == out.end())
      out.push_back(std::move(reading));
  };
  std::string_view rest = word;
  for (const std::string_view c : kConjunctions) {
    if (rest.starts_with(c)) {
      rest.remove_prefix(c.size());
      add(std::string(rest));
      break;
    }
  }
  for (const std::string_view p : kPrepositions) {
    if (!rest.starts_with(p)) continue;
    const std::string_view bare = rest.substr(p.size());
    add(std::string(bare));
    if (p == "\u0644" && bare.starts_with("\u0644")) add("\u0627" + std::string(bare));  // لل: ل + ال
  }
  return out;
}

std::string TermExtractor::spelling(const std::string& term, const TermExtractor* others) const {
  const int64_t id = id_of(term);
  if (id < 0) return term;
  // One word seen in two languages' texts counts once, with both counts.
  std::map<std::string_view, size_t> counts;
  for (const auto& [word, entry] : spellings_[id]) {
    if (entry->count != 0) counts[*word] += entry->count;
  }
  fold_proclitic_spellings(&counts);
  std::string_view best;
  size_t best_count = 0, best_other = 0;
  for (const auto& [word, count] : counts) {  // byte order: the first of a tie wins
    const size_t other = others != nullptr ? others->count(word) : 0;
    if (best_count == 0 || count > best_count ||
        (count == best_count && (other > best_other || (other == best_other && word.size() < best.size())))) {
      best = word;
      best_count = count;
      best_other = other;
    }
  }
  if (best_count == 0) return term;
  // A glued spelling the event never wrote bare: the run's bare word, where
  // the run writes it at least 3 times and more often (بمكة → مكة).
  // Before ال and three letters the letters glued on are nearly always
  // proclitics (والفنون، بالرياض; not بالمر, Palmer): there the bare word need
  // not be the more frequent ("الثقافة والفنون" outnumbers الفنون), only not
  // far rarer (والدي is "my father", الدي a rare fragment).
  if (others != nullptr) {
    const size_t glued = others->count(best);
    const auto often = [&](std::string_view w) {
      const size_t n = others->count(w);
      return n >= 3 && (n > glued || (after_article(w) >= 3 && 4 * n >= glued));
    };
    if (auto bare = bare_spelling(best, often)) return *bare;
  }
  return std::string(best);
}

void TermExtractor::forget_spellings() {
  for (Word* w : counted_) w->count = 0;
  counted_.clear();
}

size_t TermExtractor::count(std::string_view word) const {
  size_t n = 0;
  for (const auto& [lang, language] : languages_) {
    if (auto it = language.words.find(word); it != language.words.end()) n += it->second.count;
  }
  return n;
}

namespace {

// One sentence iterator per thread and language: creating one loads ICU's rules.
icu::BreakIterator* sentence_iterator(const std::string& lang) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> iterators;
  auto& slot = iterators[lang];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    const std::string locale = (lang.empty() || lang == "un" ? std::string("en") : lang) + "@ss=standard";
    slot.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status));
    if (U_FAILURE(status)) slot.reset();
  }
  return slot.get();
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space_byte(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space_byte(s.back())) s.remove_suffix(1);
  return s;
}

bool has_digit(std::string_view s) {
  for (const text::Token& t : text::tokenize_words(s)) {
    if (t.is_number) return true;
  }
  return false;
}

// Whether a piece ends with one Arabic letter and a full stop after a space
// (or alone): an abbreviated title before a name, "د." for الدكتور.
bool ends_with_arabic_initial(std::string_view piece) {
  if (piece.empty() || piece.back() != '.') return false;
  piece.remove_suffix(1);
  const size_t space = piece.find_last_of(' ');
  const std::string_view last = space == std::string_view::npos ? piece : piece.substr(space + 1);
  size_t i = 0;
  if (last.empty() || !text::is_arabic_letter(text::next_code_point(last, i))) return false;
  return i == last.size();
}

}  // namespace

std::vector<std::string_view> split_sentences(std::string_view paragraph, const std::string& lang) {
  std::vector<std::string_view> out;
  icu::BreakIterator* it = sentence_iterator(lang);
  if (!it) {
    if (auto s = trim(paragraph); !s.empty()) out.push_back(s);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
  if (U_FAILURE(status)) {
    if (auto s = trim(paragraph); !s.empty()) out.push_back(s);
    return out;
  }
  it->setText(ut, status);
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    std::string_view piece = trim(paragraph.substr(start, end - start));
    if (piece.empty()) continue;
    // ICU knows no Arabic abbreviations: "د." (Dr.), "م." (Eng.), "أ." before a name end no sentence.
    if (!out.empty() && ends_with_arabic_initial(out.back())) {
      out.back() = std::string_view(out.back().data(), piece.data() + piece.size() - out.back().data());
      continue;
    }
    out.push_back(piece);
  }
  utext_close(ut);
  return out;
}

size_t count_word_tokens(std::string_view text) { return text::tokenize_words(text).size(); }

std::string strip_sentence_marks(std::string_view sentence) {
  std::string_view s = trim(sentence);
  // Leading dateline: text before a dash near the start that ends with an
  // agency mark "(...)" or is a few words holding a number (a date).
  static constexpr std::string_view kDashes[] = {" - ", " – ", " — "};
  size_t cut = std::string_view::npos, cut_len = 0;
  for (std::string_view dash : kDashes) {
    for (size_t at = s.find(dash); at != std::string_view::npos && at < 120; at = s.find(dash, at + 1)) {
      if (cut == std::string_view::npos || at > cut) {
        cut = at;
        cut_len = dash.size();
      }
    }
  }
  if (cut != std::string_view::npos) {
    std::string_view prefix = trim(s.substr(0, cut));
    const size_t words = count_word_tokens(prefix);
    const bool agency = !prefix.empty() && prefix.back() == ')';
    if (words > 0 && ((agency && words <= 10) || (words <= 6 && has_digit(prefix)))) {
      s = trim(s.substr(cut + cut_len));
    }
  }
  // Trailing agency mark: a short bracketed group without digits.
  if (!s.empty() && s.back() == ')') {
    const size_t open = s.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      std::string_view group = s.substr(open + 1, s.size() - open - 2);
      if (count_word_tokens(group) <= 3 && !has_digit(group) && s.size() - open < 40) s = trim(s.substr(0, open));
    }
  }
  return std::string(s);
}

}  // namespace marsad
