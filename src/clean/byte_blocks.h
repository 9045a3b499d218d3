// Text read 64 bytes at a time, for the scans that take a block's bytes as
// bit masks (line_features.cc, repetition.cc).
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

namespace marsad {

// Calls block(bytes, offset) for each 64-byte block of text, in order: `bytes`
// points at the block's 64 bytes and `offset` is where it starts in text. The
// last block is padded with spaces, which end a word or a number as the end
// of the text does.
template <typename Block>
inline void for_each_64_bytes(std::string_view text, Block&& block) {
  char padded[64];
  for (size_t offset = 0; offset < text.size(); offset += 64) {
    const char* bytes = text.data() + offset;
    if (text.size() - offset < 64) {
      std::memset(padded, ' ', sizeof padded);
      std::memcpy(padded, bytes, text.size() - offset);
      bytes = padded;
    }
    block(bytes, offset);
  }
}

}  // namespace marsad
