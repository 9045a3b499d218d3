#include "text/script.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace marsad::text {
namespace {

TEST(ScriptTest, ArabicLetters) {
  for (char32_t cp : {U'ا', U'أ', U'إ', U'آ', U'ٱ', U'ء', U'ى', U'ي', U'ة', U'ؤ', U'ئ', U'ک', U'ی',
                      U'پ', U'ﻻ', U'ﺃ', U'ݐ'}) {
    EXPECT_TRUE(is_arabic_letter(cp)) << std::hex << static_cast<uint32_t>(cp);
  }
  for (char32_t cp : {U'ـ', U'َ', U'ّ', U'ٰ', U'٣', U'۳', U'،', U'؟', U'a', U'é', U'א'}) {
    EXPECT_FALSE(is_arabic_letter(cp)) << std::hex << static_cast<uint32_t>(cp);
  }
}

TEST(ScriptTest, LatinLetters) {
  for (char32_t cp : {U'a', U'Z', U'é', U'Ç', U'ß', U'œ', U'ğ', U'ṣ', U'ª'}) {
    EXPECT_TRUE(is_latin_letter(cp)) << std::hex << static_cast<uint32_t>(cp);
  }
  for (char32_t cp : {U'1', U'×', U'÷', U'@', U'ا', U'α', U'Ж', U'\u0301'}) {
    EXPECT_FALSE(is_latin_letter(cp)) << std::hex << static_cast<uint32_t>(cp);
  }
}

TEST(ScriptTest, ArabicDiacritics) {
  for (char32_t cp : {U'\u064B', U'\u064C', U'\u064D', U'\u064E', U'\u064F', U'\u0650', U'\u0651',
                      U'\u0652', U'\u0670', U'\u0654', U'\u06E1'}) {
    EXPECT_TRUE(is_arabic_diacritic(cp)) << std::hex << static_cast<uint32_t>(cp);
  }
  for (char32_t cp : {U'ـ', U'ا', U'\u0301', U'،'}) {
    EXPECT_FALSE(is_arabic_diacritic(cp)) << std::hex << static_cast<uint32_t>(cp);
  }
}

TEST(ScriptTest, ProfileCountsEachClass) {
  // 5 Arabic letters + shadda and tatweel (uncounted), 3 Latin, 2 Greek,
  // digits: 2 ASCII + 2 Arabic-Indic + 1 Persian, punctuation ، « » . !,
  // spaces: 4 ASCII + NBSP + newline, symbols $ + 😀 ½.
  const ScriptProfile p = profile_script("محمّد ـ«ب» abc αβ 12٣٤۵،.!\u00a0$+😀½\n");
  EXPECT_EQ(p.arabic, 5u);
  EXPECT_EQ(p.latin, 3u);
  EXPECT_EQ(p.other_letters, 2u);
  EXPECT_EQ(p.digits, 5u);
  EXPECT_EQ(p.punctuation, 5u);
  EXPECT_EQ(p.spaces, 6u);
  EXPECT_EQ(p.symbols, 4u);
  EXPECT_EQ(p.letters(), 10u);
}

TEST(ScriptTest, InvisibleCharactersAndMarksAreNotCounted) {
  const ScriptProfile p = profile_script("\u200f\u200d\u200b\u064e\u0301\u0640");
  EXPECT_EQ(p.letters() + p.digits + p.punctuation + p.symbols, 0u);
  // ZWSP is a format character (Cf), not a space.
  EXPECT_EQ(p.spaces, 0u);
}

TEST(ScriptTest, InvalidBytesAreSymbols) {
  const ScriptProfile p = profile_script("ab\xFF\xC0");
  EXPECT_EQ(p.latin, 2u);
  EXPECT_EQ(p.symbols, 2u);
}

TEST(ScriptTest, EmptyText) {
  const ScriptProfile p = profile_script("");
  EXPECT_EQ(p.letters(), 0u);
  EXPECT_EQ(p.spaces, 0u);
}

void add(ScriptProfile& total, const ScriptProfile& p) {
  total.arabic += p.arabic;
  total.latin += p.latin;
  total.other_letters += p.other_letters;
  total.digits += p.digits;
  total.punctuation += p.punctuation;
  total.spaces += p.spaces;
  total.symbols += p.symbols;
}

TEST(ScriptTest, LongTextCountsAsItsCharactersOneByOne) {
  // Long runs go through 16-byte blocks (of plain Arabic in profile_script, of
  // ASCII and Arabic in the letter counters); single characters never do. Every code
  // point of the Arabic block (letters, tatweel, marks, digits, punctuation), every
  // ASCII character, other letters and invalid bytes meet the blocks at every offset.
  std::vector<std::string> pieces = {" ", " ", " ", "a", "1", ".", "\xC2\xA0", "\xD9", "\x80", "\xFF"};
  for (char32_t cp = 0x0600; cp <= 0x06FF; ++cp) {
    std::string c;
    append_utf8(c, cp);
    pieces.push_back(c);
  }
  // Every ASCII character: the blocks count letters, digits, spaces and punctuation,
  // and leave control characters and symbols to the per-character loop.
  const size_t ascii_first = pieces.size();
  for (int c = 0; c < 0x80; ++c) pieces.push_back(std::string(1, static_cast<char>(c)));
  // Latin letters and signs beyond ASCII (é, ǅ, ɐ, ʰ, ḁ, ﬀ, Ａ), Greek, Cyrillic, « and “.
  for (const char* c : {"\u00E9", "\u01C5", "\u0250", "\u02B0", "\u1E01", "\uFB00", "\uFF21",
                        "\u03B1", "\u0430", "\u00AB", "\u201C", "\u0750", "\u06A9"})
    pieces.push_back(c);
  std::mt19937 random(11);
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    ScriptProfile expected;
    const int length = static_cast<int>(random() % 80);
    for (int k = 0; k < length; ++k) {
      // Mostly the letters U+0620..U+064A and spaces, the plain blocks' share.
      const size_t pick = random() % 4 != 0
                              ? (random() % 2 ? 0 : 10 + 0x20 + random() % 0x2B)
                              : (random() % 2 ? ascii_first + 0x20 + random() % 0x5F
                                              : random() % pieces.size());
      text += pieces[pick];
    }
    // The reference: each character profiled alone (a broken sequence is one byte).
    for (size_t i = 0; i < text.size();) {
      const size_t start = i;
      next_code_point(text, i);
      add(expected, profile_script(std::string_view(text).substr(start, i - start)));
    }
    const ScriptProfile got = profile_script(text);
    ASSERT_EQ(got.arabic, expected.arabic) << "round " << round;
    ASSERT_EQ(got.latin, expected.latin) << "round " << round;
    ASSERT_EQ(got.other_letters, expected.other_letters) << "round " << round;
    ASSERT_EQ(got.digits, expected.digits) << "round " << round;
    ASSERT_EQ(got.punctuation, expected.punctuation) << "round " << round;
    ASSERT_EQ(got.spaces, expected.spaces) << "round " << round;
    ASSERT_EQ(got.symbols, expected.symbols) << "round " << round;
    const LetterCounts letters = count_arabic_latin_letters(text);
    ASSERT_EQ(letters.arabic, expected.arabic) << "round " << round;
    ASSERT_EQ(letters.latin, expected.latin) << "round " << round;
    ASSERT_EQ(count_latin_letters(text), expected.latin) << "round " << round;
  }
}

TEST(ScriptTest, CountsOfManyBlocksDoNotWrap) {
  // Thousands of plain blocks: the letter counters' per-block byte counters are
  // added up before they wrap.
  std::string text;
  for (int k = 0; k < 2000; ++k) text += "\xD9\x83\xD8\xAA\xD8\xA8 \xD8\x8C 12 abc. ";
  ScriptProfile expected;
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    next_code_point(text, i);
    add(expected, profile_script(std::string_view(text).substr(start, i - start)));
  }
  const ScriptProfile got = profile_script(text);
  EXPECT_EQ(got.arabic, 6000u);
  EXPECT_EQ(got.arabic, expected.arabic);
  EXPECT_EQ(got.latin, expected.latin);
  EXPECT_EQ(got.digits, expected.digits);
  EXPECT_EQ(got.punctuation, expected.punctuation);
  EXPECT_EQ(got.spaces, expected.spaces);
  EXPECT_EQ(count_arabic_latin_letters(text).arabic, expected.arabic);
  EXPECT_EQ(count_arabic_latin_letters(text).latin, expected.latin);
  EXPECT_EQ(count_latin_letters(text), expected.latin);
}

}  // namespace
}  // namespace marsad::text
