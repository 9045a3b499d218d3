#include "clean/story_link.h"

#include <gtest/gtest.h>

#include <string>

namespace marsad {
namespace {

TEST(StoryLink, FooterGluedToTheLastSentenceStartsAtItsPhrase) {
  const std::string body = "ويحل أجل استحقاق عقد أغسطس يوم الثلاثاء القادم.";
  const std::string line = body + " رابط الخبر بصحيفة الوئام: النفط يتراجع نحو 1 % في ختام التعاملات";
  EXPECT_EQ(story_link_start(line), body.size() + 1);
  EXPECT_EQ(story_link_start("رابط المقال: https://example.com/a/1"), 0u);
  EXPECT_EQ(story_link_start("الرابط المختصر : example.com/x"), 0u);
  // A quote's colon earlier in the line is passed over.
  const std::string quoted = "وقال الوزير: إن العمل مستمر.";
  EXPECT_EQ(story_link_start(quoted + " رابط الخبر بصحيفة الوئام: العمل مستمر"), quoted.size() + 1);
}

TEST(StoryLink, ThePhraseInsideASentenceIsNoFooter) {
  // No colon, a sentence end before it, too many words before it, or part of a longer word.
  EXPECT_EQ(story_link_start("ونشر رابط الخبر على حسابه في تويتر دون تعليق."), std::string::npos);
  EXPECT_EQ(story_link_start("تداول المغردون رابط الخبر. وقال أحدهم: هذا غير صحيح"), std::string::npos);
  EXPECT_EQ(story_link_start("أرسل رابط الخبر إلى جميع أصدقائه في المدرسة والجامعة والعمل أمس وقال: انظروا"),
            std::string::npos);
  EXPECT_EQ(story_link_start("ضوابط الخبرة المطلوبة: خمس سنوات"), std::string::npos);
}

}  // namespace
}  // namespace marsad
