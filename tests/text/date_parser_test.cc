#include "text/date_parser.h"

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

namespace marsad {
namespace {

using Kind = DateMention::Kind;

std::optional<CivilDate> day(const char* iso) { return iso ? parse_iso_date(iso) : std::nullopt; }

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::kAbsolute: return "absolute";
    case Kind::kRelative: return "relative";
    case Kind::kHijri: return "hijri";
    case Kind::kDateline: return "dateline";
  }
  return "?";
}

// One expression in a sentence: what must be matched, to what date, how.
struct Case {
  const char* text;
  const char* published;  // nullptr: unknown
  const char* matched;    // the exact text the mention must cover
  const char* iso;
  Kind kind;
};

// Tuesday 15 April 2025: the day after the Rabat meeting (seed pages 000/004).
constexpr const char* kTue = "2025-04-15";
// The saudinewsnet crawl day: Tuesday 21 July 2015 = 5 Shawwal 1436.
constexpr const char* kSaudi = "2015-07-21";

const Case kCases[] = {
    // Gregorian month names, Egyptian/Gulf spellings, clitics, digits.
    {"زار الوزير الرباط يوم 14 أبريل 2025 لبحث التعاون", nullptr, "14 أبريل 2025", "2025-04-14", Kind::kAbsolute},
    {"في 14 ابريل 2025", nullptr, "14 ابريل 2025", "2025-04-14", Kind::kAbsolute},
    {"في 14 إبريل 2025", nullptr, "14 إبريل 2025", "2025-04-14", Kind::kAbsolute},
    {"منذ اللقاء الذي جمع الوزيرين في أكتوبر 2024، أبدى الطرفان", nullptr, "أكتوبر 2024", "2024-10", Kind::kAbsolute},
    {"منذ يونيو 2018 والعلاقات", nullptr, "يونيو 2018", "2018-06", Kind::kAbsolute},
    {"وفي ديسمبر 2020 وقع الطرفان", nullptr, "ديسمبر 2020", "2020-12", Kind::kAbsolute},
    {"تم ذلك بأكتوبر 2024", nullptr, "بأكتوبر 2024", "2024-10", Kind::kAbsolute},
    {"وفبراير 2023", nullptr, "وفبراير 2023", "2023-02", Kind::kAbsolute},
    {"يونيه 2019", nullptr, "يونيه 2019", "2019-06", Kind::kAbsolute},
    {"8 يوليه 2019", nullptr, "8 يوليه 2019", "2019-07-08", Kind::kAbsolute},
    {"5 اغسطس 2019", nullptr, "5 اغسطس 2019", "2019-08-05", Kind::kAbsolute},
    {"30 مايو 2016", nullptr, "30 مايو 2016", "2016-05-30", Kind::kAbsolute},
    {"١٤ أبريل ٢٠٢٥", nullptr, "١٤ أبريل ٢٠٢٥", "2025-04-14", Kind::kAbsolute},
    {"۱۴ أبريل ۲۰۲۵", nullptr, "۱۴ أبريل ۲۰۲۵", "2025-04-14", Kind::kAbsolute},
    {"في 31 ديسمبر 2014م انتهى", nullptr, "31 ديسمبر 2014م", "2014-12-31", Kind::kAbsolute},
    // Levantine/Iraqi.
    {"14 كانون الثاني 2025", nullptr, "14 كانون الثاني 2025", "2025-01-14", Kind::kAbsolute},
    {"20 شباط 2024", nullptr, "20 شباط 2024", "2024-02-20", Kind::kAbsolute},
    {"في آذار 2011", nullptr, "آذار 2011", "2011-03", Kind::kAbsolute},
    {"تموز 2015", nullptr, "تموز 2015", "2015-07", Kind::kAbsolute},
    {"آب 2015", nullptr, "آب 2015", "2015-08", Kind::kAbsolute},
    {"أيلول 2015", nullptr, "أيلول 2015", "2015-09", Kind::kAbsolute},
    {"1 تشرين الأول 2024", nullptr, "1 تشرين الأول 2024", "2024-10-01", Kind::kAbsolute},
    {"تشرين الثاني 2023", nullptr, "تشرين الثاني 2023", "2023-11", Kind::kAbsolute},
    {"25 كانون الأول 2022", nullptr, "25 كانون الأول 2022", "2022-12-25", Kind::kAbsolute},
    // Maghrebi.
    {"14 ماي 2025", nullptr, "14 ماي 2025", "2025-05-14", Kind::kAbsolute},
    {"يوليوز 2024", nullptr, "يوليوز 2024", "2024-07", Kind::kAbsolute},
    {"20 غشت 2023", nullptr, "20 غشت 2023", "2023-08-20", Kind::kAbsolute},
    {"شتنبر 2022", nullptr, "شتنبر 2022", "2022-09", Kind::kAbsolute},
    {"6 نونبر 2021", nullptr, "6 نونبر 2021", "2021-11-06", Kind::kAbsolute},
    {"دجنبر 2020", nullptr, "دجنبر 2020", "2020-12", Kind::kAbsolute},
    // Combined forms.
    {"في نيسان/أبريل 2025", nullptr, "نيسان/أبريل 2025", "2025-04", Kind::kAbsolute},
    {"في 4 (أبريل) 2025", nullptr, "4 (أبريل) 2025", "2025-04-04", Kind::kAbsolute},
    {"مايو (أيار) 2015", nullptr, "مايو (أيار) 2015", "2015-05", Kind::kAbsolute},
    {"14 أبريل (نيسان) 2025", nullptr, "14 أبريل (نيسان) 2025", "2025-04-14", Kind::kAbsolute},
    // Weekday before a date.
    {"الاثنين 14 أبريل 2025", nullptr, "الاثنين 14 أبريل 2025", "2025-04-14", Kind::kAbsolute},
    {"الاثنين، 14 أبريل 2025", nullptr, "الاثنين، 14 أبريل 2025", "2025-04-14", Kind::kAbsolute},
    {"الاثنين 14 أبريل", "2025-04-10", "الاثنين 14 أبريل", "2025-04-14", Kind::kRelative},
    // Without a year, a written weekday picks the year: 14 April 2026 would be
    // nearer to October 2025, but it is a Tuesday.
    {"الاثنين 14 أبريل", "2025-10-20", "الاثنين 14 أبريل", "2025-04-14", Kind::kRelative},
    {"وفي يوم الأحد 22 مارس استقبل", kSaudi, "يوم الأحد 22 مارس", "2015-03-22", Kind::kRelative},
    {"اعتبارا من يوم الأحد الموافق 10 / 10 / 1436ه ولمدة", nullptr, "يوم الأحد الموافق 10 / 10 / 1436ه",
     "2015-07-26", Kind::kHijri},
    // Numeric.
    {"بتاريخ 14/04/2025 صدر", nullptr, "14/04/2025", "2025-04-14", Kind::kAbsolute},
    {"يوم 14-4-2025", nullptr, "14-4-2025", "2025-04-14", Kind::kAbsolute},
    {"نشر يوم 05 - 04 - 2025", nullptr, "05 - 04 - 2025", "2025-04-05", Kind::kAbsolute},
    {"في 2025-04-14 صباحا", nullptr, "2025-04-14", "2025-04-14", Kind::kAbsolute},
    {"2025/04/14", nullptr, "2025/04/14", "2025-04-14", Kind::kAbsolute},
    {"le 14.04.2025.", nullptr, "14.04.2025", "2025-04-14", Kind::kAbsolute},
    {"on 04/14/2025", nullptr, "04/14/2025", "2025-04-14", Kind::kAbsolute},
    {"٠٥/٠٤/٢٠٢٥", nullptr, "٠٥/٠٤/٢٠٢٥", "2025-04-05", Kind::kAbsolute},
    // Hijri (Umm al-Qura). 1 Ramadan 1436 = 18 June 2015; Eid al-Fitr 1436 (1
    // Shawwal) = Friday 17 July 2015.
    {"1 رمضان 1436 هـ", nullptr, "1 رمضان 1436 هـ", "2015-06-18", Kind::kHijri},
    {"يوم 15 شوال 1436 هـ", nullptr, "15 شوال 1436 هـ", "2015-07-31", Kind::kHijri},
    {"1 شوال 1436هـ", nullptr, "1 شوال 1436هـ", "2015-07-17", Kind::kHijri},
    {"10 ذو الحجة 1436", nullptr, "10 ذو الحجة 1436", "2015-09-23", Kind::kHijri},
    {"في 10 ذي الحجة 1436 هـ", nullptr, "10 ذي الحجة 1436 هـ", "2015-09-23", Kind::kHijri},
    {"اليوم الاثنين 4/10/1436 وسيستمر", nullptr, "الاثنين 4/10/1436", "2015-07-20", Kind::kHijri},
    {"حتى 1436/10/30 هـ .", nullptr, "1436/10/30 هـ", "2015-08-15", Kind::kHijri},
    {"سوق عكاظ لعام 1436 هـ", nullptr, "لعام 1436 هـ", "2015", Kind::kHijri},
    {"الرمضانية لعام 1436هـ حيث", nullptr, "لعام 1436هـ", "2015", Kind::kHijri},
    {"في شهر رمضان 1436", nullptr, "شهر رمضان 1436", "2015-07", Kind::kHijri},
    {"1 محرم 1437 هـ", nullptr, "1 محرم 1437 هـ", "2015-10-14", Kind::kHijri},
    {"12 ربيع الأول 1437 هـ", nullptr, "12 ربيع الأول 1437 هـ", "2015-12-23", Kind::kHijri},
    {"15 رمضان", "2015-07-01", "15 رمضان", "2015-07-02", Kind::kHijri},
    {"رمضان المقبل", kSaudi, "رمضان المقبل", "2016-06", Kind::kHijri},
    // Relative to publication (kTue is a Tuesday).
    {"قال اليوم إن", kTue, "اليوم", "2025-04-15", Kind::kRelative},
    {"استقبل أمس وزير", kTue, "أمس", "2025-04-14", Kind::kRelative},
    {"وصل مساء أمس", kTue, "أمس", "2025-04-14", Kind::kRelative},
    {"يوم أمس", kTue, "يوم أمس", "2025-04-14", Kind::kRelative},
    {"وصل بالأمس", kTue, "بالأمس", "2025-04-14", Kind::kRelative},
    {"وأمس قال", kTue, "وأمس", "2025-04-14", Kind::kRelative},
    {"أمس الأول", kTue, "أمس الأول", "2025-04-13", Kind::kRelative},
    {"أول أمس", kTue, "أول أمس", "2025-04-13", Kind::kRelative},
    {"أول من أمس", kTue, "أول من أمس", "2025-04-13", Kind::kRelative},
    {"يصل غدا", kTue, "غدا", "2025-04-16", Kind::kRelative},
    {"يصل غداً", kTue, "غداً", "2025-04-16", Kind::kRelative},
    {"يصل بعد غد", kTue, "بعد غد", "2025-04-17", Kind::kRelative},
    {"أمس الإثنين", kTue, "أمس الإثنين", "2025-04-14", Kind::kRelative},
    {"اليوم الثلاثاء", kTue, "اليوم الثلاثاء", "2025-04-15", Kind::kRelative},
    {"ملامح استراتيجية، اليوم (الاثنين)، للتصدي", kTue, "اليوم (الاثنين)", "2025-04-14", Kind::kRelative},
    {"التقى الوزيران الاثنين في الرباط", kTue, "الاثنين", "2025-04-14", Kind::kRelative},
    {"يوم الاثنين", kTue, "يوم الاثنين", "2025-04-14", Kind::kRelative},
    {"يوم الثلاثاء", kTue, "يوم الثلاثاء", "2025-04-15", Kind::kRelative},
    {"والجمعة", kTue, "والجمعة", "2025-04-11", Kind::kRelative},
    {"الثلاثاء الماضي", kTue, "الثلاثاء الماضي", "2025-04-08", Kind::kRelative},
    {"الثلاثاء المقبل", kTue, "الثلاثاء المقبل", "2025-04-22", Kind::kRelative},
    {"الخميس القادم", kTue, "الخميس القادم", "2025-04-17", Kind::kRelative},
    {"في الأسبوع الماضي", kTue, "الأسبوع الماضي", "2025-04-08", Kind::kRelative},
    {"الأسبوع المقبل", kTue, "الأسبوع المقبل", "2025-04-22", Kind::kRelative},
    {"الشهر الماضي", kTue, "الشهر الماضي", "2025-03", Kind::kRelative},
    {"خلال الشهر الجاري", kTue, "الشهر الجاري", "2025-04", Kind::kRelative},
    {"الشهر المقبل", kTue, "الشهر المقبل", "2025-05", Kind::kRelative},
    {"مقارنة بالعام الماضي", kTue, "بالعام الماضي", "2024", Kind::kRelative},
    {"العام المقبل", kTue, "العام المقبل", "2026", Kind::kRelative},
    {"السنة الماضية", kTue, "السنة الماضية", "2024", Kind::kRelative},
    {"هذا العام", kTue, "هذا العام", "2025", Kind::kRelative},
    {"في زيارة رسمية مرتقبة يوم 14 أبريل الجاري، وسط", "2025-04-05", "14 أبريل الجاري", "2025-04-14", Kind::kRelative},
    {"في 14 من الشهر الجاري", "2025-04-05", "14 من الشهر الجاري", "2025-04-14", Kind::kRelative},
    {"في 28 من الشهر الماضي", "2025-04-05", "28 من الشهر الماضي", "2025-03-28", Kind::kRelative},
    {"في 14 أبريل", "2025-04-05", "14 أبريل", "2025-04-14", Kind::kRelative},
    {"في 28 ديسمبر", "2025-01-05", "28 ديسمبر", "2024-12-28", Kind::kRelative},
    {"14 مايو الماضي", kSaudi, "14 مايو الماضي", "2015-05-14", Kind::kRelative},
    {"في مايو الماضي", kSaudi, "مايو الماضي", "2015-05", Kind::kRelative},
    {"مايو (أيار) الماضي", kSaudi, "مايو (أيار) الماضي", "2015-05", Kind::kRelative},
    {"يناير (كانون الثاني) الماضي", kSaudi, "يناير (كانون الثاني) الماضي", "2015-01", Kind::kRelative},
    {"سبتمبر (أيلول) المقبل", kSaudi, "سبتمبر (أيلول) المقبل", "2015-09", Kind::kRelative},
    {"يوليو الماضي", kSaudi, "يوليو الماضي", "2014-07", Kind::kRelative},
    {"بشهر أبريل الماضي", kSaudi, "بشهر أبريل الماضي", "2015-04", Kind::kRelative},
    // French.
    {"Le ministre est arrivé aujourd'hui", kTue, "aujourd'hui", "2025-04-15", Kind::kRelative},
    {"arrivé hier à Rabat", kTue, "hier", "2025-04-14", Kind::kRelative},
    {"avant-hier", kTue, "avant-hier", "2025-04-13", Kind::kRelative},
    {"il partira demain", kTue, "demain", "2025-04-16", Kind::kRelative},
    {"reçu lundi à Rabat", kTue, "lundi", "2025-04-14", Kind::kRelative},
    {"lundi dernier", kTue, "lundi dernier", "2025-04-14", Kind::kRelative},
    {"mardi prochain", kTue, "mardi prochain", "2025-04-22", Kind::kRelative},
    {"la semaine dernière", kTue, "semaine dernière", "2025-04-08", Kind::kRelative},
    {"l'an dernier", kTue, "l'an dernier", "2024", Kind::kRelative},
    {"le 14 avril 2025 à Rabat", nullptr, "14 avril 2025", "2025-04-14", Kind::kAbsolute},
    {"le 1er avril 2025", nullptr, "1er avril 2025", "2025-04-01", Kind::kAbsolute},
    {"le 14 avril", "2025-04-05", "14 avril", "2025-04-14", Kind::kRelative},
    {"en août 2024", nullptr, "août 2024", "2024-08", Kind::kAbsolute},
    {"lundi 14 avril 2025", nullptr, "lundi 14 avril 2025", "2025-04-14", Kind::kAbsolute},
    // English.
    {"the minister said yesterday", kTue, "yesterday", "2025-04-14", Kind::kRelative},
    {"today", kTue, "today", "2025-04-15", Kind::kRelative},
    {"tomorrow", kTue, "tomorrow", "2025-04-16", Kind::kRelative},
    {"met on Monday in Rabat", kTue, "Monday", "2025-04-14", Kind::kRelative},
    {"last Monday", kTue, "last Monday", "2025-04-14", Kind::kRelative},
    {"next Tuesday", kTue, "next Tuesday", "2025-04-22", Kind::kRelative},
    {"last week", kTue, "last week", "2025-04-08", Kind::kRelative},
    {"next month", kTue, "next month", "2025-05", Kind::kRelative},
    {"last year", kTue, "last year", "2024", Kind::kRelative},
    {"on April 14, 2025 in Rabat", nullptr, "April 14, 2025", "2025-04-14", Kind::kAbsolute},
    {"on 14 April 2025 in Rabat", nullptr, "14 April 2025", "2025-04-14", Kind::kAbsolute},
    {"Monday, April 14, 2025", nullptr, "Monday, April 14, 2025", "2025-04-14", Kind::kAbsolute},
    {"on April 14th", "2025-04-05", "April 14th", "2025-04-14", Kind::kRelative},
    {"in May 2025", nullptr, "May 2025", "2025-05", Kind::kAbsolute},
    // Years standing alone.
    {"رؤية المغرب عام 2030 للتنمية", nullptr, "عام 2030", "2030", Kind::kAbsolute},
    {"برسم سنة 2026", nullptr, "سنة 2026", "2026", Kind::kAbsolute},
    {"تنظيم كأس العالم في 2030", nullptr, "2030", "2030", Kind::kAbsolute},
    {"مونديال 2030 سيكون", nullptr, "2030", "2030", Kind::kAbsolute},
    {"مقارنة بالعام 2013م", nullptr, "بالعام 2013م", "2013", Kind::kAbsolute},
    {"ولدت عام 1949", nullptr, "عام 1949", "1949", Kind::kAbsolute},
    {"التي استضافتها باريس عام 2024، معربة", nullptr, "عام 2024", "2024", Kind::kAbsolute},
};

