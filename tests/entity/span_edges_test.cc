#include "entity/span_edges.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace marsad::entity {
namespace {

// A span of `type` over `name`, as found at byte `at` of some text.
EntitySpan span_of(const std::string& type, const std::string& name, size_t at = 10) {
  EntitySpan span;
  span.type = type;
  span.begin = at;
  span.end = at + name.size();
  span.text = name;
  return span;
}

// The span's text after trimming, checking that its offsets moved with it.
std::string trimmed(const std::string& type, const std::string& name) {
  const std::string text = "0123456789" + name + " بقية النص";
  EntitySpan span = span_of(type, name);
  trim_span_edges(&span);
  EXPECT_EQ(span.end - span.begin, span.text.size()) << name;
  EXPECT_EQ(text.substr(span.begin, span.end - span.begin), span.text) << name;
  return span.text;
}

TEST(SpanEdges, FunctionWordsAreTrimmedFromTheEnd) {
  EXPECT_EQ(trimmed("ORG", "المنظمة العربية التي"), "المنظمة العربية");
  EXPECT_EQ(trimmed("ORG", "مجلس الأمن الدولي الذي"), "مجلس الأمن الدولي");
  EXPECT_EQ(trimmed("ORG", "الاتحاد في"), "الاتحاد");
  EXPECT_EQ(trimmed("ORG", "الاتحاد خلال"), "الاتحاد");
  EXPECT_EQ(trimmed("PERS", "سلمان و"), "سلمان");
  EXPECT_EQ(trimmed("ORG", "نادي الهلال قد"), "نادي الهلال");
  // Several, with diacritics and tatweel on them.
  EXPECT_EQ(trimmed("ORG", "وزارة الصحة الَّتِي قـد"), "وزارة الصحة");
}

TEST(SpanEdges, TimeWordsAreTrimmedFromTheEndWhileTwoWordsStay) {
  EXPECT_EQ(trimmed("ORG", "وزارة الداخلية اليوم"), "وزارة الداخلية");
  EXPECT_EQ(trimmed("ORG", "للهيئة العامة للطيران المدني أمس"), "للهيئة العامة للطيران المدني");
  EXPECT_EQ(trimmed("PERS", "محمد بن سلمان اليوم"), "محمد بن سلمان");
  // An outlet's name, and a family name that is a weekday, stay whole.
  EXPECT_EQ(trimmed("ORG", "صحيفة اليوم"), "صحيفة اليوم");
  // No man is called أمس: a person's name loses it down to one word.
  EXPECT_EQ(trimmed("PERS", "سعود أمس"), "سعود");
  EXPECT_EQ(trimmed("PERS", "عبدالله بن محمد الخميس"), "عبدالله بن محمد الخميس");
  // From an organization's end, the participles that open a phrase about it.
  EXPECT_EQ(trimmed("ORG", "وكالة الأنباء اليمنية التابعة"), "وكالة الأنباء اليمنية");
  EXPECT_EQ(trimmed("ORG", "وزارة الدفاع اليمنية المعترف"), "وزارة الدفاع اليمنية");
  EXPECT_EQ(trimmed("PERS", "محمد المسؤول"), "محمد المسؤول");
}

TEST(SpanEdges, FunctionWordsAreTrimmedFromTheStart) {
  EXPECT_EQ(trimmed("ORG", "في هيئة الإذاعة البريطانية"), "هيئة الإذاعة البريطانية");
  EXPECT_EQ(trimmed("PERS", "و عادل الجبير"), "عادل الجبير");
  EXPECT_EQ(trimmed("LOC", "إلى  الرياض"), "الرياض");
}

TEST(SpanEdges, TitlesAndNameLinksAreTrimmedFromTheEndOnly) {
  EXPECT_EQ(trimmed("PERS", "محمد بن سلمان بن عبدالعزيز ولي"), "محمد بن سلمان بن عبدالعزيز");
  EXPECT_EQ(trimmed("ORG", "مجلس الوزراء الدكتور"), "مجلس الوزراء");
  EXPECT_EQ(trimmed("ORG", "مجلس الشورى الشيخ الدكتور"), "مجلس الشورى");
  EXPECT_EQ(trimmed("ORG", "وزارة الداخلية اللواء"), "وزارة الداخلية");
  EXPECT_EQ(trimmed("PERS", "سلمان بن عبدالعزيز آل"), "سلمان بن عبدالعزيز");
  EXPECT_EQ(trimmed("PERS", "محمد بن"), "محمد");
  EXPECT_EQ(trimmed("PERS", "صالح بن حسين العواجي وكيل"), "صالح بن حسين العواجي");  // وكيل الوزارة
  // A title after "and" opens the next name: "... وولي العهد"، "... ولسمو ولي العهد".
  EXPECT_EQ(trimmed("PERS", "محمد بن نايف وولي"), "محمد بن نايف");
  EXPECT_EQ(trimmed("PERS", "سلمان بن عبدالعزيز آل سعود ولسمو"), "سلمان بن عبدالعزيز آل سعود");
  EXPECT_EQ(trimmed("PERS", "خالد ووليد"), "خالد ووليد");  // وليد is a name, no title
  EXPECT_EQ(trimmed("PERS", "وولي"), "");
  // At the start a title or a link is part of the name.
  EXPECT_EQ(trimmed("PERS", "الأمير محمد بن نايف"), "الأمير محمد بن نايف");
  EXPECT_EQ(trimmed("LOC", "أبو ظبي"), "أبو ظبي");
}

TEST(SpanEdges, NamesThatLookLikeEdgeWordsAreKept) {
  // A title after a link is a family name; a family-name title ends a person's name.
  EXPECT_EQ(trimmed("PERS", "صالح بن عبدالعزيز آل الشيخ"), "صالح بن عبدالعزيز آل الشيخ");
  EXPECT_EQ(trimmed("ORG", "مؤسسة آل الشيخ"), "مؤسسة آل الشيخ");
  EXPECT_EQ(trimmed("PERS", "محمد السيد"), "محمد السيد");
  // Places and other names end in titles.
  EXPECT_EQ(trimmed("LOC", "شرم الشيخ"), "شرم الشيخ");
  EXPECT_EQ(trimmed("LOC", "كفر الشيخ"), "كفر الشيخ");
  EXPECT_EQ(trimmed("MISC", "جائزة الأمير"), "جائزة الأمير");
  EXPECT_EQ(trimmed("LOC", "شرم الشيخ في"), "شرم الشيخ");
  EXPECT_EQ(trimmed("ORG", "الاتحاد الآسيوي السيد"), "الاتحاد الآسيوي");
  // Words left off the lists, since names begin or end with them.
  EXPECT_EQ(trimmed("PERS", "علي عبدالله صالح"), "علي عبدالله صالح");
  EXPECT_EQ(trimmed("PERS", "صالح خلف"), "صالح خلف");
  EXPECT_EQ(trimmed("ORG", "سي إن إن"), "سي إن إن");
  EXPECT_EQ(trimmed("PERS", "بان كي مون"), "بان كي مون");
  EXPECT_EQ(trimmed("PERS", "بين أفليك"), "بين أفليك");
  EXPECT_EQ(trimmed("ORG", "لا ريبابليكا"), "لا ريبابليكا");
  EXPECT_EQ(trimmed("ORG", "منظمة أوبك لا"), "منظمة أوبك");
  EXPECT_EQ(trimmed("ORG", "كأس الملك"), "كأس الملك");
  EXPECT_EQ(trimmed("PERS", "شينزو آبي"), "شينزو آبي");
  EXPECT_EQ(trimmed("PERS", "شينزو ابي"), "شينزو ابي");
  EXPECT_EQ(trimmed("PERS", "عبدالله العميد"), "عبدالله العميد");
  // A title that is the whole span is the tagger's whole name.
  EXPECT_EQ(trimmed("ORG", "العميد"), "العميد");
  EXPECT_EQ(trimmed("ORG", "الفريق"), "الفريق");
  // An edge word inside a name stays.
  EXPECT_EQ(trimmed("ORG", "منظمة التعاون في الخليج"), "منظمة التعاون في الخليج");
}

TEST(SpanEdges, WordsLeftAreCountedAndASpanOfFunctionWordsEmpties) {
  EntitySpan span = span_of("ORG", "الاتحاد السعودي لكرة القدم الذي");
  EXPECT_EQ(trim_span_edges(&span), 4u);
  span = span_of("PERS", "في التي", 5);
  EXPECT_EQ(trim_span_edges(&span), 0u);
  EXPECT_TRUE(span.text.empty());
  EXPECT_EQ(span.begin, span.end);
}

TEST(SpanEdges, ACurrencyAloneNamesNothing) {
  std::vector<EntitySpan> spans = {span_of("ORG", "ريال", 0), span_of("MISC", "دولار", 10),
                                   span_of("ORG", "ريال مدريد", 20), span_of("ORG", "بريال", 40)};
  trim_span_edges(&spans, 1);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].text, "ريال مدريد");
}

