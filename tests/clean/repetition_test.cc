#include "clean/repetition.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

namespace marsad {
namespace {

const std::string kA =
    "استقبل المدير العام للأمن الوطني وفدا أمنيا رفيع المستوى لبحث سبل تطوير التعاون الثنائي في مجال "
    "مكافحة الإرهاب والجريمة المنظمة وتبادل المعلومات.";
const std::string kB =
    "وجرى خلال هذا اللقاء بحث آليات التنسيق الميداني بين الأجهزة المختصة في البلدين، وتعزيز برامج "
    "التكوين المشترك لفائدة الأطر الأمنية.";
const std::string kC =
    "وفي ختام الزيارة، أشاد الوفد الضيف بالمستوى المتقدم الذي بلغته المصالح الأمنية في تأمين التظاهرات "
    "الكبرى خلال السنوات الأخيرة.";

TEST(Repetition, ExactRepeatOfTheBody) {
  const auto r = find_repeated_paragraphs({kA, kB, kC, kA, kB, kC});
  EXPECT_EQ(r, (std::vector<int>{-1, -1, -1, 0, 1, 2}));
}

TEST(Repetition, RepeatWithAnExtraLeadClauseIsStillARepeat) {
  const std::string long_paragraph = kA + " " + kC;
  const std::string with_lead = "في إطار تعزيز الشراكة الاستراتيجية بين البلدين، " + long_paragraph;
  const auto r = find_repeated_paragraphs({long_paragraph, kB, with_lead});
  EXPECT_EQ(r[2], 0);
}

// Regression (issue 2): the full text of a decision after its summary adds to it.
TEST(Repetition, ALaterParagraphAddingMuchToAnEarlierOneIsNoRepeat) {
  const std::string summary = kA + " " + kC;
  const std::string full = "وبعد الاطلاع على ما رفعه الوزير المختص، وبعد النظر في قرار المجلس رقم 12، " + summary +
                           " وذلك خلال اجتماع عقد في العاصمة بحضور ممثلين عن الوزارات المعنية. " + kB;
  const auto r = find_repeated_paragraphs({summary, full});
  EXPECT_EQ(r[1], -1);
}

// Regression (issue 2): a verse and a longer verse opening with it, and a short
// line whose words a long paragraph contains, are no repeats.
TEST(Repetition, AShortLineIsNoRepeatOfALongerOneHoldingIt) {
  const std::string verse = "وأنت على شاطئ الأحلام،";
  const std::string longer = "وأنت على شاطئ الأحلام تنتظر.";
  const std::string sentence = "في العاشر من مارس الماضي نشرت الصحيفة تقريرا عن الأزمة";
  const std::string paragraph = "وكانت الحملة قد بدأت " + sentence + " ثم توالت المقالات والتعليقات، " + kB;
  const auto r = find_repeated_paragraphs({verse, longer, paragraph, kC, sentence});
  EXPECT_EQ(r, (std::vector<int>{-1, -1, -1, -1, -1}));
}

TEST(Repetition, NearRepeatOfALongParagraphWithAWordChanged) {
  const std::string long_paragraph = kB + " " + kC;
  std::string edited = long_paragraph;
  edited.replace(edited.find("الميداني"), std::string("الميداني").size(), "العملي");
  const auto r = find_repeated_paragraphs({long_paragraph, kA, edited});
  EXPECT_EQ(r[2], 0);
}

// Regression (issue 2): short template-alike lines stating different facts
// were removed as repeats.
TEST(Repetition, ShortLinesDifferingByANumberAreNoRepeat) {
  const std::string third = "وسجلت المديرية الحالة رقم 3 لمريض في الخمسين من عمره بمستشفى المدينة";
  const std::string fourth = "وسجلت المديرية الحالة رقم 4 لمريض في الخمسين من عمره بمستشفى المدينة";
  const std::string indic = "وسجلت المديرية الحالة رقم ٤ لمريض في الخمسين من عمره بمستشفى المدينة";
  const auto r = find_repeated_paragraphs({third, kA, fourth, indic});
  EXPECT_EQ(r, (std::vector<int>{-1, -1, -1, -1}));
}

TEST(Repetition, ShortLinesDifferingByANameAreNoRepeat) {
  const std::string first = "وبعث أمير المنطقة الشرقية برقية تهنئة إلى رئيس النادي بمناسبة الفوز بالبطولة";
  const std::string second = "وبعث أمير المنطقة الغربية برقية تهنئة إلى رئيس النادي بمناسبة الفوز بالبطولة";
  const auto r = find_repeated_paragraphs({first, kB, second});
  EXPECT_EQ(r[2], -1);
}

TEST(Repetition, AShortLinePrintedAgainIsStillARepeat) {
  const std::string line = "وسجلت المديرية الحالة رقم 3 لمريض في الخمسين من عمره بمستشفى المدينة";
  const auto r = find_repeated_paragraphs({line, kA, "«" + line + "»"});
  EXPECT_EQ(r[2], 0);
}

TEST(Repetition, ShortLineQuotedInsideALongParagraphIsNotARepeat) {
  const std::string subhead = "تعزيز التعاون الأمني بين البلدين";
  const std::string long_paragraph = "وقال الوزير إن " + subhead + " أولوية، " + kC + " " + kB;
  const auto r = find_repeated_paragraphs({subhead, kA, long_paragraph});
  EXPECT_EQ(r[2], -1);
}

TEST(Repetition, DistinctParagraphsAreNotRepeats) {
  const auto r = find_repeated_paragraphs({kA, kB, kC});
  EXPECT_EQ(r, (std::vector<int>{-1, -1, -1}));
}

TEST(Repetition, ShortLinesRepeatOnlyWhenIdentical) {
  const auto r = find_repeated_paragraphs({"رسائل سياسية", kA, "رسائل سياسية", "رسائل دبلوماسية"});
  EXPECT_EQ(r, (std::vector<int>{-1, -1, 0, -1}));
}

TEST(Repetition, PunctuationDoesNotHideARepeat) {
  std::string punctuated = "«" + kC + "»";
  const auto r = find_repeated_paragraphs({kC, punctuated});
  EXPECT_EQ(r[1], 0);
}

TEST(Repetition, PunctuationClingingToEveryWordIsStripped) {
  // Each word of kA wrapped in a different kind of clinging punctuation (ASCII, Arabic
  // comma, semicolon and question mark, curly quotes, dashes, ellipsis), before or after it.
  const std::vector<std::pair<std::string, std::string>> wraps = {
      {"(", ")"}, {"", "\u060C"}, {"", "\u061B"}, {"", "\u061F"}, {"\u201C", "\u201D"},
      {"\u2013", "\u2014"}, {"", "\u2026"}, {"\"", "\"!"}, {"\u00AB", "\u00BB"}, {"", ".."}};
  std::string punctuated;
  size_t word = 0;
  for (size_t start = 0; start < kA.size();) {
    size_t end = kA.find(' ', start);
    if (end == std::string::npos) end = kA.size();
    const auto& [before, after] = wraps[word++ % wraps.size()];
    if (!punctuated.empty()) punctuated += ' ';
    punctuated += before + kA.substr(start, end - start) + after;
    start = end + 1;
  }
  const auto r = find_repeated_paragraphs({kA, punctuated});
  EXPECT_EQ(r[1], 0);
  // Punctuation inside a word is part of it: the words differ, and so do the paragraphs.
  std::string joined = kA;
  for (char& c : joined)
    if (c == ' ') c = '-';
  EXPECT_EQ(find_repeated_paragraphs({kA, joined})[1], -1);
}

// A page of many lines, each the one before with one more letter on its code
// (as pages of auto-generated listings are): every line repeats the first, and
// each is compared with the first alone, not with all lines before it.
TEST(Repetition, ThousandsOfLinesEachHoldingThePreviousAreRepeatsOfTheFirst) {
  const std::string sentence = "شهدت المدينة أمطارا غزيرة صباح اليوم وأعلنت السلطات رفع التأهب القصوى";
  const auto code_of = [](std::string digits) {
    for (char& c : digits) c = static_cast<char>('a' + (c - '0'));
    return digits;
  };
  std::vector<std::string> lines;
  std::string number;
  for (size_t i = 0; lines.size() < 5000; ++i) {
    number += std::to_string(i % 10);
    if (number.size() > 40) number = std::to_string(i);
    lines.push_back(sentence + " " + code_of(number));
  }
  const std::vector<std::string_view> paragraphs(lines.begin(), lines.end());
  RepetitionStats stats;
  const auto r = find_repeated_paragraphs(paragraphs, 0.7, &stats);
  ASSERT_EQ(r.size(), lines.size());
  EXPECT_EQ(r[0], -1);
  for (size_t j = 1; j < r.size(); ++j) ASSERT_EQ(r[j], 0) << "line " << j;
  EXPECT_EQ(stats.compared_pairs, lines.size() - 1);
}

// Thousands of distinct lines opening with the same words: none is a repeat,
// the shared opening is matched against a bounded number of lines, and a late
// copy of one of them is still found by the words it does not share.
TEST(Repetition, ThousandsOfLinesWithACommonOpeningCostBoundedWork) {
  const std::string opening = "قال المتحدث الرسمي باسم وزارة الداخلية إن";
  std::vector<std::string> lines;
  for (size_t i = 0; i < 5000; ++i) {
    std::string line = opening;
    for (size_t w = 0; w < 20; ++w) line += " كلمة" + std::to_string(i) + "س" + std::to_string(w);
    lines.push_back(line);
  }
  lines.push_back(lines[2500]);
  const std::vector<std::string_view> paragraphs(lines.begin(), lines.end());
  RepetitionStats stats;
  const auto r = find_repeated_paragraphs(paragraphs, 0.7, &stats);
  ASSERT_EQ(r.size(), lines.size());
  for (size_t j = 0; j + 1 < r.size(); ++j) ASSERT_EQ(r[j], -1) << "line " << j;
  EXPECT_EQ(r.back(), 2500);
  EXPECT_LE(stats.compared_pairs, lines.size() * kMaxParagraphsPerShingle);
  EXPECT_GT(stats.dropped_postings, 0u);
}

// The digits that keep short lines apart are found in every script and
// through the punctuation clinging to them.
TEST(Repetition, ShortLinesDifferingByADigitInAnyScriptAreNoRepeat) {
  const std::string line = "وسجلت المديرية الحالة رقم X لمريض في الخمسين من عمره بمستشفى المدينة";
  const auto with = [&](const std::string& number) {
    std::string l = line;
    l.replace(l.find('X'), 1, number);
    return l;
  };
  for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
           {"٣", "٤"}, {"۳", "۴"}, {"(3)", "(4)"}, {"«٣»،", "«٤»،"}, {"3a", "4a"}}) {
    const auto r = find_repeated_paragraphs({with(a), kA, with(b)});
    EXPECT_EQ(r[2], -1) << a << " / " << b;
  }
  // The same number, with or without punctuation around it, is a repeat.
  const auto r = find_repeated_paragraphs({with("٣"), kA, with("(٣)،")});
  EXPECT_EQ(r[2], 0);
}