TEST(FindDates, TableOfExpressions) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(std::string(c.text) + " | published " + (c.published ? c.published : "unknown"));
    // A word after the expression keeps the line from being a dateline.
    const std::string text = std::string(c.text) + " وقال";
    const std::vector<DateMention> found = find_dates(text, day(c.published));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text(text), std::string_view(c.matched));
    EXPECT_EQ(to_iso(found[0].date), c.iso);
    EXPECT_STREQ(kind_name(found[0].kind), kind_name(c.kind));
  }
}

TEST(FindDates, NumbersThatAreNotDates) {
  const char* kTexts[] = {
      "وصل 2500 مهاجر إلى السواحل",
      "عين الملك 14 وزيرا جديدا",
      "للاتصال: 0612345678 أو +212 537 20 25 14",
      "الهاتف 06 61 20 25 14",
      "رقم الهاتف 0537-12-2025",
      "قتل 2030 شخصا",
      "بلغت 1500 دولار",
      "ارتفع بنسبة 2020%",
      "بلغ 2.5 مليون",
      "القرار رقم 2020",
      "تكلفة 2,030 درهم",
      "سجل 26 هدفا و12 تمريرة",
      "الساعة 12:30",
      "بين 1 و2 و3",
      "فاز الفريق 2 صفر",
      "يمارس الرياضة ومارس مهامه",
      "فتح باب الترشيح",
      "حينما لامس الحديث ذكرى الملك",
      "maybe 14 people may come",
      "في 1 - 2 - 3",
      "بلغ عدد الفروع 1959 فرعا مصرفيا",
      "على مدى 30 سنة المقبلة",
  };
  for (const char* t : kTexts) {
    SCOPED_TRACE(t);
    EXPECT_TRUE(find_dates(t, day(kTue)).empty()) << to_iso(find_dates(t, day(kTue))[0].date);
  }
}

