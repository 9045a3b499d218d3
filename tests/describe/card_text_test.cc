#include "describe/card_text.h"

#include <gtest/gtest.h>

#include "describe/happening_date.h"

namespace marsad {
namespace {

using Pieces = std::vector<std::string_view>;

TEST(SplitSentences, ArabicFullStopsAndQuestionMarks) {
  EXPECT_EQ(split_sentences("غمرت المياه الشوارع. وأغلقت المدارس؟ ثم عاد الهدوء!", "ar"),
            (Pieces{"غمرت المياه الشوارع.", "وأغلقت المدارس؟", "ثم عاد الهدوء!"}));
}

TEST(SplitSentences, AnArabicTitlesInitialEndsNoSentence) {
  // "د." is الدكتور, "أ." الأستاذ: the name follows in the same sentence.
  EXPECT_EQ(split_sentences("أكد وزير التعليم د. عزام الدخيل، خلال اجتماعه أمس، أهمية الخطة. وقال أ. د. "
                            "سالم إن التنفيذ يبدأ غدا.",
                            "ar"),
            (std::vector<std::string_view>{"أكد وزير التعليم د. عزام الدخيل، خلال اجتماعه أمس، أهمية الخطة.",
                                           "وقال أ. د. سالم إن التنفيذ يبدأ غدا."}));
  // A word of two letters before the stop ends the sentence as usual.
  EXPECT_EQ(split_sentences("وصل الوفد إلى مصر. ثم غادر.", "ar"),
            (std::vector<std::string_view>{"وصل الوفد إلى مصر.", "ثم غادر."}));
}

TEST(SplitSentences, DecimalsAndAbbreviationsDoNotEndASentence) {
  EXPECT_EQ(split_sentences("Le taux passe à 1.5 %. M. Dupont l'a annoncé mardi.", "fr"),
            (Pieces{"Le taux passe à 1.5 %.", "M. Dupont l'a annoncé mardi."}));
  EXPECT_EQ(split_sentences("Mr. Smith arrived on Monday. He left.", "en"),
            (Pieces{"Mr. Smith arrived on Monday.", "He left."}));
}

TEST(SplitSentences, EmptyAndSpaceOnly) {
  EXPECT_TRUE(split_sentences("", "ar").empty());
  EXPECT_TRUE(split_sentences("   ", "ar").empty());
}

TEST(StripSentenceMarks, AgencyDatelineAndSignOff) {
  EXPECT_EQ(strip_sentence_marks("تونس - 21 أكتوبر 2025 (ومت) - لقي ثلاثة أشخاص حتفهم في الفيضانات."),
            "لقي ثلاثة أشخاص حتفهم في الفيضانات.");
  EXPECT_EQ(strip_sentence_marks("AMMAN, Oct 22 (MNA) - Jordan and Iraq signed a protocol."),
            "Jordan and Iraq signed a protocol.");
  EXPECT_EQ(strip_sentence_marks("وأغلقت المدارس في الولاية (ومت)"), "وأغلقت المدارس في الولاية");
}

TEST(StripSentenceMarks, OrdinaryDashesAndBracketsStay) {
  const std::string a = "قال الوزير إن المشروع - وهو الأكبر في المنطقة - سينتهي قريبا.";
  EXPECT_EQ(strip_sentence_marks(a), a);
  const std::string b = "بلغت الخسائر أربعين مليون دينار (نحو 13 مليون دولار)";
  EXPECT_EQ(strip_sentence_marks(b), b);
}

TEST(TermExtractor, TermsKeepTheirCommonestSpelling) {
  TermExtractor extractor;
  const auto terms = extractor.terms("الفيضانات تجتاح نابل والفيضانات مستمرة وفيضانات أخرى", "ar");
  ASSERT_FALSE(terms.empty());
  // The three spellings share one term; the commonest spelling is shown.
  EXPECT_EQ(extractor.spelling(terms[0]), "الفيضانات");
  EXPECT_EQ(extractor.spelling("never-seen"), "never-seen");
  // Stopwords give no term.
  EXPECT_TRUE(extractor.terms("في من على", "ar").empty());
}

TEST(TermExtractor, AProcliticGluedSpellingCountsForTheBareWord) {
  // A reader judged "بناقة" and "وسابك" as keywords worse than "ناقة" and "سابك".
  TermExtractor extractor;
  const auto camel = extractor.terms("اصطدمت سيارة بناقة سائبة، والاصطدام بناقة تكرر، والناقة ناقة سائبة", "ar");
  for (const std::string& term : extractor.terms("ناقة", "ar")) EXPECT_EQ(extractor.spelling(term), "ناقة");
  extractor.forget_spellings();
  const auto sabic = extractor.terms("وسابك وسابك سابك للتأمين للتأمين التأمين", "ar");
  ASSERT_FALSE(sabic.empty());
  EXPECT_EQ(extractor.spelling(sabic[0]), "سابك");
  EXPECT_EQ(extractor.spelling(sabic.back()), "التأمين");
  // With no bare form written, the glued one is what there is.
  extractor.forget_spellings();
  const auto alone = extractor.terms("بناقة", "ar");
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(extractor.spelling(alone[0]), "بناقة");
}

TEST(TermExtractor, AGluedSpellingTheEventNeverWroteBareTakesTheRunsBareWord) {
  TermExtractor run, event;
  run.terms("وصل الحجاج إلى مكة ثم غادروا مكة وعادوا إلى مكة", "ar");
  const auto terms = event.terms("أقيم الحفل بمكة", "ar");
  TermExtractor other;
  std::string term;
  for (const std::string& t : other.terms("بمكة", "ar")) term = t;  // the stemmer keeps this ب
  EXPECT_EQ(event.spelling(term, &run), "مكة");
  EXPECT_EQ(event.spelling(term), "بمكة");  // without the run's words, what the event wrote
}

TEST(TermExtractor, BeforeTheArticleTheRunsBareWordNeedNotBeTheMoreFrequent) {
  // "الثقافة والفنون" outnumbers الفنون in the run; و before ال is "and" all the same.
  TermExtractor run, event;
  run.terms("جمعية الثقافة والفنون وجمعية الثقافة والفنون وجمعية الثقافة والفنون والفنون الشعبية", "ar");
  run.terms("تعلم الفنون وأحب الفنون ودرس الفنون", "ar");
  event.terms("مسرحية في جمعية الثقافة والفنون", "ar");
  TermExtractor other;
  std::string term;
  for (const std::string& t : other.terms("والفنون", "ar")) term = t;
  EXPECT_EQ(event.spelling(term, &run), "الفنون");
  // A name read as ب + ال + two letters (بالمر, Palmer) stays as written.
  TermExtractor run2, event2;
  run2.terms("قال بالمر ثم رد بالمر وأكد بالمر وأضاف بالمر", "ar");
  run2.terms("طعم المر ثم طعم المر ثم المر", "ar");
  event2.terms("صرح بالمر للصحفيين", "ar");
  for (const std::string& t : other.terms("بالمر", "ar")) term = t;
  EXPECT_EQ(event2.spelling(term, &run2), "بالمر");
}

TEST(ProcliticFreeReadings, ConjunctionThenPrepositionThenLamLamAsTheArticle) {
  using V = std::vector<std::string>;
  EXPECT_EQ(proclitic_free_readings("وبناقة"), (V{"بناقة", "ناقة"}));
  EXPECT_EQ(proclitic_free_readings("للتأمين"), (V{"لتأمين", "التأمين"}));
  EXPECT_EQ(proclitic_free_readings("والتأمين"), (V{"التأمين"}));  // ال stays
  EXPECT_EQ(proclitic_free_readings("الفيصل"), V{});
  EXPECT_EQ(proclitic_free_readings("بن"), V{});  // a reading keeps two letters
}

TEST(CivilDayOf, UnixSecondsToUtcDay) {
  EXPECT_EQ(civil_day_of(1761004800), (CivilDate{2025, 10, 21}));
  EXPECT_EQ(civil_day_of(1761004800 + 86399), (CivilDate{2025, 10, 21}));
  EXPECT_EQ(civil_day_of(1), (CivilDate{1970, 1, 1}));
}

}  // namespace
}  // namespace marsad
