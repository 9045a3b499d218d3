#include "text/language.h"

#include <gtest/gtest.h>

#include <string>

#include "text/utf8.h"

namespace marsad::text {
namespace {

TEST(LanguageTest, Arabic) {
  const LanguageGuess g = detect_language(
      "أجرى وزير الداخلية الفرنسي مباحثات مع نظيره المغربي في الرباط يوم الاثنين، تناولت "
      "التعاون الأمني بين البلدين ومكافحة الهجرة غير النظامية والإرهاب.");
  EXPECT_EQ(g.code, "ar");
  EXPECT_TRUE(g.reliable);
  EXPECT_GT(g.percent, 80);
}

TEST(LanguageTest, French) {
  const LanguageGuess g = detect_language(
      "Le ministre de l'Intérieur s'est rendu lundi à Rabat pour s'entretenir avec son homologue "
      "marocain de la coopération en matière de sécurité et de migration.");
  EXPECT_EQ(g.code, "fr");
  EXPECT_TRUE(g.reliable);
}

TEST(LanguageTest, English) {
  const LanguageGuess g = detect_language(
      "The French interior minister met his Moroccan counterpart in Rabat on Monday to discuss "
      "security cooperation, irregular migration and the fight against terrorism.");
  EXPECT_EQ(g.code, "en");
  EXPECT_TRUE(g.reliable);
}

TEST(LanguageTest, MostlyArabicWithAnEnglishWidget) {
  const LanguageGuess g = detect_language(
      "وأكد الوزيران على أهمية تعزيز التنسيق بين الأجهزة الأمنية في البلدين لمواجهة التحديات "
      "المشتركة، بما فيها شبكات تهريب البشر والجريمة المنظمة العابرة للحدود. "
      "Thank you for reading this post!");
  EXPECT_EQ(g.code, "ar");
}

TEST(LanguageTest, NoTextIsUnknown) {
  EXPECT_EQ(detect_language("").code, "un");
  EXPECT_EQ(detect_language("12345 !!! ...").code, "un");
  EXPECT_FALSE(detect_language("").reliable);
}

TEST(LanguageTest, InvalidUtf8IsRepairedFirst) {
  const LanguageGuess g = detect_language(
      "Le ministre de l'Int\xe9rieur s'est rendu lundi \xe0 Rabat pour s'entretenir avec son "
      "homologue marocain de la coop\xe9" "ration en mati\xe8" "re de s\xe9" "curit\xe9" ".");
  EXPECT_EQ(g.code, "fr");
}

// `letters` letters of U+0621..U+064A in words of four, with an Arabic comma
// and an Arabic-Indic digit now and then, after `pad` bytes of ASCII punctuation.
std::string arabic_letters(size_t letters, size_t pad) {
  std::string text(pad, '-');
  for (size_t k = 0; k < letters; ++k) {
    append_utf8(text, 0x0621 + static_cast<char32_t>((k * 7) % 42));
    if (k % 4 == 3) text += k % 12 == 11 ? "\xD8\x8C " : (k % 8 == 7 ? " \xD9\xA3 " : " ");
  }
  return text;
}

bool plain_arabic_guess(const LanguageGuess& g) { return g.code == "ar" && g.reliable && g.percent == 100; }

// Text of the Arabic alphabet proper is Arabic without asking CLD2 when it has
// 20 letters or more and under one other letter for 20 Arabic ones; the letters
// are counted alike wherever they fall.
TEST(LanguageTest, PlainArabicNeedsTwentyLettersAndFewOthers) {
  for (size_t pad = 0; pad < 40; ++pad) {
    EXPECT_TRUE(plain_arabic_guess(detect_language(arabic_letters(20, pad)))) << pad;
    EXPECT_FALSE(plain_arabic_guess(detect_language(arabic_letters(19, pad)))) << pad;
    EXPECT_TRUE(plain_arabic_guess(detect_language(arabic_letters(60, pad) + " ab"))) << pad;
    EXPECT_FALSE(plain_arabic_guess(detect_language(arabic_letters(60, pad) + " abc"))) << pad;
    // A letter of Persian (پ) anywhere sends the text to CLD2.
    std::string persian = arabic_letters(60, pad);
    persian.insert(persian.size() / 2, " \xD9\xBE ");
    EXPECT_FALSE(plain_arabic_guess(detect_language(persian))) << pad;
  }
}

}  // namespace
}  // namespace marsad::text
