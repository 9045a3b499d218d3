#include "clean/repetition.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

const std::string kA =
    "استقبل المدير العام للأمن الوطني وفدا أمنيا رفيع المستوى لبحث سبل تطوير التعاون الثنائي في مجال "
    "مكافحة الإرهاب والجريمة المنظمة وتبادل المعلومات.";
const std::string kB =
    "وجرى خلال هذا اللقاء بحث آليات التنسيق الميداني بين الأجهزة المختصة في البلدين، وتعزيز برامج "
    "التكوين المشترك لفائدة الأطر الأمنية.";
const std::string kC =
    "وفي ختام الزيارة، أشاد الوفد الضيف بالمستوى المتقدم الذي بلغته المصالح الأمنية في تأمين التظاهرات "
    "الكبرى خلال السنوات الأخيرة.";

TEST(Repetition, ExactRepeatOfTheBody) {
  const auto r = find_repeated_paragraphs({kA, kB, kC, kA, kB, kC});
  EXPECT_EQ(r, (std::vector<int>{-1, -1, -1, 0, 1, 2}));
}

TEST(Repetition, RepeatWithAnExtraLeadClauseIsStillARepeat) {
  const std::string with_lead = "في إطار تعزيز الشراكة الاستراتيجية بين البلدين، " + kA;
  const auto r = find_repeated_paragraphs({kA, kB, with_lead});
  EXPECT_EQ(r[2], 0);
}

TEST(Repetition, NearRepeatWithAFewWordsChanged) {
  std::string edited = kB;
  edited.replace(edited.find("الميداني"), std::string("الميداني").size(), "العملي");
  const auto r = find_repeated_paragraphs({kB, kC, edited});
  EXPECT_EQ(r[2], 0);
}

TEST(Repetition, ShortLineQuotedInsideALongParagraphIsNotARepeat) {
  const std::string subhead = "تعزيز التعاون الأمني بين البلدين";
  const std::string long_paragraph = "وقال الوزير إن " + subhead + " أولوية، " + kC + " " + kB;
  const auto r = find_repeated_paragraphs({subhead, kA, long_paragraph});
  EXPECT_EQ(r[2], -1);
}

TEST(Repetition, DistinctParagraphsAreNotRepeats) {
  const auto r = find_repeated_paragraphs({kA, kB, kC});
  EXPECT_EQ(r, (std::vector<int>{-1, -1, -1}));
}

TEST(Repetition, ShortLinesRepeatOnlyWhenIdentical) {
  const auto r = find_repeated_paragraphs({"رسائل سياسية", kA, "رسائل سياسية", "رسائل دبلوماسية"});
  EXPECT_EQ(r, (std::vector<int>{-1, -1, 0, -1}));
}

TEST(Repetition, PunctuationDoesNotHideARepeat) {
  std::string punctuated = "«" + kC + "»";
  const auto r = find_repeated_paragraphs({kC, punctuated});
  EXPECT_EQ(r[1], 0);
}

}  // namespace
}  // namespace marsad
