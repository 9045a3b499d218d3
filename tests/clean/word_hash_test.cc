#include "clean/word_hash.h"

#include <functional>
#include <random>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace marsad {
namespace {

// The repetition finder samples shingles by these values: they must be
// std::hash<std::string_view>'s, whether or not bytes past the word may be read.
TEST(WordHash, EqualsStdHashForEveryLengthAndEveryReadableEnd) {
  std::mt19937_64 random(7);
  std::string text(96, '\0');
  for (char& c : text) c = static_cast<char>(random());
  for (size_t start = 0; start < 8; ++start) {
    for (size_t len = 0; start + len <= 40; ++len) {
      const std::string_view word(text.data() + start, len);
      const size_t expected = std::hash<std::string_view>{}(word);
      // Readable exactly to the word's end (the byte loop) and well past it (the masked load).
      EXPECT_EQ(word_hash(word.data(), len, word.data() + len), expected) << start << " " << len;
      EXPECT_EQ(word_hash(word.data(), len, text.data() + text.size()), expected) << start << " " << len;
    }
  }
}

TEST(WordHash, EqualsStdHashForArabicWords) {
  const std::string line = "قال وزير الخارجية السعودي عادل الجبير إن المملكة 2015 ٢٠١٥";
  size_t start = 0;
  while (start < line.size()) {
    size_t end = line.find(' ', start);
    if (end == std::string::npos) end = line.size();
    const std::string_view word(line.data() + start, end - start);
    EXPECT_EQ(word_hash(word.data(), word.size(), line.data() + line.size()),
              std::hash<std::string_view>{}(word));
    start = end + 1;
  }
}

}  // namespace
}  // namespace marsad
