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
  } else {
    result.term = options_.stem ? arabic_stemmer_.stem(word) : std::string(word);
  }
  return arabic_terms_.insert(token, std::move(result));
}

const std::string& Analyzer::stem(std::string_view word) {
  if (const std::string* known = stems_.find(word)) return *known;
  return stems_.insert(word, stemmer_.stem(word));
}

std::vector<std::string> Analyzer::terms(std::string_view text) {
  // Offsets are needed only to see a name's capital in the original text.
  const bool check_names = options_.stem && stemmer_.available() && has_uppercase_latin(text);
  NormalizedText normalized;
  if (check_names) {
    normalized = normalize_for_matching_with_offsets(text);
  } else {
    normalized.text = normalize_for_matching(text);
  }
  const std::vector<Token> tokens = tokenize_words(normalized.text);
  std::vector<std::string> out;
  out.reserve(tokens.size());
  for (const Token& token : tokens) {
    if (token.is_number) {
      out.emplace_back(token.text);
      continue;
    }
    if (starts_with_arabic_letter(token.text)) {
      const ArabicTerm& t = arabic_term(token.text);
      if (!t.dropped) out.push_back(t.term);
      continue;
    }
    const std::string_view word = token.text;
    if (stopwords_ != nullptr && stopwords_->find(word) != stopwords_->end()) continue;
    if (!options_.stem) {
      out.emplace_back(word);
    } else if (check_names &&
               looks_like_name(text.substr(normalized.to_original[token.begin]))) {
      out.emplace_back(word);
    } else {
      out.push_back(stem(word));
    }
  }
  return out;
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
