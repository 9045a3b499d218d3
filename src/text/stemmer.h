// Snowball stemming (libstemmer) by language code.
//
//   Stemmer stemmer("fr");
//   if (stemmer.available()) term = stemmer.stem("ministres");  // "ministr"
//
// NOT thread-safe: a Stemmer keeps a working buffer. Keep one per thread (an
// Analyzer owns one). Move-only.
#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace marsad::text {

class Stemmer {
 public:
  // lang_iso639_1: "ar", "fr", "en", ... Every language libstemmer has is
  // known: ar ca da de el en es eu fi fr ga hi hu hy id it lt ne nl no pt ro
  // ru sr sv ta tr yi. Another code gives a Stemmer that is not available.
  explicit Stemmer(std::string_view lang_iso639_1);
  ~Stemmer();
  Stemmer(Stemmer&& other) noexcept;
  Stemmer& operator=(Stemmer&& other) noexcept;
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // True if libstemmer has an algorithm for the language.
  bool available() const { return stemmer_ != nullptr; }

  // The stem of word, which should be in matching form (lowercase, see
  // normalize.h). Without an algorithm, the word unchanged.
  std::string stem(std::string_view word) const;

  // The Snowball algorithm name for an ISO 639-1 code ("fr" → "french"),
  // or "" if libstemmer has none.
  static std::string_view algorithm_for(std::string_view lang_iso639_1);

 private:
  sb_stemmer* stemmer_ = nullptr;
};

}  // namespace marsad::text
