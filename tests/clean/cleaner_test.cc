#include "clean/cleaner.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

// Paragraphs written for these tests: two unrelated stories.
const std::string kFarm1 =
    "أعلنت وزارة الزراعة اليوم الأحد عن خطة جديدة لدعم المزارعين في المناطق الجافة، تشمل توزيع "
    "البذور المحسنة وتمويل مشاريع الري بالتنقيط على مدى ثلاث سنوات.";
const std::string kFarm2 =
    "وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستستفيد منها أكثر من عشرين ألف أسرة فلاحية، وإن "
    "الحكومة رصدت لها ميزانية خاصة لمواجهة آثار الجفاف على المحاصيل والمواشي.";
const std::string kFarm3 =
    "وأضاف أن الوزارة ستفتح مكاتب للإرشاد الفلاحي في القرى النائية لمساعدة المزارعين على اختيار "
    "البذور المناسبة وترشيد استهلاك المياه في السقي.";
const std::string kFootball1 =
    "توج فريق النجم الساحلي بلقب كأس الاتحاد بعد فوزه في المباراة النهائية على منافسه بهدفين "
    "مقابل هدف واحد، في لقاء مثير احتضنه الملعب الأولمبي أمام جمهور غفير.";
const std::string kFootball2 =
    "وسجل المهاجم الدولي هدف الفوز في الدقيقة الثمانين بضربة رأسية، بعدما تعادل الفريقان في الشوط "
    "الأول، ليحرز النادي اللقب للمرة الخامسة في تاريخه ويضمن مشاركته القارية.";

RawDoc page(std::string text, std::string source = "example") {
  RawDoc doc;
  doc.id = "p";
  doc.source = std::move(source);
  doc.text = std::move(text);
  return doc;
}

bool removed_as(const CleanDoc& doc, const std::string& text, const std::string& why) {
  for (const auto& r : doc.removed)
    if (r.text == text && r.why == why) return true;
  return false;
}

TEST(Cleaner, FindsTitleBylineBodyAndDropsChrome) {
  const std::string title = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الجافة";
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page("الرئيسية\n\nأخبار محلية\n\n" + title + "\n\nمحمد العلي\n\n" +
                                          kFarm1 + "\n\n" + kFarm2 + "\n\n" + kFarm3 +
                                          "\n\nاقرأ أيضا\nشارك الخبر\nاترك تعليقاً\n"));
  ASSERT_EQ(doc.segments.size(), 1u);
  const Segment& s = doc.segments[0];
  EXPECT_EQ(s.title, title);
  EXPECT_EQ(s.byline, "محمد العلي");
  EXPECT_EQ(s.paragraphs, (std::vector<std::string>{kFarm1, kFarm2, kFarm3}));
  EXPECT_TRUE(removed_as(doc, "الرئيسية", "chrome"));
  EXPECT_TRUE(removed_as(doc, "أخبار محلية", "header"));
  EXPECT_TRUE(removed_as(doc, "اقرأ أيضا", "chrome"));
  EXPECT_TRUE(removed_as(doc, "اترك تعليقاً", "chrome"));
  EXPECT_TRUE(removed_as(doc, "محمد العلي", "byline"));
  EXPECT_EQ(s.lang, "ar");
}

TEST(Cleaner, SplitsAPageHoldingTwoArticles) {
  const std::string title1 = "خطة حكومية جديدة لدعم المزارعين في مواجهة الجفاف";
  const std::string title2 = "النجم الساحلي يتوج بكأس الاتحاد بعد فوز مثير في النهائي";
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(title1 + "\n" + kFarm1 + "\n" + kFarm2 + "\n" + kFarm3 +
                                          "\n" + title2 + "\n" + kFootball1 + "\n" + kFootball2));
  ASSERT_EQ(doc.segments.size(), 2u);
  EXPECT_EQ(doc.segments[0].title, title1);
  EXPECT_EQ(doc.segments[0].paragraphs.size(), 3u);
  EXPECT_EQ(doc.segments[1].title, title2);
  EXPECT_EQ(doc.segments[1].paragraphs, (std::vector<std::string>{kFootball1, kFootball2}));
}

TEST(Cleaner, ShortSubheadsDoNotSplitAnArticle) {
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page("خطة حكومية جديدة لدعم المزارعين في مواجهة الجفاف\n" + kFarm1 +
                                          "\n" + kFarm2 + "\nالإرشاد الفلاحي\n" + kFarm3));
  ASSERT_EQ(doc.segments.size(), 1u);
  EXPECT_EQ(doc.segments[0].paragraphs.size(), 4u);
}

