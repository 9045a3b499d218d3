// Exact fingerprint of an article: two articles whose analyzed words are the
// same, in the same order, have the same fingerprint.
//
//   const uint64_t fp = exact_fingerprint(words);
//
// `words` are the article's words in matching form (normalized, clitics
// stripped, not stemmed), as the analyzer produces them; the fingerprint is
// therefore blind to spelling variants, punctuation and whitespace that the
// analyzer already removed.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

// XXH3-64 (seed 0) of the words joined by one ASCII space. The empty list
// hashes as the empty string.
uint64_t exact_fingerprint(const std::vector<std::string>& words);
// The same over views: equal words give equal fingerprints either way.
uint64_t exact_fingerprint(std::span<const std::string_view> words);

}  // namespace marsad
