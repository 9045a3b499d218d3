#include "clean/cleaner.h"

#include <gtest/gtest.h>

#include <algorithm>

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

// --- Regressions for issue 2: body text silently lost. All text written for these tests.

bool kept_paragraph(const CleanDoc& doc, const std::string& text) {
  for (const auto& s : doc.segments)
    for (const auto& p : s.paragraphs)
      if (p == text) return true;
  return false;
}

size_t removed_count(const CleanDoc& doc, const std::string& why) {
  return static_cast<size_t>(std::count_if(doc.removed.begin(), doc.removed.end(),
                                           [&](const Removal& r) { return r.why == why; }));
}

// A one-line page whose paragraphs are separated by runs of spaces is split
// into its paragraphs, not dropped as a ticker.
TEST(Cleaner, OneLinePageWithParagraphsRunTogetherIsSplit) {
  const std::string gap = " \xC2\xA0 ";
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(kFarm1 + gap + kFarm2 + gap + kFarm3 + gap + kFootball1 + gap +
                                          kFootball2 + gap + "وتستمر الحملة حتى نهاية الشهر."));
  EXPECT_EQ(removed_count(doc, "ticker"), 0u);
  for (const auto& p : {kFarm1, kFarm2, kFarm3}) EXPECT_TRUE(kept_paragraph(doc, p)) << p;
}

// A poem titled by one of its middle verses: the verses above the title's
// match are not header.
TEST(Cleaner, VersesAboveAMatchOfTheTitleAreNotHeader) {
  const std::vector<std::string> verses = {
      "سألت الليل عن قمر تغيب", "فقال الليل إن البدر آتي", "وفي الأسحار أغنية تذوب",
      "على شفة النسيم الحالمات", "ومرت بي سحابات الغروب", "تحدث عن ربيع الأمنيات"};
  std::string text;
  for (const auto& v : verses) text += v + "\n";
  text += kFarm1;
  RawDoc raw = page(text);
  raw.title = verses[4];
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(std::move(raw));
  EXPECT_EQ(removed_count(doc, "header"), 0u);
  for (size_t i = 0; i < 4; ++i) EXPECT_TRUE(kept_paragraph(doc, verses[i])) << verses[i];
}

TEST(Cleaner, ShortChromeAboveTheTitleIsStillHeader) {
  RawDoc raw = page("أخبار محلية\nخطة حكومية جديدة لدعم المزارعين\n" + kFarm1 + "\n" + kFarm2);
  raw.title = "خطة حكومية جديدة لدعم المزارعين";
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(std::move(raw));
  EXPECT_TRUE(removed_as(doc, "أخبار محلية", "header"));
}

// A separator after the prose is no end mark: the verses after it stay.
TEST(Cleaner, AStoryLinkGluedToTheLastParagraphIsFooter) {
  const std::string title = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الجافة";
  const std::string link = "رابط الخبر بصحيفة الوئام: " + title;
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(title + "\n\n" + kFarm1 + "\n\n" + kFarm2 + "\n\n" + kFarm3 + " " + link));
  ASSERT_EQ(doc.segments.size(), 1u);
  ASSERT_EQ(doc.segments[0].paragraphs.size(), 3u);
  EXPECT_EQ(doc.segments[0].paragraphs[2], kFarm3);
  EXPECT_TRUE(removed_as(doc, link, "footer"));
  // On a line of its own too.
  const CleanDoc alone = cleaner.clean(page(title + "\n\n" + kFarm1 + "\n\n" + kFarm2 + "\n\n" + link));
  ASSERT_EQ(alone.segments.size(), 1u);
  EXPECT_EQ(alone.segments[0].paragraphs.size(), 2u);
  EXPECT_TRUE(removed_as(alone, link, "footer"));
}

