#include "clean/section_label.h"

#include <gtest/gtest.h>

#include <string>

namespace marsad {
namespace {

TEST(SectionLabel, ADeskNameBeforeASlashIsALabel) {
  const std::string title = "رياضي / المنتخب يفوز في مباراة الافتتاح";
  const size_t cut = section_label_length(title);
  ASSERT_GT(cut, 0u);
  EXPECT_EQ(title.substr(cut), "المنتخب يفوز في مباراة الافتتاح");
  EXPECT_GT(section_label_length("World News / Floods hit the northern province"), 0u);
}

TEST(SectionLabel, SlashesThatJoinNamesOrNumbersAreNoLabels) {
  EXPECT_EQ(section_label_length("السعودية/مصر: اتفاق جديد للتعاون"), 0u);
  EXPECT_EQ(section_label_length("24 / 7 خدمة العملاء متاحة دائما"), 0u);
  EXPECT_EQ(section_label_length("مجلس الأمن الدولي / يدين الهجوم على القافلة"), 0u);  // three words
  EXPECT_EQ(section_label_length("عام / تهنئة"), 0u);  // too little after it
  EXPECT_EQ(section_label_length("خبر بلا علامة"), 0u);
}

}  // namespace
}  // namespace marsad