TEST(FindDates, WordsThatAreNotTodayOrThisYear) {
  const char* kTexts[] = {
      "احتفلت المملكة باليوم الوطني",
      "في ذلك اليوم",
      "اليوم العالمي للمرأة",
      "في اليوم التالي",
      "قال النائب العام الحالي",
      "الأمين العام المقبل للأمم المتحدة",
  };
  for (const char* t : kTexts) {
    SCOPED_TRACE(t);
    EXPECT_TRUE(find_dates(t, day(kTue)).empty());
  }
}

TEST(FindDates, RelativeExpressionsNeedAPublicationDate) {
  for (const char* t : {"استقبل أمس وزير", "يوم 14 أبريل الجاري", "الثلاثاء الماضي", "العام الماضي",
                        "في 14 أبريل", "15 رمضان"}) {
    SCOPED_TRACE(t);
    EXPECT_TRUE(find_dates(t, std::nullopt).empty());
  }
}

TEST(FindDates, OffsetsPointAtTheMatchedBytes) {
  const std::string text = "أعلن الوزير، أمس الإثنين، أن اللقاء المقبل سيعقد في 14 أبريل 2025 بالرباط.\n"
                           "وقد التقيا في أكتوبر 2024.";
  const std::vector<DateMention> found = find_dates(text, day(kTue));
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].begin, text.find("أمس"));
  EXPECT_EQ(found[0].end, text.find("،", found[0].begin));
  EXPECT_EQ(found[1].begin, text.find("14"));
  EXPECT_EQ(found[1].end, text.find("2025") + 4);
  EXPECT_EQ(found[2].begin, text.find("أكتوبر"));
  EXPECT_EQ(found[2].text(text), "أكتوبر 2024");
  EXPECT_EQ(to_iso(found[0].date), "2025-04-14");
  EXPECT_EQ(to_iso(found[1].date), "2025-04-14");
  EXPECT_EQ(to_iso(found[2].date), "2024-10");
}