TEST(Cleaner, TitleTwiceAndBodyTwice) {
  const std::string title = "خطة حكومية جديدة لدعم المزارعين في مواجهة الجفاف";
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(title + "\n" + title + "\n" + kFarm1 + "\n" + kFarm2 + "\n" +
                                          kFarm3 + "\n" + kFarm1 + "\n" + kFarm2 + "\n" + kFarm3));
  ASSERT_EQ(doc.segments.size(), 1u);
  EXPECT_EQ(doc.segments[0].title, title);
  EXPECT_EQ(doc.segments[0].paragraphs.size(), 3u);
  size_t repeats = 0, titles = 0;
  for (const auto& r : doc.removed) {
    repeats += r.why == "repeat";
    titles += r.why == "repeated-title";
  }
  EXPECT_EQ(repeats, 3u);
  EXPECT_EQ(titles, 1u);
}

TEST(Cleaner, InputTitleIsUsedAndItsRepeatInTheTextDropped) {
  RawDoc doc = page("خطة حكومية جديدة لدعم المزارعين\n" + kFarm1 + "\n" + kFarm2);
  doc.title = "خطة حكومية جديدة لدعم المزارعين";
  Cleaner cleaner;
  const CleanDoc clean = cleaner.clean(std::move(doc));
  ASSERT_EQ(clean.segments.size(), 1u);
  EXPECT_EQ(clean.segments[0].title, "خطة حكومية جديدة لدعم المزارعين");
  EXPECT_EQ(clean.segments[0].paragraphs.size(), 2u);
}

TEST(Cleaner, LinesRecurringAcrossAnOutletsPagesAreDropped) {
  Cleaner cleaner;
  std::vector<RawDoc> docs;
  for (const auto& body : {kFarm1, kFarm2, kFarm3})
    docs.push_back(page("ركن الأخبار الجهوية\n" + body + "\nتابع آخر المستجدات معنا", "local"));
  for (const auto& d : docs) cleaner.observe(d);
  for (auto& d : docs) {
    const CleanDoc clean = cleaner.clean(std::move(d));
    ASSERT_EQ(clean.segments.size(), 1u);
    EXPECT_EQ(clean.segments[0].paragraphs.size(), 1u);
    EXPECT_TRUE(removed_as(clean, "تابع آخر المستجدات معنا", "recurring"));
  }
}

TEST(Cleaner, SignOffAndContactLines) {
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(kFarm1 + "\n" + kFarm2 + "\n// انتهى //\nللتواصل أرسل sms إلى 88548"));
  EXPECT_TRUE(removed_as(doc, "// انتهى //", "sign-off"));
  EXPECT_TRUE(removed_as(doc, "للتواصل أرسل sms إلى 88548", "contact"));
  ASSERT_EQ(doc.segments.size(), 1u);
  EXPECT_EQ(doc.segments[0].paragraphs.size(), 2u);
}

TEST(Cleaner, ShortClosingSentenceIsKept) {
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(kFarm1 + "\n" + kFarm2 + "\nوتستمر الحملة حتى نهاية الشهر."));
  ASSERT_EQ(doc.segments.size(), 1u);
  EXPECT_EQ(doc.segments[0].paragraphs.back(), "وتستمر الحملة حتى نهاية الشهر.");
}

TEST(Cleaner, EmptyPageGivesNoArticle) {
  Cleaner cleaner;
  EXPECT_TRUE(cleaner.clean(page("\n\n  \n")).segments.empty());
  EXPECT_TRUE(cleaner.clean(page("الرئيسية\nإغلاق")).segments.empty());
}

TEST(Cleaner, OutletKeyFallsBackToTheUrlHost) {
  RawDoc doc;
  doc.url = "https://www.example.ma/politique/article-1";
  EXPECT_EQ(outlet_key(doc), "example.ma");
  doc.source = "Example";
  EXPECT_EQ(outlet_key(doc), "Example");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

TEST(Cleaner, LinksToOtherArticlesBetweenParagraphsAreChrome) {
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(kFarm1 + "\nاقرأ أيضا: النجم الساحلي يتوج بكأس الاتحاد بعد فوز مثير\n" +
                                          kFarm2 + "\n" + kFarm3));
  ASSERT_EQ(doc.segments.size(), 1u);
  EXPECT_EQ(doc.segments[0].paragraphs, (std::vector<std::string>{kFarm1, kFarm2, kFarm3}));
  EXPECT_TRUE(removed_as(doc, "اقرأ أيضا: النجم الساحلي يتوج بكأس الاتحاد بعد فوز مثير", "chrome"));
}

TEST(Cleaner, AColonAfterOrdinaryWordsIsNoLink) {
  Cleaner cleaner;
  const std::string subhead = "وزير الزراعة: الخطة تشمل كل الجهات";
  const CleanDoc doc = cleaner.clean(page(kFarm1 + "\n" + subhead + "\n" + kFarm2));
  ASSERT_EQ(doc.segments.size(), 1u);
  EXPECT_EQ(doc.segments[0].paragraphs.size(), 3u);
}

}  // namespace
}  // namespace marsad
