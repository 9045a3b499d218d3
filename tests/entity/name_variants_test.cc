#include "entity/name_variants.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace marsad::entity {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(ProcliticReadings, PeelsOneLayerAtATimeLeastStrippedFirst) {
  std::vector<std::string> r = proclitic_readings("وبالمغرب");
  ASSERT_FALSE(r.empty());
  EXPECT_EQ(r.front(), "وبالمغرب");
  EXPECT_TRUE(contains(r, "بالمغرب"));
  EXPECT_TRUE(contains(r, "المغرب"));
  EXPECT_TRUE(contains(r, "مغرب"));
  // لل is ل + ال with the alef not written.
  EXPECT_TRUE(contains(proclitic_readings("للجزائر"), "الجزائر"));
  EXPECT_TRUE(contains(proclitic_readings("للجزائر"), "جزائر"));
  // Never down to a single letter.
  for (const std::string& x : proclitic_readings("وال")) EXPECT_GT(x.size(), 2u) << x;
}

TEST(ProcliticReadings, ViewsMatchTheVectorInOrder) {
  // Words with each proclitic layer, لل (the restored ال), short and Latin words.
  for (std::string_view w : {"وبالمغرب", "فللأمن", "وللجزائر", "كالمغرب", "للجزائر", "والبنك", "لل", "وال", "و",
                             "باريس", "ma", "وم", "ولللل", ""}) {
    const ProcliticReadings views(w);
    const std::vector<std::string> strings = proclitic_readings(w);
    ASSERT_EQ(views.size(), strings.size()) << w;
    size_t i = 0;
    for (std::string_view r : views) EXPECT_EQ(r, strings[i++]) << w;
  }
  const ProcliticReadings r("وللأمن");
  EXPECT_EQ(r[0], "وللأمن");
  EXPECT_NE(std::find(r.begin(), r.end(), "الأمن"), r.end());  // ل + ال with the alef restored
  EXPECT_NE(std::find(r.begin(), r.end(), "أمن"), r.end());
  // Longest first, as proclitic_readings promises.
  for (size_t k = 1; k < r.size(); ++k) EXPECT_GE(r[k - 1].size(), r[k].size());
}

TEST(DropArticle, KeepsShortWords) {
  EXPECT_EQ(drop_article("المغرب"), "مغرب");
  EXPECT_EQ(drop_article("الي"), "الي");
  EXPECT_EQ(drop_article("باريس"), "باريس");
}

TEST(FoldLatin, CaseAndAccentsGo) {
  EXPECT_EQ(fold_latin("États-Unis"), "etats-unis");
  EXPECT_EQ(fold_latin("Hélène FOURNIER"), "helene fournier");
}

TEST(LatinTransliteration, GivesAsciiLatin) {
  std::string t = latin_transliteration("ساركوزي");
  EXPECT_FALSE(t.empty());
  EXPECT_TRUE(std::all_of(t.begin(), t.end(), [](char c) { return (c & 0x80) == 0; })) << t;
  EXPECT_EQ(t.substr(0, 1), "s");
}

TEST(ArabicSkeleton, DropsLongVowelsInLongWords) {
  EXPECT_EQ(arabic_skeleton("ساركوزي"), arabic_skeleton("سركوزي"));
  EXPECT_EQ(arabic_skeleton("شولتس"), "شلتس");
  EXPECT_EQ(arabic_skeleton("دارمانان"), "درمن");  // doubled ن collapses
  EXPECT_EQ(arabic_skeleton("ميلونى"), arabic_skeleton("ميلوني"));
  // Short words stay whole: علي is not عل.
  EXPECT_EQ(arabic_skeleton("علي"), "علي");
  // The first letter stays even when it is a vowel letter.
  EXPECT_EQ(arabic_skeleton("يوسف"), "يسف");
  EXPECT_EQ(arabic_skeleton("Dupont"), "Dupont");
}

