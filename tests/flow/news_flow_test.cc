#include "flow/news_flow.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "flow/flow_output.h"

namespace marsad {
namespace {

RawDoc page(std::string id, std::string source, std::string published, std::string title, std::string body) {
  RawDoc d;
  d.id = std::move(id);
  d.source = std::move(source);
  d.published = std::move(published);
  d.title = std::move(title);
  d.text = d.title + "\n" + body;
  return d;
}

// Three reports of one flood, one copy of the first, and an unrelated match report.
std::vector<RawDoc> pages() {
  const std::string flood =
      "لقي ثلاثة أشخاص حتفهم في فيضانات اجتاحت مدينة نابل التونسية إثر أمطار طوفانية غزيرة هطلت طوال ليلة "
      "الاثنين، وقالت الحماية المدنية إن فرق الإنقاذ انتشلت جثتين من سيارة جرفتها مياه الوادي وسط المدينة "
      "بينما تواصل البحث عن مفقود رابع في منطقة دار شعبان الفهري القريبة من الساحل.\n"
      "وأعلنت وزارة التربية تعليق الدروس في كامل ولاية نابل يومي الثلاثاء والأربعاء بسبب ارتفاع منسوب "
      "المياه في الطرقات وانقطاع الكهرباء عن عدة أحياء سكنية غمرتها السيول.";
  const std::string flood2 =
      "أعلنت الحماية المدنية التونسية وفاة ثلاثة أشخاص في فيضانات ولاية نابل بعد أمطار طوفانية غزيرة، "
      "وأوضحت أن فرق الإنقاذ انتشلت جثتين من سيارة جرفتها مياه الوادي في حين يتواصل البحث عن مفقود في "
      "دار شعبان الفهري، فيما قررت وزارة التربية تعليق الدروس في ولاية نابل يومين.";
  const std::string match =
      "فاز النادي الأفريقي على النجم الساحلي بهدفين مقابل هدف واحد في المباراة التي جمعت الفريقين مساء "
      "الأحد على ملعب رادس ضمن الجولة العاشرة من البطولة التونسية لكرة القدم، وسجل المهاجم الدولي هدف "
      "الفوز في الدقيقة الأخيرة من اللقاء وسط فرحة جماهير الفريق التي ملأت المدرجات.";
  return {
      page("p3", "outlet-c", "2025-10-22 09:00:00", "وفاة ثلاثة أشخاص في فيضانات نابل", flood2),
      page("p1", "outlet-a", "2025-10-21 10:00:00", "ثلاثة قتلى في فيضانات نابل التونسية", flood),
      page("p2", "outlet-b", "2025-10-21 12:00:00", "ثلاثة قتلى في فيضانات نابل التونسية", flood),
      page("p4", "outlet-d", "", "الأفريقي يفوز على النجم الساحلي", match),
  };
}

const FlowArticle& by_id(const NewsFlow& flow, const std::string& id) {
  for (const FlowArticle& a : flow.articles()) {
    if (a.id == id) return a;
  }
  throw std::runtime_error("no article " + id);
}

FlowOptions no_entities() {
  FlowOptions o;
  o.entities = false;
  o.threads = 2;
  return o;
}

TEST(NewsFlowTest, ArticlesAreClusteredInTimeOrderAndUndatedOnesKeepTheirPlace) {
  NewsFlow flow(no_entities());
  const FlowStats stats = flow.run_pages(pages());
  ASSERT_EQ(stats.articles, 4u);
  EXPECT_EQ(stats.undated, 1u);
  std::vector<std::string> order;
  for (const FlowArticle& a : flow.articles()) order.push_back(a.id);
  // p4 has no date: it takes the time of p2, the dated page read just before
  // it, and follows it.
  EXPECT_EQ(order, (std::vector<std::string>{"p1", "p2", "p4", "p3"}));
}

TEST(NewsFlowTest, UndatedArticlesReadBeforeAnyDatedOneTakeTheFirstDate) {
  // Regression: they used to keep time 0, 55 years before the rest, so the
  // time decay kept every later report of their happening out of their event.
  std::vector<RawDoc> input = pages();
  input.insert(input.begin(), page("p0", "outlet-e", "", "ثلاثة قتلى في فيضانات نابل بتونس", input[1].text));
  NewsFlow flow(no_entities());
  flow.run_pages(std::move(input));
  const FlowArticle& undated = by_id(flow, "p0");
  EXPECT_FALSE(undated.dated);
  EXPECT_EQ(undated.time, by_id(flow, "p3").time);  // p3 is the first dated page read
  EXPECT_TRUE(by_id(flow, "p3").dated);
  EXPECT_EQ(undated.event, by_id(flow, "p1").event);
}

TEST(NewsFlowTest, TheLeadsHappeningDayIsRead) {
  NewsFlow flow(no_entities());
  flow.run_pages(pages());
  // p1's lead: "ليلة الاثنين", published Tuesday 2025-10-21.
  const LeadDay& day = by_id(flow, "p1").happening;
  ASSERT_TRUE(day.date.has_value());
  EXPECT_EQ(*day.date, (CivilDate{2025, 10, 20}));
}

TEST(NewsFlowTest, CopiesShareADuplicateGroupAndNameTheirOriginal) {
  NewsFlow flow(no_entities());
  flow.run_pages(pages());
  const FlowArticle& p1 = by_id(flow, "p1");
  const FlowArticle& p2 = by_id(flow, "p2");
  EXPECT_EQ(p1.dup_group, p2.dup_group);
  EXPECT_EQ(p2.dup_kind, "exact");
  EXPECT_EQ(p2.reused_from, "p1");
  EXPECT_TRUE(p1.reused_from.empty());
  EXPECT_NE(by_id(flow, "p4").dup_group, p1.dup_group);
}

TEST(NewsFlowTest, ReportsOfOneHappeningFormOneEventApartFromOthers) {
  NewsFlow flow(no_entities());
  const FlowStats stats = flow.run_pages(pages());
  EXPECT_EQ(by_id(flow, "p1").event, by_id(flow, "p3").event);
  EXPECT_EQ(by_id(flow, "p1").event, by_id(flow, "p2").event);
  EXPECT_NE(by_id(flow, "p1").event, by_id(flow, "p4").event);
  EXPECT_TRUE(by_id(flow, "p1").new_event);
  EXPECT_FALSE(by_id(flow, "p3").new_event);
  EXPECT_EQ(stats.events, 2u);
}

TEST(NewsFlowTest, OutputLineCarriesTheContractFields) {
  NewsFlow flow(no_entities());
  flow.run_pages(pages());
  std::string line;
  append_flow_json_line(line, by_id(flow, "p2"), true);
  for (const char* field : {"\"id\":\"p2\"", "\"segment\":0", "\"dup_group\":", "\"event\":", "\"storyline\":",
                            "\"lang\":\"ar\"", "\"reused_from\":\"p1\"", "\"entities\":[]"}) {
    EXPECT_NE(line.find(field), std::string::npos) << field << " in " << line;
  }
  EXPECT_EQ(line.back(), '\n');
}

TEST(NewsFlowTest, PublicationTimesParseInTheUsualForms) {
  EXPECT_EQ(parse_publication_time("1970-01-02"), 86400);
  EXPECT_EQ(parse_publication_time("1970-01-02 01:00:00"), 86400 + 3600);
  EXPECT_EQ(parse_publication_time("1970-01-02T01:00:30Z"), 86400 + 3630);
  EXPECT_EQ(parse_publication_time("yesterday"), 0);
  EXPECT_EQ(parse_publication_time("2025-13-01"), 0);
}

TEST(NewsFlowTest, DedupWordsAreTheTitleTermsThenTheBodyTerms) {
  FlowArticle a;
  a.title_terms = {"t1", "t2"};
  a.body_terms = {"b1"};
  const std::vector<std::string_view> words = dedup_words(a);
  EXPECT_EQ(words, (std::vector<std::string_view>{"t1", "t2", "b1"}));
  EXPECT_EQ(words[0].data(), a.title_terms[0].data());  // views, not copies
}

// Every answer of every article, in processing order.
std::vector<std::string> answers(const NewsFlow& flow) {
  std::vector<std::string> out;
  for (const FlowArticle& a : flow.articles()) {
    std::string line;
    append_flow_json_line(line, a, true);
    out.push_back(line);
  }
  return out;
}

TEST(NewsFlowTest, OutputDoesNotDependOnThreadsOrCleanBatches) {
  // Many pages (more than the 64 per analysis thread), cleaned in batches of
  // several sizes, so that both the batch cleaning and the overlapped
  // analysis run on several threads.
  std::vector<RawDoc> many;
  for (int copy = 0; copy < 60; ++copy) {
    for (RawDoc d : pages()) {
      d.id += '-';
      d.id += std::to_string(copy);
      if (!d.published.empty()) d.published[12] = static_cast<char>('0' + copy % 10);
      many.push_back(std::move(d));
    }
  }
  std::vector<std::string> reference;
  for (const size_t threads : {1, 2, 3}) {
    for (const size_t batch : {7, 2000}) {
      FlowOptions o = no_entities();
      o.threads = threads;
      o.clean_batch = batch;
      NewsFlow flow(o);
      const FlowStats stats = flow.run_pages(many);
      ASSERT_EQ(stats.articles, many.size());
      const std::vector<std::string> got = answers(flow);
      if (reference.empty()) {
        reference = got;
      } else {
        EXPECT_EQ(got, reference) << threads << " threads, batches of " << batch;
      }
      // The terms handed to the clusterer are back in the articles.
      EXPECT_FALSE(flow.articles().front().body_terms.empty());
    }
  }
}

}  // namespace
}  // namespace marsad