TEST(FindDates, FindsEveryExpressionOfALineWithoutOverlap) {
  const std::string text = "الثلاثاء 5 شوال 1436 هـ الموافق 21 يوليو 2015";
  const std::vector<DateMention> found = find_dates(text, std::nullopt);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text(text), "الثلاثاء 5 شوال 1436 هـ");
  EXPECT_EQ(to_iso(found[0].date), "2015-07-21");
  EXPECT_EQ(found[1].text(text), "21 يوليو 2015");
  EXPECT_EQ(to_iso(found[1].date), "2015-07-21");
  EXPECT_LE(found[0].end, found[1].begin);
}

TEST(FindDates, DoesNotJoinAcrossLines) {
  const std::string text = "الاجتماع يوم 14\nأبريل 2025";
  const std::vector<DateMention> found = find_dates(text, std::nullopt);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text(text), "أبريل 2025");
}

TEST(FindDates, RejectsDaysThatDoNotExist) {
  EXPECT_TRUE(find_dates("31/02/2025", std::nullopt).empty());
  EXPECT_TRUE(find_dates("29/02/2025", std::nullopt).empty());
  EXPECT_EQ(find_dates("29/02/2024", std::nullopt).size(), 1u);
  // What is left is read at the precision it still has: the month, the year.
  const std::vector<DateMention> february = find_dates("30 فبراير 2025", std::nullopt);
  ASSERT_EQ(february.size(), 1u);
  EXPECT_EQ(to_iso(february[0].date), "2025-02");
  // Ramadan 1436 had 29 days in Umm al-Qura.
  const std::vector<DateMention> ramadan = find_dates("30 رمضان 1436 هـ", std::nullopt);
  ASSERT_EQ(ramadan.size(), 1u);
  EXPECT_EQ(to_iso(ramadan[0].date), "2015-07");
}

