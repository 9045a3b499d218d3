#include "clean/ticker.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace marsad {
namespace {

const char* kHeadlines[] = {
    "ارتفاع أسعار النفط في الأسواق العالمية",  "افتتاح معرض الكتاب في دورته الجديدة",
    "المنتخب يتأهل إلى الدور النهائي",          "أمطار غزيرة تضرب المناطق الشمالية",
    "البنك المركزي يبقي على سعر الفائدة",       "وزير الصحة يزور المستشفى الجامعي",
    "انطلاق موسم الحصاد في السهول الوسطى",      "تراجع معدل البطالة خلال الربع الأخير",
};

std::string join(const std::string& separator) {
  std::string line;
  for (const char* h : kHeadlines) {
    if (!line.empty()) line += separator;
    line += h;
  }
  return line;
}

TEST(Ticker, HeadlinesSeparatedBySpaceRunsAreATicker) {
  EXPECT_TRUE(is_headline_ticker(join("    ")));
}

TEST(Ticker, HeadlinesSeparatedByBulletsAreATicker) {
  EXPECT_TRUE(is_headline_ticker(join(" • ")));
  EXPECT_TRUE(is_headline_ticker(join(" | ")));
}

TEST(Ticker, AParagraphIsNotATicker) {
  std::string paragraph;
  for (int i = 0; i < 6; ++i)
    paragraph += "وأكد الوزير خلال اللقاء، الذي جرى بحضور عدد من المسؤولين، أن التعاون بين البلدين "
                 "يشهد تطورا ملحوظا في مختلف المجالات، ولا سيما في مجال الأمن. ";
  EXPECT_FALSE(is_headline_ticker(paragraph));
}

TEST(Ticker, ShortLinesAreNeverTickers) {
  EXPECT_FALSE(is_headline_ticker("الرئيسية    أخبار    رياضة"));
}

// Regression: unpunctuated paragraphs of SaudiNewsNet were taken for tickers.
TEST(Ticker, LongParagraphWithoutPunctuationIsNoTicker) {
  std::string line;
  for (int i = 0; i < 3; ++i) line += join(" ") + " ";
  EXPECT_FALSE(is_headline_ticker(line));
}

// Regression (issue 2): one-line pages whose paragraphs are separated by runs
// of spaces (and NBSPs) were dropped whole as tickers.
const char* kParagraphs[] = {
    "أعلنت البلدية اليوم عن افتتاح حديقة عامة جديدة في الحي الشرقي للمدينة.",
    "وقال رئيس البلدية إن الحديقة تضم ملاعب للأطفال، وممرات للمشي، ومساحات خضراء واسعة.",
    "وأضاف أن المشروع استغرق عامين من العمل المتواصل.",
    "هل تكفي الحدائق الحالية لسكان المدينة؟",
    "وأوضح أن البلدية تخطط لإنشاء ثلاث حدائق أخرى خلال العام المقبل، في الأحياء الجنوبية.",
    "ودعا السكان إلى المحافظة على المرافق العامة والإبلاغ عن أي تلف!",
    "وختم بالقول إن الحديقة ستفتح أبوابها يوميا من الصباح حتى منتصف الليل.",
};

std::string run_together(const std::string& separator) {
  std::string line;
  for (const char* p : kParagraphs) {
    if (!line.empty()) line += separator;
    line += p;
  }
  return line;
}

TEST(Ticker, ParagraphsRunTogetherAreNoTicker) {
  EXPECT_FALSE(is_headline_ticker(run_together(" \xC2\xA0 ")));
  EXPECT_FALSE(is_headline_ticker(run_together("  ")));
}

TEST(Ticker, VerseAfterALeadIsNoTicker) {
  std::string line =
      "نظم الشاعر قصيدة جديدة في رثاء صديقه الراحل وصف فيها خصاله الحميدة وأيامه الجميلة معه.";
  for (int i = 0; i < 8; ++i) line += "    يا راحلا عن دارنا طال الغياب    والقلب بعدك في حنين دائم";
  EXPECT_FALSE(is_headline_ticker(line));
}

TEST(Ticker, SplitsRunTogetherParagraphsAtTheSpaceRuns) {
  const std::string line = run_together(" \xC2\xA0 ");
  const auto pieces = split_run_together_paragraphs(line);
  ASSERT_EQ(pieces.size(), std::size(kParagraphs));
  for (size_t i = 0; i < pieces.size(); ++i) EXPECT_EQ(std::string(pieces[i]), kParagraphs[i]) << i;
}

TEST(Ticker, ADoubleSpaceInsideASentenceIsNoParagraphBreak) {
  std::string line = run_together(" \xC2\xA0 ");
  const std::string slip = "ملاعب للأطفال";
  line.replace(line.find(slip), slip.size(), "ملاعب\xC2\xA0 للأطفال");
  const auto pieces = split_run_together_paragraphs(line);
  EXPECT_EQ(pieces.size(), std::size(kParagraphs));
}

TEST(Ticker, ShortLinesAreNotSplit) {
  const std::string line = "جملة أولى.   جملة ثانية.";
  EXPECT_EQ(split_run_together_paragraphs(line), std::vector<std::string_view>{line});
}

// count_space_runs reads sixteen bytes at once where it can: a run must be found
// wherever it falls in a block, also across two blocks, and a run of one space
// ending a block and one starting the next is a run too.
TEST(Ticker, SpaceRunsAreFoundAtEveryByteOffset) {
  for (const std::string separator : {"  ", "   ", "\t", " \xC2\xA0", "\xC2\xA0\xC2\xA0"}) {
    for (size_t offset = 0; offset < 40; ++offset) {
      const std::string lead = std::string(offset + 1, 'a') + " " + kParagraphs[0];
      std::string line = lead + separator + kParagraphs[1];
      for (size_t k = 2; k < std::size(kParagraphs); ++k) line += std::string(" ") + kParagraphs[k];
      const auto pieces = split_run_together_paragraphs(line);
      ASSERT_EQ(pieces.size(), 2u) << "offset " << offset << ", separator of " << separator.size();
      EXPECT_EQ(std::string(pieces[0]), lead);
    }
  }
}

TEST(Ticker, SingleSpacesAreNoRunAtAnyByteOffset) {
  for (size_t offset = 0; offset < 40; ++offset) {
    std::string line = std::string(offset, 'a');
    for (const char* p : kParagraphs) line += std::string(" ") + p;
    EXPECT_EQ(split_run_together_paragraphs(line).size(), 1u) << "offset " << offset;
    EXPECT_FALSE(is_headline_ticker(line)) << "offset " << offset;
  }
}

TEST(Ticker, HeadlinesSeparatedByTwoSpacesAreATickerAtEveryByteOffset) {
  for (size_t offset = 0; offset < 40; ++offset)
    EXPECT_TRUE(is_headline_ticker(std::string(offset, 'a') + " " + join("  "))) << "offset " << offset;
}

// A lone NBSP between words, or a space before a « (C2 AB), is no break wherever it falls
// in a sixteen-byte block; two NBSPs are.
TEST(Ticker, LoneNbspIsNoBreakAtAnyByteOffset) {
  for (size_t offset = 0; offset < 40; ++offset) {
    std::string line = std::string(offset, 'a') + " \xC2\xAB" + kParagraphs[0] + "\xC2\xBB";
    for (size_t k = 1; k < std::size(kParagraphs); ++k) line += std::string("\xC2\xA0") + kParagraphs[k];
    EXPECT_EQ(split_run_together_paragraphs(line).size(), 1u) << "offset " << offset;
  }
}

// Six headlines joined by separators of every kind, at random, with
// non-separators that share a separator's first byte (“ ” – « ») inside them:
// the bytes passed over without a look must never hide a separator, since six
// pieces are the fewest a ticker has. A line is cut at its bullets only when it
// has enough space runs or one of | • · (is_headline_ticker's first test).
TEST(Ticker, EverySeparatorIsFoundAmongBytesThatLookLikeOne) {
  struct Separator {
    std::string text;
    bool space_run, counted_bullet;
  };
  const std::vector<Separator> separators = {
      {"  ", true, false},           {"\t", true, false},
      {" \t ", true, false},         {"\xC2\xA0\xC2\xA0", true, false},
      {" \xC2\xA0", true, false},    {" \xE2\x80\xA2 ", false, true},
      {"|", false, true},            {" | ", false, true},
      {"\xC2\xB7", false, true},     {" \xE2\x97\x84 ", false, false},
      {"\xE2\x96\xBA", false, false}};
  const std::vector<std::string> look_alikes = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB",
                                                "\xE2\x80\x93"};
  std::mt19937 random(7);
  for (int round = 0; round < 300; ++round) {
    std::string ticker, prose;
    size_t space_runs = 0;
    bool counted_bullet = false;
    for (size_t k = 0; k < 6; ++k) {
      std::string headline = std::string(kHeadlines[k]) + " اليوم";
      // A look-alike glued to the start of a word.
      const size_t space = headline.find(' ', random() % headline.size());
      if (space != std::string::npos)
        headline.insert(space + 1, look_alikes[random() % look_alikes.size()]);
      if (k > 0) {
        const Separator& separator = separators[random() % separators.size()];
        ticker += separator.text;
        space_runs += separator.space_run;
        counted_bullet |= separator.counted_bullet;
        prose += ' ';
      }
      ticker += headline;
      prose += headline;
    }
    ASSERT_GE(prose.size(), 400u);
    EXPECT_EQ(is_headline_ticker(ticker), space_runs == 5 || counted_bullet) << ticker;
    EXPECT_FALSE(is_headline_ticker(prose)) << prose;
  }
}

TEST(Ticker, SettleLineTellsTickersAndSplitsParagraphs) {
  const SettledLine ticker = settle_line(join("    "));
  EXPECT_TRUE(ticker.ticker);
  EXPECT_TRUE(ticker.pieces.empty());
  std::string run_together = kParagraphs[0];
  for (size_t k = 1; k < std::size(kParagraphs); ++k) run_together += std::string("   ") + kParagraphs[k];
  const SettledLine paragraphs = settle_line(run_together);
  EXPECT_FALSE(paragraphs.ticker);
  EXPECT_EQ(paragraphs.pieces, split_run_together_paragraphs(run_together));
  EXPECT_EQ(paragraphs.pieces.size(), std::size(kParagraphs));
}

}  // namespace
}  // namespace marsad