// Words are read in blocks of bytes: a digit is found wherever it falls,
// also when its two bytes straddle two blocks. The number ends a line of 20
// words, so that only the numbers tell the two lines apart (19 of their 20
// shingles are shared).
TEST(Repetition, DigitsAreFoundAtEveryByteOffset) {
  const std::string line =
      "وسجلت المديرية في تقريرها الأسبوعي الصادر صباح اليوم عن الوضع الصحي في المدينة وضواحيها "
      "عدد الحالات الجديدة المؤكدة X";
  for (size_t pad = 0; pad < 140; ++pad) {
    const auto with = [&](const std::string& number) {
      std::string l = std::string(pad, 'x') + " " + line;
      l.replace(l.find('X'), 1, number);
      return l;
    };
    for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
             {"٣", "٤"}, {"۳", "۴"}, {"3", "4"}}) {
      EXPECT_EQ(find_repeated_paragraphs({with(a), kA, with(b)})[2], -1) << pad << " " << a;
      EXPECT_EQ(find_repeated_paragraphs({with(a), kA, with(a)})[2], 0) << pad << " " << a;
    }
  }
}

TEST(Repetition, OneParagraphOrNoneHasNoRepeat) {
  RepetitionStats stats;
  EXPECT_EQ(find_repeated_paragraphs({kA}, 0.7, &stats), std::vector<int>{-1});
  EXPECT_EQ(stats.compared_pairs, 0u);
  EXPECT_TRUE(find_repeated_paragraphs({}).empty());
}