TEST(EditDistance, CountsCodePoints) {
  EXPECT_EQ(edit_distance("كتب", "كتاب"), 1);
  EXPECT_EQ(edit_distance("abc", "abc"), 0);
  EXPECT_EQ(edit_distance("", "ab"), 2);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3);
}

TEST(SimilarSkeletons, ThresholdGrowsWithLength) {
  EXPECT_FALSE(similar_skeletons("احمد", "محمد"));  // 4 letters: exact only
  EXPECT_TRUE(similar_skeletons("كرستنس", "كرستنز"));  // 6 letters: one edit
  EXPECT_FALSE(similar_skeletons("كرستنس", "كرسمنز"));
  EXPECT_TRUE(similar_skeletons("abcdefgh", "abcdxfgy"));  // 8: two edits
}

TEST(SimilarSkeletons, AgreesWithEditDistanceAtEveryLength) {
  // Words of 8+ code points allow two edits; a length gap beyond that is never similar.
  EXPECT_TRUE(similar_skeletons("abcdefgh", "abcdefghij"));
  EXPECT_FALSE(similar_skeletons("abcdefgh", "abcdefghijk"));
  EXPECT_TRUE(similar_skeletons("بوتفليقه", "بوتفلقه"));  // 7 code points (14 bytes): one edit
  // Past the 32 code points decoded on the stack, the same answer.
  const std::string long_a(40, 'a');
  std::string long_b = long_a;
  long_b[3] = 'b';
  long_b[20] = 'c';
  EXPECT_TRUE(similar_skeletons(long_a, long_b));
  long_b[30] = 'd';
  EXPECT_FALSE(similar_skeletons(long_a, long_b));
  EXPECT_FALSE(similar_skeletons(long_a, std::string(43, 'a')));
}

TEST(WordMemo, ComputesEachWordOnceAndKeepsWordsApart) {
  WordMemo<int> memo;
  int calls = 0;
  auto length = [&](std::string_view w) {
    ++calls;
    return static_cast<int>(w.size());
  };
  EXPECT_EQ(memo.get("وزارة", length), 10);
  EXPECT_EQ(memo.get("وزارة", length), 10);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(memo.get("abc", length), 3);
  EXPECT_EQ(memo.get("", length), 0);
  EXPECT_EQ(memo.get("وزارة", length), 10);
  EXPECT_EQ(calls, 3);
}

TEST(StripTitles, RemovesTitlesAndOfficeComplements) {
  TitledName t = strip_titles("وزير الخارجية المصري سامح شكري");
  EXPECT_EQ(t.role, "وزير الخارجية المصري");
  EXPECT_EQ(t.name, "سامح شكري");
  t = strip_titles("والرئيس التونسي قيس سعيد");
  EXPECT_EQ(t.name, "قيس سعيد");
  t = strip_titles("السيدة هيلين فورنييه");
  EXPECT_EQ(t.role, "السيدة");
  EXPECT_EQ(t.name, "هيلين فورنييه");
  t = strip_titles("الملك عبد الله الثاني");
  EXPECT_EQ(t.name, "عبد الله الثاني");
  t = strip_titles("M. Jean Dupont");
  EXPECT_EQ(t.role, "M.");
  EXPECT_EQ(t.name, "Jean Dupont");
  // A mention that is all title keeps its last word as the name.
  EXPECT_EQ(strip_titles("الوزير").name, "الوزير");
  EXPECT_EQ(strip_titles("سامح شكري").role, "");
}

TEST(IsOnlyTitle, ATitleWithNoNameAfterIt) {
  EXPECT_TRUE(is_only_title("السيناتور"));
  EXPECT_TRUE(is_only_title("وزير الخارجية"));
  EXPECT_TRUE(is_only_title("الرئيس الأمريكي"));
  EXPECT_FALSE(is_only_title("السيناتور جون ماكين"));
  EXPECT_FALSE(is_only_title("ماكين"));
  EXPECT_FALSE(is_only_title(""));
  // strip_titles keeps the last word of such a mention as its name.
  EXPECT_EQ(strip_titles("السيناتور").name, "السيناتور");
}