TEST(FindDates, MarksDatesOnDatelineLines) {
  const std::string text = "وزير الداخلية الفرنسي في الرباط\nنشر في العلم يوم 05 - 04 - 2025\n"
                           "تستعد الرباط لاستقبال الوزير يوم 14 أبريل الجاري.";
  const std::vector<DateMention> found = find_dates(text, day("2025-04-05"));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].kind, Kind::kDateline);
  EXPECT_EQ(found[0].text(text), "05 - 04 - 2025");
  EXPECT_EQ(to_iso(found[0].date), "2025-04-05");
  EXPECT_EQ(found[1].kind, Kind::kRelative);
  EXPECT_EQ(to_iso(found[1].date), "2025-04-14");
}

// A Hijri date converted by an ICU calendar built here, independently of the
// parser's own conversion code.
TEST(FindDates, HijriDatesAgreeWithIcuUmmAlQura) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale("ar@calendar=islamic-umalqura"), status));
  ASSERT_TRUE(U_SUCCESS(status));
  cal->clear();
  cal->set(1436, 9, 15);  // 15 Shawwal (month 10, zero-based 9)
  const UDate millis = cal->getTime(status);
  ASSERT_TRUE(U_SUCCESS(status));
  std::unique_ptr<icu::Calendar> greg(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale("en@calendar=gregorian"), status));
  greg->setTime(millis, status);
  const CivilDate expected{greg->get(UCAL_YEAR, status), greg->get(UCAL_MONTH, status) + 1,
                           greg->get(UCAL_DATE, status)};
  ASSERT_TRUE(U_SUCCESS(status));

  const std::vector<DateMention> found = find_dates("15 شوال 1436 هـ", std::nullopt);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, expected);
}

