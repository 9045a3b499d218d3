#include "dedup/fingerprint.h"

// For XXH3_state_t on the stack; the header and libxxhash come from one package.
#define XXH_STATIC_LINKING_ONLY
#include <xxhash.h>

namespace marsad {

uint64_t exact_fingerprint(const std::vector<std::string>& words) {
  // Streaming gives the same digest as hashing the joined string in one call.
  XXH3_state_t state;
  XXH3_64bits_reset(&state);
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) XXH3_64bits_update(&state, " ", 1);
    XXH3_64bits_update(&state, words[i].data(), words[i].size());
  }
  return XXH3_64bits_digest(&state);
}

}  // namespace marsad
