#include "text/stemmer.h"

#include <array>
#include <utility>

#include <libstemmer.h>

namespace marsad::text {
namespace {

struct Algorithm {
  std::string_view lang;
  std::string_view name;
};

// libstemmer 2.2's algorithms by ISO 639-1 code ("porter" is the older English one).
constexpr std::array<Algorithm, 28> kAlgorithms = {{
    {"ar", "arabic"},   {"ca", "catalan"},    {"da", "danish"},     {"de", "german"},
    {"el", "greek"},    {"en", "english"},    {"es", "spanish"},    {"eu", "basque"},
    {"fi", "finnish"},  {"fr", "french"},     {"ga", "irish"},      {"hi", "hindi"},
    {"hu", "hungarian"}, {"hy", "armenian"},  {"id", "indonesian"}, {"it", "italian"},
    {"lt", "lithuanian"}, {"ne", "nepali"},   {"nl", "dutch"},      {"no", "norwegian"},
    {"pt", "portuguese"}, {"ro", "romanian"}, {"ru", "russian"},    {"sr", "serbian"},
    {"sv", "swedish"},  {"ta", "tamil"},      {"tr", "turkish"},    {"yi", "yiddish"},
}};

}  // namespace

std::string_view Stemmer::algorithm_for(std::string_view lang) {
  if (lang == "nb" || lang == "nn") lang = "no";
  for (const Algorithm& a : kAlgorithms) {
    if (a.lang == lang) return a.name;
  }
  return {};
}

Stemmer::Stemmer(std::string_view lang) {
  const std::string_view name = algorithm_for(lang);
  if (!name.empty()) stemmer_ = sb_stemmer_new(std::string(name).c_str(), "UTF_8");
}

Stemmer::~Stemmer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

Stemmer::Stemmer(Stemmer&& other) noexcept : stemmer_(std::exchange(other.stemmer_, nullptr)) {}

Stemmer& Stemmer::operator=(Stemmer&& other) noexcept {
  if (this != &other) {
    if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
    stemmer_ = std::exchange(other.stemmer_, nullptr);
  }
  return *this;
}

std::string Stemmer::stem(std::string_view word) const {
  if (stemmer_ == nullptr || word.empty()) return std::string(word);
  const sb_symbol* s = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                       static_cast<int>(word.size()));
  if (s == nullptr) return std::string(word);  // out of memory in libstemmer
  return std::string(reinterpret_cast<const char*>(s),
                     static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace marsad::text