struct DatelineCase {
  const char* line;
  const char* outlet;
  const char* iso;
};

TEST(ParseDateline, RecognizesDatelines) {
  const DatelineCase kDatelines[] = {
      {"نشر في العلم يوم 05 - 04 - 2025", "العلم", "2025-04-05"},
      {"نشر في : 14 أبريل 2025", "", "2025-04-14"},
      {"  نشر في هسبريس بتاريخ 14/04/2025  ", "هسبريس", "2025-04-14"},
      {"نشر في ميديا أونكيت 24 يوم 14 - 04 - 2025", "ميديا أونكيت 24", "2025-04-14"},
      {"تاريخ النشر: 14/04/2025 - 10:30", "", "2025-04-14"},
      {"آخر تحديث: الاثنين 14 أبريل 2025 - 10:30", "", "2025-04-14"},
      {"Publié le 14/04/2025", "", "2025-04-14"},
      {"Publié le 14/04/2025 à 10h30", "", "2025-04-14"},
      {"Publié dans Le Monde le 14/04/2025", "Le Monde", "2025-04-14"},
      {"Published on April 14, 2025", "", "2025-04-14"},
      {"Last updated: April 14, 2025 10:30 GMT", "", "2025-04-14"},
      {"2025/04/14 - 10:30", "", "2025-04-14"},
      {"2025-04-14T10:30:00Z", "", "2025-04-14"},
      {"الاثنين 14 أبريل 2025", "", "2025-04-14"},
      {"الثلاثاء - 5 شوال 1436 هـ - 21 يوليو 2015 م", "", "2015-07-21"},
      {"الثلاثاء 5 شوال 1436 هـ", "", "2015-07-21"},
  };
  for (const DatelineCase& c : kDatelines) {
    SCOPED_TRACE(c.line);
    const std::optional<Dateline> d = parse_dateline(c.line);
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->outlet, c.outlet);
    EXPECT_EQ(to_iso(d->date), c.iso);
  }
}

