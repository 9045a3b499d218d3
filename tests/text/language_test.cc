#include "text/language.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace marsad::text