TEST(SpanEdges, SpansLeftWithTooFewWordsAreDropped) {
  std::vector<EntitySpan> spans = {span_of("ORG", "هيئة الطيران المدني التي", 0),
                                   span_of("ORG", "المنظمة التي", 40),
                                   span_of("ORG", "في", 80),
                                   span_of("ORG", "وزارة الخارجية", 90)};
  std::vector<EntitySpan> two_words = spans;
  trim_span_edges(&two_words, 2);
  ASSERT_EQ(two_words.size(), 2u);
  EXPECT_EQ(two_words[0].text, "هيئة الطيران المدني");
  EXPECT_EQ(two_words[1].text, "وزارة الخارجية");
  trim_span_edges(&spans, 1);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[1].text, "المنظمة");
  EXPECT_EQ(spans[1].begin, 40u);
}

// The spans of `text` at the given words, as the tagger would give them.
EntitySpan span_at(const std::string& text, const std::string& type, const std::string& name) {
  return span_of(type, name, text.find(name));
}

TEST(SpanEdges, AForeignPlacesFirstWordGoesOnOverTheNextWord) {
  // The tagger's cut: a place سان and a person مورتيز.
  const std::string moritz = "في معسكر الفريق بمدينة سان مورتيز السويسرية";
  std::vector<EntitySpan> spans = {span_at(moritz, "LOC", "سان"), span_at(moritz, "PERS", "مورتيز")};
  join_place_prefixes(moritz, &spans);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].type, "LOC");
  EXPECT_EQ(spans[0].text, "سان مورتيز");
  EXPECT_EQ(moritz.substr(spans[0].begin, spans[0].end - spans[0].begin), spans[0].text);
  // The tagger stopped at the prefix, with nothing after it tagged.
  const std::string louis = "في مدينة سانت لويس الأمريكية";
  spans = {span_at(louis, "LOC", "سانت")};
  join_place_prefixes(louis, &spans);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].text, "سانت لويس");
}