TEST(Cleaner, VersesAfterASeparatorAreNotFooter) {
  const std::vector<std::string> verses = {
      "يا نسمة الصبح مري فوق دارتنا", "وبلغي الأهل أن الشوق يغمرني",
      "وأن قلبي على الأيام منتظر", "لقاء من غاب عن عيني وأرقني",
      "سأكتب الشعر ما دامت محابرنا", "تفيض حبا ويبقى الحرف يحملني"};
  std::string text = kFarm1 + "\n" + kFarm2 + "\n***\n";
  for (const auto& v : verses) text += v + "\n";
  // The separator recurs on the outlet's pages.
  std::vector<RawDoc> docs = {page(text, "poetry"), page(kFootball1 + "\n***\n" + kFootball2, "poetry"),
                              page(kFarm3 + "\n***\n" + kFootball1, "poetry")};
  Cleaner cleaner;
  for (const auto& d : docs) cleaner.observe(d);
  const CleanDoc doc = cleaner.clean(std::move(docs[0]));
  EXPECT_TRUE(removed_as(doc, "***", "recurring"));
  EXPECT_EQ(removed_count(doc, "footer"), 0u);
  for (const auto& v : verses) EXPECT_TRUE(kept_paragraph(doc, v)) << v;
}

TEST(Cleaner, TagsAfterChromeAreStillFooter) {
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(kFarm1 + "\n" + kFarm2 + "\nاترك تعليقاً\nالزراعة\nالجفاف"));
  EXPECT_TRUE(removed_as(doc, "الزراعة", "footer"));
  EXPECT_TRUE(removed_as(doc, "الجفاف", "footer"));
}

// A list of similar items after a sign-off is content, not furniture.
TEST(Cleaner, AListAfterASignOffIsNotFooter) {
  const std::vector<std::string> items = {
      "المركز الأول تطبيق الخرائط الذكية للمدن", "المركز الثاني تطبيق تعلم اللغات بسهولة",
      "المركز الثالث تطبيق حجز المواعيد الطبية", "المركز الرابع تطبيق متابعة اللياقة اليومية",
      "المركز الخامس تطبيق قراءة الكتب المسموعة"};
  std::string text = kFarm1 + "\n" + kFarm2 + "\n(واس)\n";
  for (const auto& item : items) text += item + "\n";
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(text));
  EXPECT_TRUE(removed_as(doc, "(واس)", "sign-off"));
  for (const auto& item : items) EXPECT_TRUE(kept_paragraph(doc, item)) << item;
}

// A list item that reads as chrome ("Facebook") inside a list is no heading of
// related links: the items after it stay.
TEST(Cleaner, AChromeLikeItemInsideAListDoesNotEndTheArticle) {
  const std::vector<std::string> before = {"1. تطبيق الخرائط الذكية للمدن", "2. تطبيق تعلم اللغات بسهولة"};
  const std::vector<std::string> after = {
      "4. تطبيق حجز المواعيد الطبية", "5. تطبيق متابعة اللياقة اليومية", "6. تطبيق قراءة الكتب المسموعة",
      "7. تطبيق ترجمة النصوص الفورية", "8. تطبيق تنظيم المهام اليومية"};
  std::string text = kFarm1 + "\n" + kFarm2 + "\n";
  for (const auto& item : before) text += item + "\n";
  text += "3. فيسبوك\n";
  for (const auto& item : after) text += item + "\n";
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(text));
  EXPECT_TRUE(removed_as(doc, "3. فيسبوك", "chrome"));
  EXPECT_EQ(removed_count(doc, "footer"), 0u);
  for (const auto& item : after) EXPECT_TRUE(kept_paragraph(doc, item)) << item;
}

