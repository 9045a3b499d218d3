#include "describe/happening_date.h"

#include <gtest/gtest.h>

#include "describe/term_statistics.h"

namespace marsad {
namespace {

constexpr int64_t kOct21 = 1761004800;  // 2025-10-21 00:00 UTC
constexpr int64_t kDay = 86400;

CardArticle dated(int64_t time, std::string lead, std::optional<uint32_t> group = std::nullopt) {
  CardArticle a;
  a.time = time;
  a.lang = "ar";
  a.paragraphs = {std::move(lead)};
  a.dup_group = group;
  return a;
}

HappeningDate of(const std::vector<CardArticle>& articles) {
  std::vector<const CardArticle*> p;
  for (const CardArticle& a : articles) p.push_back(&a);
  return happening_date(p);
}

TEST(HappeningDate, RelativeDatesResolveAgainstEachArticlesPublication) {
  // Published on the 22nd and the 23rd; "أمس" means the 21st in the first,
  // "الثلاثاء الماضي" the 21st in the second.
  const auto d = of({dated(kOct21 + kDay + 3600, "وقعت الفيضانات أمس في المدينة."),
                     dated(kOct21 + 2 * kDay + 3600, "خلفت فيضانات الثلاثاء الماضي خمسة قتلى.")});
  EXPECT_EQ(d.date, (CivilDate{2025, 10, 21}));
  EXPECT_EQ(d.basis, DateBasis::kText);
  EXPECT_EQ(d.voters, 2u);
}

TEST(HappeningDate, CopiesOfOneTextVoteOnce) {
  // Three copies of one wire say the 20th; two independent reports say the 21st.
  const auto d = of({dated(kOct21 + 3600, "وقع الحادث يوم 20 أكتوبر 2025.", 1),
                     dated(kOct21 + 7200, "وقع الحادث يوم 20 أكتوبر 2025.", 1),
                     dated(kOct21 + 9000, "وقع الحادث يوم 20 أكتوبر 2025.", 1),
                     dated(kOct21 + 3600, "شهدت المدينة يوم 21 أكتوبر 2025 الحادث.", 2),
                     dated(kOct21 + 3600, "في 21 أكتوبر 2025 وقع الحادث.", 3)});
  EXPECT_EQ(d.date, (CivilDate{2025, 10, 21}));
  EXPECT_EQ(d.voters, 3u);
}

TEST(HappeningDate, ATodayStampedTheNextMorningGoesToTheDayALeadWrites) {
  // 2025-10-23 is a Thursday. Pages stamped on Friday morning say "اليوم";
  // one says "اليوم (الخميس)": the others' "today" was Thursday too.
  const int64_t friday_morning = kOct21 + 3 * kDay + 4 * 3600;
  const auto d = of({dated(friday_morning, "وقعت الهيئة اليوم مذكرة تفاهم مع الشركة.", 1),
                     dated(friday_morning + 600, "وقعت الهيئة اليوم مذكرة تفاهم مع الشركة.", 2),
                     dated(friday_morning + 900, "وقعت الهيئة اليوم (الخميس) مذكرة تفاهم مع الشركة.", 3)});
  EXPECT_EQ(d.date, (CivilDate{2025, 10, 23}));
  // Without a written day, "today" is the stamp's day.
  const auto unwritten = of({dated(friday_morning, "وقعت الهيئة اليوم مذكرة تفاهم مع الشركة.", 1)});
  EXPECT_EQ(unwritten.date, (CivilDate{2025, 10, 24}));
}

TEST(HappeningDate, ACopyThatWritesTheDayLendsItToItsGroup) {
  // One wire text: the paper that ran it first dropped the weekday, a later copy kept it.
  const int64_t friday_morning = kOct21 + 3 * kDay + 4 * 3600;
  const auto d = of({dated(friday_morning, "وقعت الهيئة اليوم مذكرة تفاهم مع الشركة.", 1),
                     dated(friday_morning + 600, "وقعت الهيئة اليوم (الخميس) مذكرة تفاهم مع الشركة.", 1),
                     dated(friday_morning + 900, "وأعلنت الشركة اليوم عن المشروع.", 2)});
  EXPECT_EQ(d.date, (CivilDate{2025, 10, 23}));
  EXPECT_EQ(d.voters, 2u);
}

TEST(HappeningDate, PlansAndBackgroundDoNotVote) {
  // A target year, a far past date and a future meeting are not the happening.
  const auto d = of({dated(kOct21 + 3600, "يهدف المشروع المنجز بحلول عام 2030 إلى ما أعلن في 3 مارس 2024، والاجتماع المقبل في 15 ديسمبر 2025.")});
  EXPECT_EQ(d.basis, DateBasis::kPublished);
  EXPECT_EQ(d.date, (CivilDate{2025, 10, 21}));
}

CardArticle undated(int64_t borrowed_time, std::string lead) {
  CardArticle a = dated(borrowed_time, std::move(lead));
  a.dated = false;
  return a;
}

TEST(HappeningDate, UndatedReportsBackTheAnnouncedDayOfTheirWeekday) {
  // A preview dated 2025-10-21 (Tuesday) announces Monday 27 October; two
  // undated reports (their time borrowed from the preview) say "this Monday".
  const auto d = of({dated(kOct21 + 3600, "يزور الوزير المدينة يوم 27 أكتوبر الجاري."),
                     undated(kOct21 + 3600, "استقبل الوزير اليوم الإثنين نظيره في المدينة."),
                     undated(kOct21 + 3600, "بحث الوزيران اليوم الإثنين التعاون بين البلدين.")});
  EXPECT_EQ(d.date, (CivilDate{2025, 10, 27}));
  EXPECT_EQ(d.basis, DateBasis::kText);
  EXPECT_EQ(d.voters, 2u);
}

TEST(HappeningDate, ABorrowedTimeResolvesNoRelativeDate) {
  // Against the borrowed day "اليوم الإثنين" would be 2025-10-20: the report
  // may be from any week, so it names no date.
  const auto d = of({undated(kOct21 + 3600, "استقبل الوزير اليوم الإثنين نظيره في المدينة.")});
  EXPECT_EQ(d.basis, DateBasis::kUnknown);
}

TEST(HappeningDate, APreviewAloneIsDatedByItsPublication) {
  // The announced day has not happened when the only report is the preview.
  const auto d = of({dated(kOct21 + 3600, "يزور الوزير المدينة يوم 27 أكتوبر الجاري.")});
  EXPECT_EQ(d.basis, DateBasis::kPublished);
  EXPECT_EQ(d.date, (CivilDate{2025, 10, 21}));
}

TEST(HappeningDate, AnUndatedWeekdayOnlyBacksDatesOfThatWeekday) {
  // The dated report says Tuesday the 21st; an undated one says Monday: no support.
  const auto d = of({dated(kOct21 + 3600, "وقعت الفيضانات اليوم الثلاثاء في المدينة."),
                     undated(kOct21 + 3600, "استقبل الوزير اليوم الإثنين نظيره في المدينة.")});
  EXPECT_EQ(d.date, (CivilDate{2025, 10, 21}));
  EXPECT_DOUBLE_EQ(d.votes, 1.0);
}

TEST(HappeningDate, UnknownWithoutAnyTime) {
  const auto d = of({dated(0, "وقعت الفيضانات أمس.")});
  EXPECT_EQ(d.basis, DateBasis::kUnknown);
}

TEST(DocumentFrequencies, RareTermsWeighMore) {
  DocumentFrequencies df;
  df.add_document({"نابل", "مطر", "مطر"});
  df.add_document({"مطر"});
  df.add_document({"بنك"});
  EXPECT_EQ(df.documents(), 3u);
  EXPECT_EQ(df.document_frequency("مطر"), 2u);  // repeats in one document count once
  EXPECT_GT(df.idf("نابل"), df.idf("مطر"));
  EXPECT_GT(df.idf("never"), df.idf("نابل"));
  EXPECT_GT(df.idf("مطر"), 0.0);
}

}  // namespace
}  // namespace marsad
