#include "describe/card_builder.h"

#include <gtest/gtest.h>

#include <map>

#include <algorithm>
#include <set>
#include <sstream>

#include "describe/card_json.h"
#include "text/normalize.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"

namespace marsad {
namespace {

// 2025-10-21 00:00:00 UTC
constexpr int64_t kOct21 = 1761004800;
constexpr int64_t kHour = 3600;

CardArticle article(std::string id, std::string source, int64_t time, std::string title,
                    std::vector<std::string> paragraphs, uint32_t event = 1, uint32_t storyline = 1) {
  CardArticle a;
  a.id = std::move(id);
  a.source = std::move(source);
  a.time = time;
  a.lang = "ar";
  a.title = std::move(title);
  a.paragraphs = std::move(paragraphs);
  a.event = event;
  a.storyline = storyline;
  return a;
}

// Articles about other things, so that idf tells the event's words from common ones.
void add_background(CardBuilder& builder) {
  const char* titles[] = {
      "البنك المركزي يخفض أسعار الفائدة بنسبة واحد بالمئة",
      "افتتاح معرض الأثاث الدولي في العاصمة بمشاركة واسعة",
      "المنتخب الوطني يفوز على ضيفه بهدفين مقابل هدف",
      "وزير الطاقة يبحث مع نظيره مشروع الربط الكهربائي",
  };
  const char* bodies[] = {
      "قرر البنك المركزي خفض أسعار الفائدة الرئيسية بنسبة واحد بالمئة في اجتماعه الدوري اليوم.",
      "افتتح وزير الصناعة معرض الأثاث الدولي الذي يشارك فيه أكثر من مئتي عارض من عدة دول.",
      "فاز المنتخب الوطني على ضيفه بهدفين مقابل هدف في المباراة التي جرت مساء أمس في الملعب الأولمبي.",
      "بحث وزير الطاقة مع نظيره مشروع الربط الكهربائي بين البلدين وسبل تسريع إنجازه قبل نهاية العام.",
  };
  for (int i = 0; i < 4; ++i) {
    builder.add(article("bg" + std::to_string(i), "مصدر آخر", kOct21 - 5 * 24 * kHour, titles[i], {bodies[i]},
                        100 + i, 100 + i));
  }
}

// Five reports of one flood, from four outlets (two of them one wire text).
std::vector<CardArticle> flood_event() {
  std::vector<CardArticle> a;
  a.push_back(article("wire", "وكالة الأنباء", kOct21 + 9 * kHour,
                      "ثلاثة قتلى في فيضانات بولاية نابل إثر أمطار غزيرة",
                      {"لقي ثلاثة أشخاص حتفهم وأصيب تسعة آخرون جراء فيضانات اجتاحت مدينة نابل إثر أمطار غزيرة "
                       "تهاطلت ليلة الاثنين إلى الثلاثاء، وفق الحماية المدنية.",
                       "وقررت السلطات تعليق الدروس في جميع المدارس بولاية نابل يوم الأربعاء.",
                       "هل تكفي إجراءات الحماية المدنية لمواجهة فيضانات نابل القادمة وأمطارها الغزيرة؟"}));
  a.back().dup_group = 7;
  a.push_back(article("copy", "موقع الناقل", kOct21 + 12 * kHour,
                      "ثلاثة قتلى في فيضانات بولاية نابل إثر أمطار غزيرة",
                      {"لقي ثلاثة أشخاص حتفهم وأصيب تسعة آخرون جراء فيضانات اجتاحت مدينة نابل إثر أمطار غزيرة "
                       "تهاطلت ليلة الاثنين إلى الثلاثاء، وفق الحماية المدنية.",
                       "وقررت السلطات تعليق الدروس في جميع المدارس بولاية نابل يوم الأربعاء."}));
  a.back().dup_group = 7;
  a.push_back(article("daily", "الصحيفة اليومية", kOct21 + 14 * kHour,
                      "أمطار غزيرة تغرق شوارع نابل وتشل حركة المرور",
                      {"غمرت مياه الأمطار الغزيرة شوارع مدينة نابل وأحياءها المنخفضة، وتعطلت حركة المرور على "
                       "الطريق الرابطة بين نابل والعاصمة لساعات طويلة.",
                       "وسجل معهد الرصد الجوي كميات أمطار قياسية بلغت مئة وتسعين مليمترا خلال اثنتي عشرة ساعة."}));
  a.back().dup_group = 8;
  a.push_back(article("tv", "قناة الأخبار", kOct21 + 20 * kHour,
                      "ثلاثة قتلى وتسعة جرحى في فيضانات نابل",
                      {"أكد الناطق باسم الحماية المدنية أن فرق الإنقاذ انتشلت جثث ثلاثة ضحايا في نابل، "
                       "وأن تسعة مصابين نقلوا إلى المستشفى الجهوي لتلقي العلاج.",
                       "\"إننا نعمل ليلا ونهارا لإنقاذ العالقين في نابل\" قال الناطق باسم الحماية المدنية للصحفيين."}));
  a.back().dup_group = 9;
  // The earliest page has a title about something else in the event: not central.
  a.push_back(article("early", "إذاعة المدينة", kOct21 + 7 * kHour, "تعليق الدروس غدا في المعاهد",
                      {"أعلنت المندوبية الجهوية للتربية تعليق الدروس غدا في جميع المعاهد والمدارس الابتدائية "
                       "بسبب سوء الأحوال الجوية."}));
  a.back().dup_group = 10;
  return a;
}

StoryCards build_flood(std::vector<CardArticle> articles, bool background = true) {
  CardBuilder builder;
  if (background) add_background(builder);
  for (CardArticle& a : articles) builder.add(std::move(a));
  return builder.build();
}

EventCard event_card(const StoryCards& cards, uint32_t event) {
  for (const EventCard& e : cards.events) {
    if (e.event == event) return e;
  }
  ADD_FAILURE() << "no card for event " << event;
  return {};
}

// The words a card shows as keywords.
std::set<std::string> keyword_words(const EventCard& card) {
  std::set<std::string> words;
  for (const Keyword& k : card.keywords) words.insert(k.word);
  return words;
}

// The persons a card lists, by name, with their article counts.
std::map<std::string, size_t> persons_on(const EventCard& card) {
  std::map<std::string, size_t> persons;
  for (const NamedEntity& e : card.entities)
    if (e.type == "PERS") persons[e.name] = e.articles;
  return persons;
}

std::set<std::string> word_set(const std::string& text) {
  std::set<std::string> out;
  const std::string m = text::normalize_for_matching(text);
  for (const text::Token& t : text::tokenize_words(m)) out.insert(std::string(t.text));
  return out;
}

double word_overlap(const std::string& a, const std::string& b) {
  const auto wa = word_set(a), wb = word_set(b);
  size_t shared = 0;
  for (const auto& w : wa) shared += wb.count(w);
  return static_cast<double>(shared) / static_cast<double>(std::min(wa.size(), wb.size()));
}

TEST(CardBuilder, HeadlineIsTheTitleMostLikeTheOthers) {
  const StoryCards cards = build_flood(flood_event());
  const EventCard card = event_card(cards, 1);
  // "wire" shares قتلى/ثلاثة/فيضانات/نابل/أمطار/غزيرة with the others ("copy", its
  // copy, has the same title but later); "early" (the first published) names only
  // the school closure.
  EXPECT_EQ(card.headline_id, "wire");
  EXPECT_EQ(card.headline, "ثلاثة قتلى في فيضانات بولاية نابل إثر أمطار غزيرة");
  EXPECT_EQ(card.article_count, 5u);
  EXPECT_EQ(card.lang, "ar");
}

TEST(CardBuilder, HeadlineNearTieGoesToTheEarliest) {
  std::vector<CardArticle> a;
  a.push_back(article("late", "أ", kOct21 + 5 * kHour, "فيضانات نابل تودي بحياة ثلاثة أشخاص", {"نص الخبر الأول عن فيضانات نابل والضحايا الثلاثة."}));
  a.push_back(article("first", "ب", kOct21 + 1 * kHour, "فيضانات نابل تودي بحياة ثلاثة أشخاص", {"نص آخر عن فيضانات نابل والضحايا الثلاثة."}));
  a.push_back(article("mid", "ج", kOct21 + 3 * kHour, "فيضانات نابل تودي بحياة ثلاثة أشخاص", {"رواية ثالثة عن فيضانات نابل والضحايا."}));
  a[0].dup_group = 1;
  a[1].dup_group = 2;
  a[2].dup_group = 3;
  const StoryCards cards = build_flood(a);
  EXPECT_EQ(event_card(cards, 1).headline_id, "first");
}

TEST(CardBuilder, APreviewPublishedBeforeTheDayIsNoHeadline) {
  // The same title announced the visit three days before it; the reports of the
  // day tell it. Earliest-first alone would head the card with the plan.
  std::vector<CardArticle> a;
  a.push_back(article("preview", "أ", kOct21 - 72 * kHour, "وزير الداخلية يزور ولاية نابل المنكوبة بالفيضانات",
                      {"يزور وزير الداخلية ولاية نابل يوم 21 أكتوبر الجاري لمعاينة أضرار الفيضانات."}));
  a.push_back(article("report", "ب", kOct21 + 5 * kHour, "وزير الداخلية يزور ولاية نابل المنكوبة بالفيضانات",
                      {"زار وزير الداخلية اليوم الثلاثاء ولاية نابل وعاين أضرار الفيضانات."}));
  a.push_back(article("later", "ج", kOct21 + 7 * kHour, "وزير الداخلية في نابل لمعاينة أضرار الفيضانات",
                      {"عاين وزير الداخلية اليوم الثلاثاء أضرار الفيضانات في ولاية نابل."}));
  a[0].dup_group = 1;
  a[1].dup_group = 2;
  a[2].dup_group = 3;
  const EventCard card = event_card(build_flood(a), 1);
  EXPECT_EQ(card.date, "2025-10-21");
  EXPECT_EQ(card.headline_id, "report");
}

TEST(CardBuilder, SummaryComesFromDifferentSourcesWithoutRepeating) {
  const StoryCards cards = build_flood(flood_event());
  const EventCard card = event_card(cards, 1);
  ASSERT_GE(card.summary.size(), 2u);
  ASSERT_LE(card.summary.size(), 3u);
  std::set<std::string> sources;
  for (const SummarySentence& s : card.summary) {
    EXPECT_TRUE(sources.insert(s.source).second) << "two sentences from " << s.source;
    // The wire and its copy are one text: at most one of them speaks.
    EXPECT_FALSE(s.text.empty());
  }
  EXPECT_FALSE(sources.count("وكالة الأنباء") && sources.count("موقع الناقل"));
  for (size_t i = 0; i < card.summary.size(); ++i) {
    for (size_t j = i + 1; j < card.summary.size(); ++j) {
      EXPECT_LT(word_overlap(card.summary[i].text, card.summary[j].text), 0.6)
          << card.summary[i].text << "\n" << card.summary[j].text;
    }
  }
  // The most central sentence is a lead: the wire's (or its copy's) opening sentence.
  EXPECT_NE(card.summary[0].text.find("لقي ثلاثة أشخاص حتفهم"), std::string::npos) << card.summary[0].text;
}

TEST(CardBuilder, AnEventThatMixesHappeningsIsSummarizedAndDatedByItsHeadlines) {
  // Three reports of the flood, two of them rewrites of the wire, and two of
  // another happening the clustering put with them (a fair in another city,
  // two days later): the summary and the date tell the flood, which the
  // headline names.
  std::vector<CardArticle> a;
  a.push_back(article("wire", "وكالة الأنباء", kOct21 + 9 * kHour, "ثلاثة قتلى في فيضانات بولاية نابل إثر أمطار غزيرة",
                      {"لقي ثلاثة أشخاص حتفهم وأصيب تسعة آخرون جراء فيضانات اجتاحت مدينة نابل إثر أمطار غزيرة "
                       "تهاطلت ليلة الاثنين 20 أكتوبر 2025، وفق الحماية المدنية.",
                       "وقررت السلطات تعليق الدروس في جميع المدارس بولاية نابل يوم الأربعاء."}));
  a.push_back(article("daily", "الصحيفة اليومية", kOct21 + 14 * kHour, "فيضانات نابل: ثلاثة قتلى وتسعة جرحى",
                      {"أودت فيضانات اجتاحت مدينة نابل إثر أمطار غزيرة ليلة الاثنين 20 أكتوبر 2025 بحياة ثلاثة "
                       "أشخاص وأصيب تسعة آخرون، وفق الحماية المدنية.",
                       "وعلقت السلطات الدروس في مدارس ولاية نابل يوم الأربعاء بعد الفيضانات."}));
  a.push_back(article("tv", "قناة الأخبار", kOct21 + 20 * kHour, "ثلاثة قتلى وتسعة جرحى في فيضانات نابل",
                      {"قالت الحماية المدنية إن ثلاثة أشخاص لقوا حتفهم وأصيب تسعة في فيضانات مدينة نابل بعد "
                       "أمطار غزيرة ليلة الاثنين 20 أكتوبر 2025.",
                       "وتقرر تعليق الدروس في جميع مدارس ولاية نابل الأربعاء."}));
  a.push_back(article("fair1", "مجلة المعارض", kOct21 + 50 * kHour, "افتتاح معرض الكتاب في نابل",
                      {"افتتح وزير الثقافة يوم الخميس 23 أكتوبر 2025 معرض الكتاب في مدينة نابل بمشاركة مئة ناشر "
                       "من عشرين دولة عربية وأجنبية.",
                       "ويتضمن برنامج المعرض ندوات فكرية وأمسيات شعرية وورشات للأطفال طيلة عشرة أيام."}));
  a.push_back(article("fair2", "إذاعة الجنوب", kOct21 + 51 * kHour, "معرض نابل للكتاب يفتح أبوابه",
                      {"فتح معرض نابل للكتاب أبوابه يوم الخميس 23 أكتوبر 2025 أمام الزوار بمشاركة مئة ناشر من "
                       "عشرين دولة.",
                       "وقال مدير المعرض إن الدورة الحالية تراهن على استقطاب العائلات والطلبة والباحثين."}));
  const EventCard card = event_card(build_flood(a), 1);
  ASSERT_TRUE(card.headline_id == "wire" || card.headline_id == "daily" || card.headline_id == "tv")
      << card.headline;
  ASSERT_GE(card.summary.size(), 2u);
  for (const SummarySentence& s : card.summary) {
    EXPECT_TRUE(s.id != "fair1" && s.id != "fair2") << s.text;
  }
  EXPECT_EQ(card.date, "2025-10-20");  // the flood's night, not the fair's 23rd
  // Alone, the fair is summarized and dated as itself.
  const std::vector<CardArticle> fair(a.end() - 2, a.end());
  EXPECT_EQ(event_card(build_flood(fair), 1).date, "2025-10-23");
}

TEST(CardBuilder, SummarySkipsQuestionsAndQuotes) {
  const StoryCards cards = build_flood(flood_event());
  for (const SummarySentence& s : event_card(cards, 1).summary) {
    EXPECT_EQ(s.text.find("؟"), std::string::npos) << s.text;
    EXPECT_NE(s.text.front(), '"') << s.text;
  }
}

TEST(CardBuilder, OneSourceStillGetsTwoSentences) {
  std::vector<CardArticle> a;
  a.push_back(article("only", "أ", kOct21, "فيضانات نابل تودي بحياة ثلاثة أشخاص",
                      {"لقي ثلاثة أشخاص حتفهم جراء فيضانات اجتاحت مدينة نابل إثر أمطار غزيرة ليلة الاثنين.",
                       "وقررت السلطات المحلية تعليق الدروس في جميع مدارس ولاية نابل حتى إشعار آخر."}));
  const EventCard card = event_card(build_flood(a), 1);
  EXPECT_EQ(card.summary.size(), 2u);
}

TEST(CardBuilder, FirstPublisherIsTheEarliestAndCopiesPointAtTheirOriginal) {
  std::vector<CardArticle> articles = flood_event();
  std::reverse(articles.begin(), articles.end());  // input order is not time order
  const EventCard card = event_card(build_flood(articles), 1);
  EXPECT_EQ(card.first_source, "إذاعة المدينة");
  EXPECT_EQ(card.first_time, kOct21 + 7 * kHour);
  EXPECT_EQ(card.last_time, kOct21 + 20 * kHour);
  ASSERT_EQ(card.reuse.size(), 1u);
  EXPECT_EQ(card.reuse[0].id, "copy");
  EXPECT_EQ(card.reuse[0].from_id, "wire");
  EXPECT_EQ(card.reuse[0].from_source, "وكالة الأنباء");
  for (const CardSource& s : card.sources) EXPECT_EQ(s.original, s.source != "موقع الناقل") << s.source;
  ASSERT_EQ(card.timeline.size(), 5u);
  for (size_t i = 1; i < card.timeline.size(); ++i) EXPECT_LE(card.timeline[i - 1].time, card.timeline[i].time);
  EXPECT_EQ(card.timeline.front().id, "early");
}

TEST(CardBuilder, ReusedFromNamesTheOriginalEvenWhenPublishedLater) {
  // Clocks lie: a copy stamped before its original still copies it.
  std::vector<CardArticle> a = flood_event();
  a[1].time = kOct21 + 1 * kHour;
  a[1].dup_group.reset();
  a[1].reused_from = "wire";
  const EventCard card = event_card(build_flood(a), 1);
  ASSERT_EQ(card.reuse.size(), 1u);
  EXPECT_EQ(card.reuse[0].id, "copy");
  EXPECT_EQ(card.reuse[0].from_id, "wire");
  EXPECT_EQ(card.first_source, "موقع الناقل");  // first to publish, though a copy
}

TEST(CardBuilder, KeywordsAreSpecificWordsNotStopwords) {
  const EventCard card = event_card(build_flood(flood_event()), 1);
  ASSERT_FALSE(card.keywords.empty());
  std::vector<std::string> words;
  for (const Keyword& k : card.keywords) {
    words.push_back(k.word);
    EXPECT_FALSE(text::is_stopword("ar", text::normalize_for_matching(k.word))) << k.word;
    EXPECT_GT(k.weight, 0);
  }
  for (size_t i = 1; i < card.keywords.size(); ++i) EXPECT_GE(card.keywords[i - 1].weight, card.keywords[i].weight);
  // نابل is in every report of the event and in no background article.
  EXPECT_NE(std::find(words.begin(), words.end(), "نابل"), words.end());
  // في/من/على are everywhere in the text but never keywords.
  for (const char* w : {"في", "من", "على", "إلى"}) EXPECT_EQ(std::find(words.begin(), words.end(), w), words.end());
}

TEST(CardBuilder, AKeywordWithAConjunctionGluedOnIsNotShownBesideTheWord) {
  // The stemmer keeps ف before ا: فإسرائيل and إسرائيل are two terms, one word to a reader.
  std::vector<CardArticle> a;
  a.push_back(article("a", "الأولى", kOct21, "إسرائيل تغلق المعبر", {"أغلقت إسرائيل المعبر، فإسرائيل تخشى التصعيد."}));
  a.push_back(article("b", "الثانية", kOct21 + kHour, "إغلاق المعبر", {"فإسرائيل أغلقت المعبر صباحا بعد تحذير."}));
  a.push_back(article("c", "الثالثة", kOct21 + 2 * kHour, "المعبر مغلق", {"قالت إسرائيل إن المعبر مغلق، فإسرائيل قلقة."}));
  const EventCard card = event_card(build_flood(a), 1);
  std::vector<std::string> words;
  for (const Keyword& k : card.keywords) words.push_back(k.word);
  EXPECT_NE(std::find(words.begin(), words.end(), "إسرائيل"), words.end()) << ::testing::PrintToString(words);
  EXPECT_EQ(std::find(words.begin(), words.end(), "فإسرائيل"), words.end());
}

TEST(CardBuilder, AKeywordIsSpelledAsItsOwnEventWritesIt) {
  // The run writes الفيضانات most often; the second event writes فيضانات.
  std::vector<CardArticle> a;
  for (int i = 0; i < 4; ++i) {
    a.push_back(article("a" + std::to_string(i), "مصدر " + std::to_string(i), kOct21 + i * kHour,
                        "الفيضانات تغمر نابل", {"غمرت الفيضانات شوارع نابل وأغلقت الفيضانات الطرق."}, 1, 1));
  }
  a.push_back(article("b0", "الأولى", kOct21 + 5 * kHour, "فيضانات في صفاقس",
                      {"اجتاحت فيضانات مفاجئة أحياء صفاقس، وقالت البلدية إن فيضانات كهذه نادرة."}, 2, 2));
  a.push_back(article("b1", "الثانية", kOct21 + 6 * kHour, "فيضانات صفاقس", {"فيضانات صفاقس تغلق المدارس."}, 2, 2));
  const StoryCards cards = build_flood(a);
  const auto word_of_term = [](const EventCard& card, const std::string& word) {
    for (const Keyword& k : card.keywords) {
      if (k.word == word) return true;
    }
    return false;
  };
  EXPECT_TRUE(word_of_term(event_card(cards, 1), "الفيضانات"));
  EXPECT_TRUE(word_of_term(event_card(cards, 2), "فيضانات"));
  EXPECT_FALSE(word_of_term(event_card(cards, 2), "الفيضانات"));
}

TEST(CardBuilder, CardsDoNotDependOnTheThreadsThatBuildThem) {
  std::vector<std::string> json[2];
  for (size_t threads : {1, 4}) {
    CardOptions options;
    options.threads = threads;
    CardBuilder builder(options);
    add_background(builder);
    for (CardArticle& a : flood_event()) builder.add(std::move(a));
    for (const EventCard& e : builder.build().events) json[threads == 4].push_back(event_card_json(e));
  }
  EXPECT_EQ(json[0].size(), 5u);
  EXPECT_EQ(json[0], json[1]);
}

TEST(CardBuilder, KeywordsLeaveOutTitlesUnitsAndTheWordsOfListedNames) {
  std::vector<CardArticle> a;
  for (int i = 0; i < 4; ++i) {
    a.push_back(article(std::string("k").append(std::to_string(i)), "مصدر " + std::to_string(i), kOct21 + i * kHour,
                        "الأمير فيصل يفتتح مستشفى حفر الباطن بتكلفة مليار ريال",
                        {"افتتح الأمير فيصل مستشفى حفر الباطن الجديد بتكلفة مليار ريال، ويضم المستشفى أجنحة للأطفال."}));
    a.back().entities = {CardEntity{"name:حفر بطن", "حفر الباطن", "LOC"}};
  }
  const EventCard card = event_card(build_flood(a), 1);
  const std::set<std::string> words = keyword_words(card);
  ASSERT_FALSE(words.empty());
  for (const char* noise : {"الأمير", "مليار", "ريال", "حفر", "الباطن"}) EXPECT_EQ(words.count(noise), 0u) << noise;
  EXPECT_EQ(words.count("المستشفى") + words.count("مستشفى"), 1u) << ::testing::PrintToString(words);
}

TEST(CardBuilder, KeywordsLeaveOutFunctionWordsTheStemmerKeptAGluedLetterOn) {
  // وهل keeps its و through the stemmer, ranks as a rare term and is shown as هل.
  std::vector<CardArticle> a;
  for (int i = 0; i < 4; ++i) {
    a.push_back(article("q" + std::to_string(i), "مصدر " + std::to_string(i), kOct21 + i * kHour,
                        "هل تنجح خطة المرور الجديدة؟",
                        {"هل تنجح خطة المرور؟ وهل تخفف الزحام؟ وهل يلتزم السائقون بالخطة الجديدة؟"}));
  }
  const EventCard card = event_card(build_flood(a), 1);
  const std::set<std::string> words = keyword_words(card);
  ASSERT_FALSE(words.empty());
  EXPECT_EQ(words.count("هل") + words.count("وهل"), 0u) << ::testing::PrintToString(words);
}

TEST(CardBuilder, KeywordsLeaveOutTheWordsOfPeopleTheCardHasNoRoomFor) {
  std::vector<CardArticle> a;
  for (int i = 0; i < 4; ++i) {
    a.push_back(article("m" + std::to_string(i), "مصدر " + std::to_string(i), kOct21 + i * kHour,
                        "انهيار جسر القرية بعد السيول",
                        {"انهار جسر القرية بعد السيول. وقال خالد العتيبي إن الجسر أغلق. وأكد ماجد الزهراني أن "
                         "الزهراني تابع الإصلاح."}));
    a.back().entities = {CardEntity{"xs:khldtb", "خالد العتيبي", "PERS"}};
    if (i < 2) a.back().entities.push_back(CardEntity{"xs:mgdzhrn", "ماجد الزهراني", "PERS"});
  }
  CardOptions options;
  options.entities_per_type = 1;  // only العتيبي, named by all four, is listed
  CardBuilder builder(options);
  add_background(builder);
  for (CardArticle& article : a) builder.add(std::move(article));
  const EventCard card = event_card(builder.build(), 1);
  EXPECT_EQ(persons_on(card), (std::map<std::string, size_t>{{"خالد العتيبي", 4}}));
  const std::set<std::string> words = keyword_words(card);
  ASSERT_FALSE(words.empty());
  for (const char* name : {"العتيبي", "الزهراني", "ماجد", "خالد"}) EXPECT_EQ(words.count(name), 0u) << name;
  EXPECT_EQ(words.count("الجسر") + words.count("جسر"), 1u) << ::testing::PrintToString(words);
}

TEST(CardBuilder, CallerStatisticsDecideWhatIsSpecific) {
  // With statistics that call نابل common, it falls behind words the caller calls rare.
  struct Fixed : TermStatistics {
    double idf(std::string_view term) const override { return term == "نابل" ? 0.01 : 3.0; }
  } fixed;
  CardBuilder builder({}, &fixed);
  for (CardArticle& a : flood_event()) builder.add(std::move(a));
  const StoryCards cards = builder.build();
  ASSERT_FALSE(cards.events[0].keywords.empty());
  EXPECT_NE(cards.events[0].keywords[0].word, "نابل");
}

TEST(CardBuilder, HappeningDateComesFromTheTextNotThePublicationDay) {
  // Published (crawled) on the 23rd and 24th; the text says it happened on the 21st.
  std::vector<CardArticle> a;
  a.push_back(article("a", "أ", kOct21 + 2 * 24 * kHour + 8 * kHour, "فيضانات نابل",
                      {"شهدت مدينة نابل يوم الثلاثاء 21 أكتوبر 2025 فيضانات عارمة خلفت ثلاثة قتلى."}));
  a.push_back(article("b", "ب", kOct21 + 2 * 24 * kHour + 9 * kHour, "ضحايا فيضانات نابل",
                      {"ارتفعت حصيلة فيضانات الثلاثاء الماضي في نابل إلى خمسة قتلى."}));
  a.push_back(article("c", "ج", kOct21 + 3 * 24 * kHour, "نابل تحصي أضرار الفيضانات",
                      {"بدأت السلطات في نابل إحصاء الأضرار التي خلفتها فيضانات 21 أكتوبر."}));
  const EventCard card = event_card(build_flood(a), 1);
  EXPECT_EQ(card.date, "2025-10-21");
  EXPECT_EQ(card.date_basis, DateBasis::kText);
}

TEST(CardBuilder, WithoutADateInTheTextTheEarliestPublicationDayIsTheDate) {
  std::vector<CardArticle> a;
  a.push_back(article("a", "أ", kOct21 + 30 * kHour, "فيضانات نابل", {"شهدت مدينة نابل فيضانات عارمة خلفت ثلاثة قتلى."}));
  a.push_back(article("b", "ب", kOct21 + 50 * kHour, "ضحايا فيضانات نابل", {"ارتفعت حصيلة الفيضانات في نابل إلى خمسة قتلى."}));
  const EventCard card = event_card(build_flood(a), 1);
  EXPECT_EQ(card.date, "2025-10-22");
  EXPECT_EQ(card.date_basis, DateBasis::kPublished);
}

TEST(CardBuilder, UntitledEventsAreHeadedByTheirOpeningWords) {
  std::vector<CardArticle> a;
  a.push_back(article("late", "أ", kOct21 + 30 * kHour, "", {"ارتفعت حصيلة الفيضانات في نابل إلى خمسة قتلى."}));
  a.push_back(article("early", "ب", kOct21 + 20 * kHour, "",
                      {"شهدت مدينة نابل فيضانات عارمة خلفت ثلاثة قتلى وعشرات الجرحى وأضرارا كبيرة في الطرقات "
                       "والمنازل والمحلات التجارية وسط المدينة القديمة مساء أمس. وتواصل الأمطار."}));
  const EventCard card = event_card(build_flood(a), 1);
  // The earliest article's first sentence (22 words), cut at max_words (20).
  EXPECT_EQ(card.headline,
            "شهدت مدينة نابل فيضانات عارمة خلفت ثلاثة قتلى وعشرات الجرحى وأضرارا كبيرة في الطرقات والمنازل والمحلات "
            "التجارية وسط المدينة القديمة…");
  EXPECT_TRUE(card.headline_id.empty());
}

TEST(CardBuilder, ABorrowedTimeIsNotShownAsTheArticlesOwn) {
  std::vector<CardArticle> a;
  a.push_back(article("a", "أ", kOct21 + 30 * kHour, "فيضانات نابل", {"شهدت مدينة نابل فيضانات عارمة خلفت ثلاثة قتلى."}));
  a.push_back(article("b", "", kOct21 + 30 * kHour, "ضحايا فيضانات نابل", {"ارتفعت حصيلة الفيضانات في نابل إلى خمسة قتلى."}));
  a.back().dated = false;
  const EventCard card = event_card(build_flood(a), 1);
  ASSERT_EQ(card.timeline.size(), 2u);
  EXPECT_EQ(card.timeline[0].time, kOct21 + 30 * kHour);
  EXPECT_EQ(card.timeline[1].time, 0);
  ASSERT_EQ(card.sources.size(), 2u);
  EXPECT_EQ(card.sources[1].first_time, 0);
}

TEST(CardBuilder, EntitiesRankByArticlesAndShowTheCommonestSpelling) {
  std::vector<CardArticle> a = flood_event();
  const auto name = [](const char* key, const char* spelling, const char* type) { return CardEntity{key, spelling, type}; };
  a[0].entities = {name("PERS:تريكي", "معز التريكي", "PERS"), name("LOC:نابل", "نابل", "LOC"),
                   name("LOC:نابل", "نابل", "LOC"), name("LOC:نابل", "نابل", "LOC"), name("ORG:x", "الحماية المدنية", "ORG")};
  a[2].entities = {name("LOC:نابل", "ولاية نابل", "LOC"), name("PERS:تريكي", "التريكي", "PERS"),
                   name("LOC:تونس", "تونس", "LOC")};
  a[3].entities = {name("LOC:نابل", "نابل", "LOC"), name("PERS:تريكي", "معز التريكي", "PERS"),
                   name("ORG:x", "الحماية المدنية", "ORG"), name("MISC:y", "شيء", "MISC")};
  a[4].entities = {name("LOC:نابل", "نابل", "LOC")};
  const EventCard card = event_card(build_flood(a), 1);
  std::vector<std::string> keys;
  for (const NamedEntity& e : card.entities) keys.push_back(e.key);
  // People first, then organizations, then places; تونس is named once (left out); MISC never shown.
  EXPECT_EQ(keys, (std::vector<std::string>{"PERS:تريكي", "ORG:x", "LOC:نابل"}));
  EXPECT_EQ(card.entities[0].name, "معز التريكي");
  EXPECT_EQ(card.entities[0].articles, 3u);
  EXPECT_EQ(card.entities[2].articles, 4u);
  EXPECT_EQ(card.entities[2].name, "نابل");
}

TEST(CardBuilder, APlaceIsShownInTheCardsScriptWithoutItsProclitic) {
  std::vector<CardArticle> a = flood_event();  // Arabic articles
  const CardEntity wa_iraq{"loc:IQ", "والعراق", "LOC"}, iraq{"loc:IQ", "العراق", "LOC"}, latin{"loc:IQ", "Iraq", "LOC"};
  a[0].entities = {wa_iraq, latin};
  a[1].entities = {wa_iraq, latin};
  a[2].entities = {iraq, latin};
  a[3].entities = {latin};
  const EventCard card = event_card(build_flood(a), 1);
  ASSERT_EQ(card.entities.size(), 1u);
  // "والعراق" counts as "العراق" (3 mentions), shown before "Iraq" (4) on an Arabic card.
  EXPECT_EQ(card.entities[0].name, "العراق");
  EXPECT_EQ(card.entities[0].articles, 4u);
}

TEST(CardBuilder, APersonNamedInFullAndShortenedInOtherArticlesIsOneEntity) {
  std::vector<CardArticle> a = flood_event();
  const CardEntity full{"xs:bndrbnbdlrhmnmhn", "بندر بن عبدالرحمن المهنا", "PERS"};
  const CardEntity shorter{"xs:bndrmhn", "بندر المهنا", "PERS"};
  const CardEntity surname{"xs:mhn", "المهنا", "PERS"};
  const CardEntity other{"xs:fhdmhn", "فهد المهنا", "PERS"};
  a[0].entities = {full};
  a[1].entities = {shorter};
  a[2].entities = {surname, other};
  a[3].entities = {surname, other, shorter};
  const EventCard card = event_card(build_flood(a), 1);
  // The short forms join the one full name they shorten; the surname alone is
  // shared by two full names (بندر and فهد المهنا) and stays apart.
  const std::map<std::string, size_t> persons = persons_on(card);
  EXPECT_EQ(persons, (std::map<std::string, size_t>{
                         {"بندر بن عبدالرحمن المهنا", 3}, {"فهد المهنا", 2}, {"المهنا", 2}}));
}

TEST(CardBuilder, AFirstNameJoinsTheFullNameItOpensBeforeBin) {
  std::vector<CardArticle> a = flood_event();
  const CardEntity full{"xs:zmbnmhmddkl", "عزام بن محمد الدخيل", "PERS"};
  const CardEntity first{"xs:zm", "عزام", "PERS"};
  const CardEntity run_on{"xs:krmntqd", "كيري منتقدي", "PERS"};  // the tagger ran on past the surname
  const CardEntity kerry{"xs:kr", "كيري", "PERS"};
  a[0].entities = {full, run_on};
  a[1].entities = {first, kerry};
  a[2].entities = {first, kerry};
  a[3].entities = {run_on};
  const EventCard card = event_card(build_flood(a), 1);
  const std::map<std::string, size_t> persons = persons_on(card);
  // عزام opens a name with بن: one man. كيري opens no such name: a name of its own.
  EXPECT_EQ(persons, (std::map<std::string, size_t>{
                         {"عزام بن محمد الدخيل", 3}, {"كيري", 2}, {"كيري منتقدي", 2}}));
}

TEST(CardBuilder, APersonsNameWithoutItsLastWordsIsTheFullName) {
  std::vector<CardArticle> a = flood_event();
  const CardEntity full{"xs:trkbnsdbnmhmdlsd", "تركي بن سعود بن محمد آل سعود", "PERS"};
  const CardEntity shorter{"xs:trkbnsdbnmhmd", "تركي بن سعود بن محمد", "PERS"};
  const CardEntity two_words{"xs:trkbn", "تركي بن", "PERS"};  // too short to tell
  a[0].entities = {full, two_words};
  a[1].entities = {shorter, two_words};
  a[2].entities = {shorter};
  const EventCard card = event_card(build_flood(a), 1);
  const std::map<std::string, size_t> persons = persons_on(card);
  EXPECT_EQ(persons, (std::map<std::string, size_t>{{"تركي بن سعود بن محمد آل سعود", 3}, {"تركي بن", 2}}));
}

TEST(CardBuilder, ASurnameJoinsTheFullNameOnceItsOtherShortFormHasJoined) {
  std::vector<CardArticle> a = flood_event();
  const CardEntity full{"xs:kldbdlhbl", "خالد عبدالله بوعلي", "PERS"};
  const CardEntity shorter{"xs:kldbl", "خالد بوعلي", "PERS"};
  const CardEntity surname{"xs:bl", "بوعلي", "PERS"};
  a[0].entities = {full};
  a[1].entities = {shorter};
  a[2].entities = {surname};
  a[3].entities = {surname};
  const EventCard card = event_card(build_flood(a), 1);
  const std::map<std::string, size_t> persons = persons_on(card);
  EXPECT_EQ(persons, (std::map<std::string, size_t>{{"خالد عبدالله بوعلي", 4}}));
}

TEST(CardBuilder, APersonIsShownWithoutTheConjunctionGluedToTheName) {
  std::vector<CardArticle> a = flood_event();
  // حمد starts more names than وحمد, so its و is "and"; وليد starts more than ليد (none).
  const CardEntity and_hamad{"xs:hmdbdn", "وحمد العبدان", "PERS"}, walid{"xs:ldhmd", "وليد الأحمد", "PERS"};
  a[0].entities = {and_hamad, walid};
  a[1].entities = {and_hamad, walid};
  a[2].entities = {CardEntity{"xs:hmdslm", "حمد السالم", "PERS"}};
  a[3].entities = {CardEntity{"xs:hmdkld", "حمد الخالد", "PERS"}};
  a[4].entities = {CardEntity{"xs:hmdkld", "حمد الخالد", "PERS"}};
  const EventCard card = event_card(build_flood(a), 1);
  const std::map<std::string, size_t> persons = persons_on(card);
  EXPECT_EQ(persons, (std::map<std::string, size_t>{{"حمد العبدان", 2}, {"وليد الأحمد", 2}, {"حمد الخالد", 2}}));
}

TEST(CardBuilder, AnOrganizationIsShownWithoutItsPreposition) {
  std::vector<CardArticle> a = flood_event();
  // وزارة starts more organizations' names than بوزارة; بنك more than نك (none).
  const CardEntity at_ministry{"xs:wzrshh", "بوزارة الصحة", "ORG"}, bank{"xs:bnkrd", "بنك الرياض", "ORG"};
  a[0].entities = {at_ministry, bank, CardEntity{"xs:wzrdkl", "وزارة الداخلية", "ORG"}};
  a[1].entities = {at_ministry, bank, CardEntity{"xs:wzrtlm", "وزارة التعليم", "ORG"}};
  a[2].entities = {CardEntity{"xs:wzrmly", "وزارة المالية", "ORG"}};
  // ل + ال with its alef dropped: المملكة.
  a[3].entities = {CardEntity{"loc:SA", "للمملكة العربية السعودية", "LOC"}};
  a[4].entities = {CardEntity{"loc:SA", "للمملكة العربية السعودية", "LOC"}};
  const EventCard card = event_card(build_flood(a), 1);
  std::map<std::string, size_t> shown;
  for (const NamedEntity& e : card.entities)
    if (e.type != "PERS") shown[e.name] = e.articles;
  EXPECT_EQ(shown, (std::map<std::string, size_t>{
                       {"وزارة الصحة", 2}, {"بنك الرياض", 2}, {"المملكة العربية السعودية", 2}}));
}

TEST(CardBuilder, AnOrganizationOrPlaceNamedShortIsTheOneItShortens) {
  std::vector<CardArticle> a = flood_event();
  const CardEntity bank{"xs:msnqd", "مؤسسة النقد", "ORG"};
  const CardEntity japans_bank{"xs:msnqdrbsd", "مؤسسة النقد العربي السعودي", "ORG"};
  const CardEntity ministry{"xs:wzrdkl", "وزارة الداخلية", "ORG"};
  const CardEntity ministry_a{"xs:wzrdklymn", "وزارة الداخلية اليمنية", "ORG"};
  const CardEntity ministry_b{"xs:wzrdklsd", "وزارة الداخلية السعودية", "ORG"};
  const CardEntity aden{"loc:Asia/Aden", "عدن", "LOC"}, governorate{"loc:YE/Aden/region", "محافظة عدن", "LOC"};
  a[0].entities = {bank, ministry, aden};
  a[1].entities = {japans_bank, ministry_a, governorate};
  a[2].entities = {japans_bank, ministry_b, aden};
  a[3].entities = {ministry, governorate};
  const EventCard card = event_card(build_flood(a), 1);
  std::map<std::string, size_t> shown;
  for (const NamedEntity& e : card.entities) shown[e.name] = e.articles;
  // وزارة الداخلية shortens two names (each named once, so not listed): which one is
  // meant is not known, so it stays.
  // Each shown by its commonest spelling (a tie goes to the shorter).
  EXPECT_EQ(shown, (std::map<std::string, size_t>{
                       {"مؤسسة النقد العربي السعودي", 3}, {"وزارة الداخلية", 2}, {"عدن", 4}}));
}

TEST(CardBuilder, AForeignSurnameWithItsParticleShortensTheFullName) {
  // The reader found one player listed three times: دي بروين، بروين، كيفن دي بروين.
  std::vector<CardArticle> a = flood_event();
  const CardEntity full{"xs:kfndbrn", "كيفن دي بروين", "PERS"}, surname{"xs:dbrn", "دي بروين", "PERS"};
  const CardEntity last{"xs:brn", "بروين", "PERS"};
  a[0].entities = {full};
  a[1].entities = {surname};
  a[2].entities = {surname, last};
  a[3].entities = {last};
  const EventCard card = event_card(build_flood(a), 1);
  ASSERT_EQ(card.entities.size(), 1u);
  EXPECT_EQ(card.entities[0].name, "كيفن دي بروين");
  EXPECT_EQ(card.entities[0].articles, 4u);
}

TEST(CardBuilder, EntitiesShownByOneNameAreOne) {
  std::vector<CardArticle> a = flood_event();
  // The family's name alone, and the short form of a member's name the tagger cut.
  const CardEntity family{"xs:bnldn", "بن لادن", "PERS"}, member{"xs:sdbnldn", "بن لادن", "PERS"};
  const CardEntity member_full{"xs:sdbnldn", "سعد بن لادن", "PERS"};
  a[0].entities = {family};
  a[1].entities = {family, member};
  a[2].entities = {member};
  a[3].entities = {member, member_full};
  const EventCard card = event_card(build_flood(a), 1);
  const std::map<std::string, size_t> persons = persons_on(card);
  EXPECT_EQ(persons, (std::map<std::string, size_t>{{"بن لادن", 4}}));
}

TEST(CardBuilder, ReligiousFormulasLoneTitlesAndNationalitiesAreNoEntities) {
  std::vector<CardArticle> a = flood_event();
  const CardEntity formula{"name:لله حمد", "ولله الحمد", "PERS"}, person{"name:عدل", "عادل", "PERS"};
  const CardEntity title{"name:سنتر", "السيناتور", "PERS"};
  const CardEntity nationality{"name:امرتين", "اماراتيون", "PERS"};
  for (CardArticle& article : a) article.entities = {formula, person, title, nationality};
  const EventCard card = event_card(build_flood(a), 1);
  ASSERT_EQ(card.entities.size(), 1u);
  EXPECT_EQ(card.entities[0].name, "عادل");
}

TEST(CardBuilder, ANameIsListedUnderTheTypeTheRunMostlyGivesIt) {
  // The tagger calls داعش a person in this event, an organization in the run's other articles;
  // حزب العمال opens with an organization's head and stays one whatever the run says.
  CardBuilder builder;
  add_background(builder);
  const CardEntity isis_org{"name:دعش", "داعش", "ORG"}, isis_person{"name:دعش", "داعش", "PERS"};
  const CardEntity group_org{"name:حزب عمل", "حزب العمال", "ORG"}, group_person{"name:حزب عمل", "حزب العمال", "PERS"};
  for (int i = 0; i < 12; ++i) {  // twice the event's 5 articles and more
    CardArticle other = article(std::string("o").append(std::to_string(i)), "مصدر", kOct21 - kHour, "خبر آخر", {"نص آخر."}, 50, 50);
    other.entities = {isis_org, group_person};
    builder.add(std::move(other));
  }
  std::vector<CardArticle> a = flood_event();
  for (CardArticle& x : a) x.entities = {isis_person, group_org};
  for (CardArticle& x : a) builder.add(std::move(x));
  std::map<std::string, std::string> types;
  for (const NamedEntity& e : event_card(builder.build(), 1).entities) types[e.name] = e.type;
  EXPECT_EQ(types["داعش"], "ORG");
  EXPECT_EQ(types["حزب العمال"], "ORG");
}

TEST(CardBuilder, AnOrganizationsLamLamIsTheArticleWhereTheRunCannotTell) {
  std::vector<CardArticle> a = flood_event();
  const CardEntity security{"xs:amnwtny", "للأمن الوطني", "ORG"};
  for (CardArticle& x : a) x.entities = {security};
  const EventCard card = event_card(build_flood(a), 1);
  ASSERT_EQ(card.entities.size(), 1u);
  EXPECT_EQ(card.entities[0].name, "الأمن الوطني");
}

TEST(CardBuilder, APersonIsShownWithoutTheCableHeSent) {
  std::vector<CardArticle> a = flood_event();
  const CardEntity run_on{"name:سلمن بنعبدلعز ال سعد برقه", "سلمان بن عبدالعزيز آل سعود برقية", "PERS"};
  const CardEntity name{"name:سلمن بنعبدلعز ال سعد", "سلمان بن عبدالعزيز آل سعود", "PERS"};
  a[0].entities = {run_on};
  a[1].entities = {run_on};
  a[2].entities = {name};
  const EventCard card = event_card(build_flood(a), 1);
  ASSERT_EQ(card.entities.size(), 1u);
  EXPECT_EQ(card.entities[0].name, "سلمان بن عبدالعزيز آل سعود");
  EXPECT_EQ(card.entities[0].articles, 3u);
}

TEST(CardBuilder, BodiesEveryOrganizationHasAreNoEntities) {
  std::vector<CardArticle> a = flood_event();
  const CardEntity board{"xs:mjlsdr", "مجلس الإدارة", "ORG"}, assembly{"xs:jmmm", "الجمعية العمومية", "ORG"};
  const CardEntity cut{"xs:hyam", "الهيئة العامة", "ORG"}, cabinet{"xs:mjlswzr", "مجلس الوزراء", "ORG"};
  const CardEntity bank{"xs:bnkmrkzybn", "البنك المركزي الياباني", "ORG"};
  for (CardArticle& article : a) article.entities = {board, assembly, cut, cabinet, bank};
  const EventCard card = event_card(build_flood(a), 1);
  std::set<std::string> shown;
  for (const NamedEntity& e : card.entities) shown.insert(e.name);
  EXPECT_EQ(shown, (std::set<std::string>{"مجلس الوزراء", "البنك المركزي الياباني"}));
}

TEST(CardBuilder, APlaceNamedByAnAdjectiveIsShownByItsName) {
  std::vector<CardArticle> a = flood_event();
  const CardEntity adjective{"loc:FR", "الفرنسية", "LOC"};
  for (CardArticle& article : a) article.entities = {adjective};
  const EventCard card = event_card(build_flood(a), 1);
  ASSERT_EQ(card.entities.size(), 1u);
  EXPECT_EQ(card.entities[0].name, "فرنسا");
}

TEST(CardBuilder, StorylineListsItsEventsInTimeOrder) {
  std::vector<CardArticle> a = flood_event();
  a.push_back(article("fund", "وكالة الأنباء", kOct21 + 6 * 24 * kHour, "الحكومة تحدث صندوقا لتعويض متضرري فيضانات نابل",
                      {"أعلنت الحكومة إحداث صندوق بقيمة أربعين مليون دينار لتعويض متضرري فيضانات نابل."}, 2, 1));
  a.push_back(article("fund2", "الصحيفة اليومية", kOct21 + 6 * 24 * kHour + kHour, "صندوق لتعويض المتضررين",
                      {"خصصت الحكومة أربعين مليون دينار لتعويض متضرري فيضانات نابل."}, 2, 1));
  std::rotate(a.begin(), a.end() - 2, a.end());  // the later event first in the input
  const StoryCards cards = build_flood(a);
  const StorylineCard* storyline = nullptr;
  for (const StorylineCard& s : cards.storylines) {
    if (s.storyline == 1) storyline = &s;
  }
  ASSERT_NE(storyline, nullptr);
  ASSERT_EQ(storyline->events.size(), 2u);
  EXPECT_EQ(storyline->events[0].event, 1u);
  EXPECT_EQ(storyline->events[1].event, 2u);
  EXPECT_EQ(storyline->events[0].headline, event_card(cards, 1).headline);
  EXPECT_EQ(storyline->events[1].headline, event_card(cards, 2).headline);
  EXPECT_EQ(storyline->article_count, 7u);
  // Event cards are in time order too.
  for (size_t i = 1; i < cards.events.size(); ++i) EXPECT_LE(cards.events[i - 1].first_time, cards.events[i].first_time);
}

TEST(CardBuilder, HeadlineAndSummaryAreInTheLanguageOfMostArticles) {
  std::vector<CardArticle> a = flood_event();
  CardArticle fr = article("fr", "Le Courrier", kOct21 + 3 * kHour, "Inondations à Nabeul : trois morts",
                           {"Trois personnes ont trouvé la mort dans les inondations qui ont frappé Nabeul dans la nuit de lundi à mardi."});
  fr.lang = "fr";
  fr.dup_group = 20;
  a.push_back(fr);
  const EventCard card = event_card(build_flood(a), 1);
  EXPECT_EQ(card.lang, "ar");
  EXPECT_NE(card.headline_id, "fr");
  for (const SummarySentence& s : card.summary) EXPECT_NE(s.id, "fr");
  ASSERT_EQ(card.timeline.size(), 6u);  // the timeline keeps every article
}

}  // namespace
}  // namespace marsad
