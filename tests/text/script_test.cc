#include "text/script.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace marsad::text
