#include "clean/line_features.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/script.h"

namespace marsad {
namespace {

// What describe_line counts, byte by byte as its definitions say: tokens split at
// ' ', '\t', '\n', '\r' and NBSP (C2 A0); a token is a word if it holds an ASCII
// letter or digit or any byte above 0x7F; a long number is a run of 5+ ASCII
// digits; an e-mail sign is an '@' between two bytes that are not ' '.
struct Expected {
  size_t words = 0, long_numbers = 0;
  bool has_email = false;
};

Expected count_by_bytes(std::string_view s) {
  Expected e;
  bool in_token = false, token_has_alnum = false;
  size_t digits = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      space = true;
      ++i;
    }
    const bool digit = c >= '0' && c <= '9';
    digits = digit && !space ? digits + 1 : 0;
    if (digits == 5) ++e.long_numbers;
    if (c == '@' && i > 0 && i + 1 < s.size() && s[i - 1] != ' ' && s[i + 1] != ' ') e.has_email = true;
    if (space) {
      e.words += in_token && token_has_alnum;
      in_token = token_has_alnum = false;
      continue;
    }
    in_token = true;
    token_has_alnum |= c >= 0x80 || digit || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  }
  e.words += in_token && token_has_alnum;
  return e;
}

// Lines made of pieces that put every byte class at every offset of the
// 64-byte chunks describe_line reads: Arabic words, Latin names with accents,
// numbers, NBSP, « », controls, '@', punctuation alone, broken UTF-8.
std::string random_line(std::mt19937& rng) {
  static const std::vector<std::string> kPieces = {
      "الرياض", "والمملكة", "أعلن", " ", " ", "  ", "\t", "\r", "\n", "\xC2\xA0", "\xC2\xAB",
      "\xC2\xBB", "«", "»", "،", "؟", ".", ",", "-", "...", "—", "“", "”", "Riyadh", "Éric",
      "Müller", "ß", "ª", "º", "µ", "12", "123456", "٢٠٢٥", "2025", "@", "a@b.sa", " @ ",
      "x", "Ⅻ", "ｆｕｌｌ", "ﻻ", "\x01", "\x0B", "\x7F", "\xC3", "\xA0", "\xC2", "\xE2\x80",
      "\xF0\x9F\x98\x80", "Ḁ", "ɐ", "ˆ", "ا", "ب"};
  std::uniform_int_distribution<size_t> piece(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> count(0, 60);
  std::string line;
  for (int k = count(rng); k > 0; --k) line += kPieces[piece(rng)];
  return line;
}

TEST(LineFeaturesTest, CountsMatchTheByteByByteDefinitions) {
  std::mt19937 rng(20240521);
  const LineLexicon empty;
  for (int round = 0; round < 20000; ++round) {
    const std::string line = random_line(rng);
    const LineFeatures f = describe_line(line, 1, empty);
    const Expected e = count_by_bytes(f.text);
    ASSERT_EQ(f.words, e.words) << "round " << round << ": " << line;
    ASSERT_EQ(count_words(line), count_by_bytes(line).words) << "round " << round;
    ASSERT_EQ(f.long_numbers, e.long_numbers) << "round " << round << ": " << line;
    ASSERT_EQ(f.has_email, e.has_email) << "round " << round << ": " << line;
    ASSERT_EQ(f.latin_letters, text::count_latin_letters(f.text)) << "round " << round << ": " << line;
    if (f.latin_letters > 0) {
      ASSERT_EQ(f.arabic_letters_if_latin, text::count_arabic_latin_letters(f.text).arabic);
    }
  }
}

TEST(LineFeaturesTest, WordsNumbersAndEmail) {
  const LineLexicon empty;
  const LineFeatures f = describe_line("  اتصل على 0551234567 أو info@spa.gov.sa - شكرا  ", 3, empty);
  EXPECT_EQ(f.number, 3u);
  EXPECT_EQ(f.words, 6u);  // the lone "-" is no word
  EXPECT_EQ(f.long_numbers, 1u);
  EXPECT_TRUE(f.has_email);
  EXPECT_EQ(f.latin_letters, 12u);  // info, spa, gov, sa
  EXPECT_FALSE(describe_line("بريد @ هنا", 1, empty).has_email);
  // NBSP separates words; a run of four digits is no long number.
  const LineFeatures g = describe_line("عام\xC2\xA0" "2025\xC2\xA0م", 1, empty);
  EXPECT_EQ(g.words, 3u);
  EXPECT_EQ(g.long_numbers, 0u);
  EXPECT_EQ(g.latin_letters, 0u);
  // A word across the 64-byte chunk boundary counts once.
  const std::string long_word(100, 'a');
  EXPECT_EQ(count_words(std::string(63, ' ') + long_word + " b"), 2u);
  EXPECT_EQ(describe_line(std::string(62, '.') + " Éric", 1, empty).latin_letters, 4u);
}

}  // namespace
}  // namespace marsad
