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

std::vector<std::string> Analyzer::terms(std::string_view text) {
  // Offsets are needed only to see a name's capital in the original text.
  const bool check_names = options_.stem && stemmer_.available() && has_uppercase_latin(text);
  NormalizedText normalized;
  if (check_names) {
    normalized = normalize_for_matching_with_offsets(text);
  } else {
    normalized.text = normalize_for_matching(text);
  }
  std::vector<std::string> out;
  for (const Token& token : tokenize_words(normalized.text)) {
    if (token.is_number) {
      out.emplace_back(token.text);
      continue;
    }
    const bool arabic = starts_with_arabic_letter(token.text);
    const std::string_view word = arabic ? strip_arabic_proclitics(token.text) : token.text;
    const WordSet* stopwords = arabic ? arabic_stopwords_ : stopwords_;
    if (stopwords != nullptr && stopwords->find(word) != stopwords->end()) continue;
    if (!options_.stem) {
      out.emplace_back(word);
    } else if (arabic) {
      out.push_back(arabic_stemmer_.stem(word));
    } else if (check_names &&
               looks_like_name(text.substr(normalized.to_original[token.begin]))) {
      out.emplace_back(word);
    } else {
      out.push_back(stemmer_.stem(word));
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
