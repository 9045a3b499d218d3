#include "text/analyzer.h"

#include <unicode/uchar.h>

#include "text/clitics.h"
#include "text/normalize.h"
#include "text/script.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

bool starts_with_arabic_letter(std::string_view word) {
  if (word.empty() || static_cast<unsigned char>(word[0]) < 0x80) return false;
  size_t i = 0;
  return is_arabic_letter(next_code_point(word, i));
}

bool has_uppercase_latin(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') return true;
      ++i;
      continue;
    }
    const char32_t cp = next_code_point(text, i);
    if (cp >= 0x0600 && cp < 0x0700) continue;  // the Arabic block, most of the text
    if (is_latin_letter(cp) && u_isupper(static_cast<UChar32>(cp))) return true;
  }
  return false;
}

}  // namespace

bool looks_like_name(std::string_view word) {
  if (word.empty()) return false;
  size_t i = 0;
  const char32_t first = next_code_point(word, i);
  return is_latin_letter(first) && u_isupper(static_cast<UChar32>(first));
}

Analyzer::Analyzer(std::string lang, AnalyzerOptions options)
    : lang_(std::move(lang)), options_(options), stemmer_(lang_), arabic_stemmer_("ar") {
  if (options_.drop_stopwords) {
    if (lang_ != "un" && !lang_.empty()) stopwords_ = stopword_list(lang_);
    arabic_stopwords_ = stopword_list("ar");
  }
}

const Analyzer::ArabicTerm& Analyzer::arabic_term(std::string_view token) {
  if (const ArabicTerm* known = arabic_terms_.find(token)) return *known;
  ArabicTerm result;
  const std::string_view word = strip_arabic_proclitics(token);
  if (arabic_stopwords_ != nullptr && arabic_stopwords_->find(word) != arabic_stopwords_->end()) {
    result.dropped = true;
  } else if (!options_.stem) {
    result.term = std::string(word);
  } else if (const std::string* known = arabic_stems_.find(word)) {
    result.term = *known;
  } else {
    result.term = arabic_stems_.insert(word, arabic_stemmer_.stem(word));
  }
  return arabic_terms_.insert(token, std::move(result));
}

const std::string& Analyzer::stem(std::string_view word) {
  if (const std::string* known = stems_.find(word)) return *known;
  return stems_.insert(word, stemmer_.stem(word));
}

std::vector<std::string> Analyzer::terms(std::string_view text) {
  std::vector<std::string> out;
  for_each_term(text, [&](std::string_view term) { out.emplace_back(term); });
  return out;
}

void Analyzer::each_term(std::string_view text, void* context,
                         void (*emit)(void*, std::string_view)) {
  // Offsets are needed only to see a name's capital in the original text.
  const bool check_names = options_.stem && stemmer_.available() && has_uppercase_latin(text);
  NormalizedText with_offsets;
  if (check_names) {
    with_offsets = normalize_for_matching_with_offsets(text);
  } else {
    normalize_for_matching(text, normalized_);
  }
  const std::string_view normalized = check_names ? with_offsets.text : normalized_;
  for (const Token& token : tokenize_words(normalized)) {
    if (token.is_number) {
      emit(context, token.text);
      continue;
    }
    if (starts_with_arabic_letter(token.text)) {
      const ArabicTerm& t = arabic_term(token.text);
      if (!t.dropped) emit(context, t.term);
      continue;
    }
    const std::string_view word = token.text;
    if (stopwords_ != nullptr && stopwords_->find(word) != stopwords_->end()) continue;
    if (!options_.stem) {
      emit(context, word);
    } else if (check_names &&
               looks_like_name(text.substr(with_offsets.to_original[token.begin]))) {
      emit(context, word);
    } else {
      emit(context, stem(word));
    }
  }
}

std::vector<std::string> Analyzer::words(std::string_view text) {
  const std::string normalized = normalize_for_matching(text);
  std::vector<std::string> out;
  for (const Token& token : tokenize_words(normalized)) {
    if (!token.is_number && starts_with_arabic_letter(token.text)) {
      out.emplace_back(strip_arabic_proclitics(token.text));
    } else {
      out.emplace_back(token.text);
    }
  }
  return out;
}

}  // namespace marsad::text