TEST(ParseDateline, RejectsLinesThatAreMoreThanADateline) {
  const std::string long_line = "نشر في العلم يوم 05 - 04 - 2025 " + std::string(200, 'x');
  const char* kLines[] = {
      "زار الوزير الرباط يوم 14 أبريل 2025",
      "الرباط في 14 أبريل 2025",
      "نشر في العلم",
      "أبريل 2025",
      "نشر في العلم يوم أمس",
      "© 2025 جميع الحقوق محفوظة",
      "10:30",
      "14 وزيرا",
      "",
      long_line.c_str(),
      "نشر في جريدة الأخبار المغربية اليومية المستقلة الكبرى الأولى يوم 05 - 04 - 2025",
  };
  for (const char* line : kLines) {
    SCOPED_TRACE(line);
    EXPECT_FALSE(parse_dateline(line).has_value());
  }
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Seed page 002 (GOLD.md): published 2025-04-05 by العلم, announcing the visit
// of 14 April and recalling the meeting of October 2024.
TEST(FindDates, SeedPage002) {
  const std::string path = std::string(MARSAD_SHARED_DIR) + "/corpus/seeds/002_f1ec78f6f9af2cf7.txt";
  const std::string page = read_file(path);
  if (page.empty()) GTEST_SKIP() << "seed page not found: " << path;

  std::optional<Dateline> dateline;
  size_t pos = 0;
  while (pos < page.size() && !dateline) {
    size_t end = page.find('\n', pos);
    if (end == std::string::npos) end = page.size();
    dateline = parse_dateline(std::string_view(page).substr(pos, end - pos));
    pos = end + 1;
  }
  ASSERT_TRUE(dateline.has_value());
  EXPECT_EQ(dateline->outlet, "العلم");
  EXPECT_EQ(to_iso(dateline->date), "2025-04-05");

  bool visit = false, earlier_meeting = false;
  for (const DateMention& m : find_dates(page, dateline->date)) {
    if (m.text(page) == "14 أبريل الجاري" && to_iso(m.date) == "2025-04-14") visit = true;
    if (m.text(page) == "أكتوبر 2024" && to_iso(m.date) == "2024-10") earlier_meeting = true;
  }
  EXPECT_TRUE(visit);
  EXPECT_TRUE(earlier_meeting);
}

}  // namespace
}  // namespace marsad
