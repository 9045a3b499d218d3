#include "clean/glued_prefix.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

const std::string kArabic =
    "وأوضح الوزير خلال ندوة صحفية مشتركة أن هذا اللقاء يأتي في إطار زيارة رسمية إلى البلاد.";

TEST(GluedPrefix, EnglishSentenceGluedToArabicParagraph) {
  const std::string prefix = "Thanks for visiting, please share this story!";
  EXPECT_EQ(glued_foreign_prefix_length(prefix + kArabic), prefix.size());
}

TEST(GluedPrefix, SpacesBetweenPrefixAndParagraphAreAllowed) {
  const std::string prefix = "Subscribe to our newsletter today.";
  EXPECT_EQ(glued_foreign_prefix_length(prefix + "  " + kArabic), prefix.size() + 2);
}

TEST(GluedPrefix, ArabicSentenceGluedToFrenchParagraph) {
  const std::string prefix = "شكرا لكم على قراءة هذا المقال!";
  const std::string french =
      "Le ministre de l'Intérieur a reçu lundi son homologue pour une réunion consacrée à la "
      "sécurité et à la migration entre les deux pays.";
  EXPECT_EQ(glued_foreign_prefix_length(prefix + french), prefix.size());
}

TEST(GluedPrefix, LatinNameInsideArabicIsNotAPrefix) {
  EXPECT_EQ(glued_foreign_prefix_length("قال مسؤول في شركة Renault إن الإنتاج سيرتفع هذا العام."), 0u);
}

TEST(GluedPrefix, LatinStartWithoutSentenceEndIsKept) {
  // An outlet name or acronym leading a paragraph is part of it.
  EXPECT_EQ(glued_foreign_prefix_length("AFP news agency " + kArabic), 0u);
}

TEST(GluedPrefix, TooShortPrefixIsKept) {
  EXPECT_EQ(glued_foreign_prefix_length("Update: " + kArabic), 0u);
}

TEST(GluedPrefix, PlainParagraphsHaveNone) {
  EXPECT_EQ(glued_foreign_prefix_length(kArabic), 0u);
  EXPECT_EQ(glued_foreign_prefix_length("A plain English paragraph. With two sentences."), 0u);
}

}  // namespace
}  // namespace marsad