// Random pages of sentences, some printed again whole or in part: each page's
// answer is the same from a fresh thread (whose buffers are new) as after the
// pages before it in this thread (whose buffers it reuses), larger and smaller.
TEST(Repetition, AnswersDoNotDependOnThePagesBefore) {
  const std::vector<std::string> words = {"الوزير", "قال", "المدينة", "أمطار", "2015", "١٤", "«السلام»",
                                          "الأمن،", "وفد", "التعاون", "(واس)", "news", "اليوم", "مجلس"};
  std::mt19937 random(11);
  std::vector<std::vector<std::string>> pages;
  for (int p = 0; p < 60; ++p) {
    std::vector<std::string> page;
    const size_t lines = 1 + random() % (p % 7 == 0 ? 300 : 30);
    for (size_t l = 0; l < lines; ++l) {
      if (!page.empty() && random() % 4 == 0) {
        std::string copy = page[random() % page.size()];
        if (random() % 2 == 0) copy += " " + words[random() % words.size()];
        page.push_back(copy);
        continue;
      }
      std::string line;
      const size_t n = 1 + random() % (random() % 3 == 0 ? 60 : 12);
      for (size_t w = 0; w < n; ++w) line += (w ? " " : "") + words[random() % words.size()];
      page.push_back(line);
    }
    pages.push_back(std::move(page));
  }
  const auto answer = [](const std::vector<std::string>& page) {
    const std::vector<std::string_view> paragraphs(page.begin(), page.end());
    RepetitionStats stats;
    auto repeats = find_repeated_paragraphs(paragraphs, 0.7, &stats);
    return std::make_tuple(repeats, stats.compared_pairs, stats.dropped_postings);
  };
  size_t repeats_found = 0;
  for (const auto& page : pages) {
    decltype(answer(page)) fresh;
    std::thread([&] { fresh = answer(page); }).join();
    EXPECT_EQ(answer(page), fresh);
    for (int r : std::get<0>(fresh)) repeats_found += r >= 0;
  }
  EXPECT_GT(repeats_found, 0u);
}

TEST(Repetition, StatsCountOnlyPairsThatShareAShingle) {
  RepetitionStats stats;
  find_repeated_paragraphs({kA, kB, kC, kA}, 0.7, &stats);
  EXPECT_EQ(stats.compared_pairs, 1u);  // the second kA against the first
  EXPECT_EQ(stats.dropped_postings, 0u);
}

}  // namespace
}  // namespace marsad