TEST(NameWords, JoinsCompoundsAndDropsConjunction) {
  EXPECT_EQ(name_words("عبد الإله بن كيران"), name_words("عبدالإله بنكيران"));
  EXPECT_EQ(name_words("أبو بكر"), name_words("ابوبكر"));
  EXPECT_EQ(name_words("وساركوزي"), name_words("ساركوزي"));
  // وليد keeps its و: too few letters would remain.
  EXPECT_EQ(name_words("وليد").front(), "وليد");
  EXPECT_EQ(name_words("محمد بن عبد الكريم").size(), 2u);
  // A preposition glued to an organization's head goes (لمركز = مركز), not
  // one glued to another word.
  EXPECT_EQ(name_words("لمركز الملك سلمان"), name_words("مركز الملك سلمان"));
  EXPECT_EQ(name_words("بوزارة الصحة"), name_words("وزارة الصحة"));
  EXPECT_EQ(name_words("لبنى عبدالعزيز").front(), name_words("لبنى").front());
  EXPECT_EQ(name_words("لبنى").front().substr(0, 2), "ل");
  // A leading ف is the name's own letter (it used to be dropped as a conjunction).
  EXPECT_EQ(name_words("فرانسوا هولاند").front(), "فرانسوا");
  EXPECT_EQ(name_words("فيرغسون").front(), "فيرغسون");
  EXPECT_EQ(name_words("Jean-Luc Mélenchon"), (std::vector<std::string>{"jean", "luc", "melenchon"}));
}

TEST(NameKey, SpellingVariantsShareAKey) {
  EXPECT_EQ(name_key("نيكولا ساركوزي"), name_key("نيكولا سركوزي"));
  EXPECT_EQ(name_key("عبد الإله بن كيران"), name_key("عبدالإله بنكيران"));
  EXPECT_EQ(name_key("الرئيس الفرنسي نيكولا ساركوزي"), name_key("نيكولا ساركوزي"));
  EXPECT_EQ(name_key("جيرالد دارمانان"), name_key("جيرالد دارمانين"));
  EXPECT_NE(name_key("نيكولا ساركوزي"), name_key("فرانسوا هولاند"));
  EXPECT_EQ(name_key("ساركوزي").substr(0, 5), "name:");
  EXPECT_EQ(name_key(""), "");
  EXPECT_EQ(name_key("Céline Dupont"), name_key("CELINE DUPONT"));
}

}  // namespace
}  // namespace marsad::entity

namespace marsad::entity {
namespace {

TEST(CrossScriptKey, ArabicAndLatinSpellingsOfOneNameMeet) {
  EXPECT_EQ(cross_script_key("معز التريكي"), cross_script_key("Moez Triki"));
  EXPECT_EQ(cross_script_key("كمال بن سالم"), cross_script_key("Kamel Ben Salem"));
  EXPECT_EQ(cross_script_key("الوزير محمد الشريف"), cross_script_key("Mohamed Cherif"));
  EXPECT_EQ(cross_script_key("Moez Triki"), "xs:mztrk");
  // ج and غ both render g and j: فيرغسون and فيرجسون are one town, and Ferguson.
  EXPECT_EQ(cross_script_key("فيرغسون"), cross_script_key("فيرجسون"));
  EXPECT_EQ(cross_script_key("فيرجسون"), cross_script_key("Ferguson"));
  EXPECT_EQ(cross_script_key("جمال"), cross_script_key("Djamel"));
  EXPECT_EQ(cross_script_key("جمال"), cross_script_key("Gamal"));
}

TEST(CrossScriptKey, DifferentNamesStayApart) {
  EXPECT_NE(cross_script_key("معز التريكي"), cross_script_key("Karim Triki"));
  EXPECT_NE(cross_script_key("نابل"), cross_script_key("Tunis"));
  EXPECT_EQ(cross_script_key("و"), "");
}

}  // namespace
}  // namespace marsad::entity