// Long template paragraphs stating different facts (one cable after another)
// are not repeats; a paragraph printed again is.
TEST(Cleaner, TemplateParagraphsWithDifferentNamesAreNoRepeat) {
  const std::string cable1 =
      "بعث رئيس مجلس الشورى الدكتور سالم العتيبي برقية تهنئة إلى رئيس البرلمان في جمهورية الجبل الأخضر "
      "بمناسبة ذكرى اليوم الوطني لبلاده، متمنيا له موفور الصحة والسعادة ولشعبه الشقيق المزيد من التقدم والازدهار.";
  const std::string cable2 =
      "كما بعث نائب رئيس مجلس الشورى المهندس خالد القحطاني برقية تهنئة إلى رئيس البرلمان في جمهورية الجبل "
      "الأخضر بمناسبة ذكرى اليوم الوطني لبلاده، متمنيا له موفور الصحة والسعادة ولشعبه الشقيق المزيد من التقدم والازدهار.";
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(kFarm1 + "\n" + cable1 + "\n" + cable2 + "\n" + kFarm2 + "\n" + kFarm1));
  EXPECT_TRUE(kept_paragraph(doc, cable2));
  EXPECT_TRUE(removed_as(doc, kFarm1, "repeat"));
  EXPECT_EQ(removed_count(doc, "repeat"), 1u);
}

// Headings repeated over each part (a recipe's "المقادير:") and refrains stay.
TEST(Cleaner, RepeatedShortHeadingsAndRefrainsAreKept) {
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(kFarm1 + "\nالمقادير:\n" + kFarm2 + "\nيا ليل طال السهر\n" + kFarm3 +
                                          "\nالمقادير:\n" + kFootball1 + "\nيا ليل طال السهر\n" + kFootball2));
  EXPECT_EQ(removed_count(doc, "repeat"), 0u);
  size_t headings = 0;
  for (const auto& p : doc.segments.at(0).paragraphs) headings += p == "المقادير:";
  EXPECT_EQ(headings, 2u);
}

// A date line inside the body (a quoted decree) is content, not a dateline.
TEST(Cleaner, ADateLineInsideTheBodyIsKept) {
  const std::string date_line = "التاريخ : 12 / 3 / 1436هـ";
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(kFarm1 + "\n" + kFarm2 + "\nوفيما يلي نص القرار:\nالرقم : 15 / ب\n" +
                                          date_line + "\n" + kFarm3 + "\n" + kFootball1));
  EXPECT_EQ(removed_count(doc, "dateline"), 0u);
  EXPECT_TRUE(kept_paragraph(doc, date_line));
}

TEST(Cleaner, ADatelineAboveTheBodyIsStillRemoved) {
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page("أخبار محلية\nخطة جديدة لدعم المزارعين\nمحمد العلي\n"
                                          "نشر في الصحيفة يوم 05 - 04 - 2025\n" + kFarm1 + "\n" + kFarm2));
  EXPECT_TRUE(removed_as(doc, "نشر في الصحيفة يوم 05 - 04 - 2025", "dateline"));
}

// Parenthesized short lines are sign-offs only with a credit word.
TEST(Cleaner, ParenthesizedContentIsNoSignOff) {
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(kFarm1 + "\n(250 مليون ريال)\n" + kFarm2 + "\n(2)\n" + kFarm3 +
                                          "\n(رويترز)"));
  EXPECT_TRUE(removed_as(doc, "(رويترز)", "sign-off"));
  EXPECT_FALSE(removed_as(doc, "(250 مليون ريال)", "sign-off"));
  EXPECT_FALSE(removed_as(doc, "(2)", "sign-off"));
  EXPECT_TRUE(kept_paragraph(doc, "(250 مليون ريال)"));
}

// Template-alike short lines stating different facts are not repeats.
TEST(Cleaner, ListItemsDifferingByANumberAreNoRepeat) {
  const std::string item3 = "وسجلت المديرية الحالة رقم 3 لمريض في الخمسين من عمره";
  const std::string item4 = "وسجلت المديرية الحالة رقم 4 لمريض في الخمسين من عمره";
  Cleaner cleaner;
  const CleanDoc doc = cleaner.clean(page(kFarm1 + "\n" + item3 + "\n" + kFarm2 + "\n" + item4 + "\n" + kFarm3));
  EXPECT_EQ(removed_count(doc, "repeat"), 0u);
  EXPECT_TRUE(kept_paragraph(doc, item4));
}

}  // namespace
}  // namespace marsad
