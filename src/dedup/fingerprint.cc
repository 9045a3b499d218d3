#include "dedup/fingerprint.h"

#include <xxhash.h>

namespace marsad {
namespace {

template <typename Word>
uint64_t fingerprint_of(std::span<const Word> words) {
  // The joined string built once in a buffer: one XXH3 call over it costs a
  // fraction of a streaming update per word, and gives the same digest.
  size_t bytes = words.empty() ? 0 : words.size() - 1;
  for (const auto& w : words) bytes += w.size();
  std::string joined;
  joined.reserve(bytes);
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) joined += ' ';
    joined.append(words[i].data(), words[i].size());
  }
  return XXH3_64bits(joined.data(), joined.size());
}

}  // namespace

uint64_t exact_fingerprint(const std::vector<std::string>& words) {
  return fingerprint_of(std::span<const std::string>(words));
}

uint64_t exact_fingerprint(std::span<const std::string_view> words) { return fingerprint_of(words); }

}  // namespace marsad