TEST(SpanEdges, APlacePrefixBeforePunctuationOrAPersonsNameStaysAsItIs) {
  const std::string comma = "قال سان، وهو لاعب";
  std::vector<EntitySpan> spans = {span_at(comma, "LOC", "سان")};
  join_place_prefixes(comma, &spans);
  EXPECT_EQ(spans[0].text, "سان");
  const std::string person = "قال لوس أمس";  // a person's name is no place prefix
  spans = {span_at(person, "PERS", "لوس")};
  join_place_prefixes(person, &spans);
  EXPECT_EQ(spans[0].text, "لوس");
  // A whole name already (لوس أنجلوس) ends in no prefix: nothing moves.
  const std::string whole = "وصل إلى لوس أنجلوس أمس";
  spans = {span_at(whole, "LOC", "لوس أنجلوس")};
  join_place_prefixes(whole, &spans);
  EXPECT_EQ(spans[0].text, "لوس أنجلوس");
}

TEST(SpanEdges, APersonsNameIsShownWithoutTheCableHeSent) {
  EXPECT_EQ(without_person_trailer("سلمان بن عبدالعزيز آل سعود برقية"), "سلمان بن عبدالعزيز آل سعود");
  EXPECT_EQ(without_person_trailer("محمد بن نايف برقيتي"), "محمد بن نايف");
  EXPECT_EQ(without_person_trailer("سلمان برقية"), "سلمان برقية");  // two words: nothing to tell it by
  EXPECT_EQ(without_person_trailer("عادل الجبير"), "عادل الجبير");
}

TEST(SpanEdges, APersonsNameAfterAUniversityOrHospitalIsAnOrganization) {
  // The tagger's "جامعة الملك" and "سعود" become one organization.
  const std::string university = "أستاذ علم الاجتماع بجامعة الملك سعود الدكتور";
  std::vector<EntitySpan> spans = {span_at(university, "ORG", "بجامعة الملك"), span_at(university, "PERS", "سعود")};
  names_after_people(university, &spans);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].type, "ORG");
  EXPECT_EQ(spans[0].text, "جامعة الملك سعود");
  const std::string hospital = "وهو منوم بمستشفى الأمير محمد بن عبدالعزيز";
  spans = {span_at(hospital, "PERS", "محمد بن عبدالعزيز")};
  names_after_people(hospital, &spans);
  EXPECT_EQ(spans[0].type, "ORG");
  EXPECT_EQ(spans[0].text, "مستشفى الأمير محمد بن عبدالعزيز");
  // A venue is a place.
  const std::string stadium = "على ملعب الأمير فيصل بن فهد";
  spans = {span_at(stadium, "PERS", "فيصل بن فهد")};
  names_after_people(stadium, &spans);
  EXPECT_EQ(spans[0].type, "LOC");
  // A span that only touches it stays.
  const std::string two = "مدير جامعة الملك سعود بدر العمر";
  spans = {span_at(two, "PERS", "سعود"), span_at(two, "PERS", "بدر العمر")};
  names_after_people(two, &spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[1].text, "بدر العمر");
}

TEST(SpanEdges, APersonsNameAfterAStreetWordIsAPlace) {
  const std::string street = "في شارع الأمير نايف بن عبدالعزيز بالدمام";
  std::vector<EntitySpan> spans = {span_at(street, "PERS", "نايف بن عبدالعزيز")};
  names_after_people(street, &spans);
  EXPECT_EQ(spans[0].type, "LOC");
  EXPECT_EQ(spans[0].text, "شارع الأمير نايف بن عبدالعزيز");
  EXPECT_EQ(street.substr(spans[0].begin, spans[0].end - spans[0].begin), spans[0].text);
  const std::string glued = "وقع الحادث بطريق الملك فهد";
  spans = {span_at(glued, "PERS", "الملك فهد")};
  names_after_people(glued, &spans);
  EXPECT_EQ(spans[0].text, "طريق الملك فهد");
  // The man himself.
  const std::string man = "استقبل الأمير نايف بن عبدالعزيز الوفد";
  spans = {span_at(man, "PERS", "نايف بن عبدالعزيز")};
  names_after_people(man, &spans);
  EXPECT_EQ(spans[0].type, "PERS");
}

}  // namespace
}  // namespace marsad::entity
