// The cleaning table of ../shared/corpus/seeds/GOLD.md, checked line by line.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "clean/cleaner.h"
#include "clean/line_features.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;

struct SeedPage {
  std::vector<std::string> lines;  // 1-based: lines[0] is unused
  CleanDoc clean;
};

class SeedsGold : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const fs::path dir = fs::path(MARSAD_SHARED_DIR) / "corpus" / "seeds";
    if (!fs::is_directory(dir)) return;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    Cleaner cleaner;
    std::vector<RawDoc> docs;
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      RawDoc doc;
      doc.id = f.stem().string();
      doc.text = ss.str();
      docs.push_back(std::move(doc));
    }
    for (const auto& d : docs) cleaner.observe(d);
    pages_ = new std::vector<SeedPage>();
    for (auto& d : docs) {
      SeedPage page;
      page.lines.push_back("");
      std::istringstream in(d.text);
      std::string line;
      while (std::getline(in, line)) page.lines.push_back(line);
      page.clean = cleaner.clean(std::move(d));
      pages_->push_back(std::move(page));
    }
  }
  static void TearDownTestSuite() {
    delete pages_;
    pages_ = nullptr;
  }
  void SetUp() override {
    if (!pages_ || pages_->size() != 5)
      GTEST_SKIP() << "needs the five seed pages in " << MARSAD_SHARED_DIR << "/corpus/seeds";
  }

  static std::string trimmed(const std::string& s) { return std::string(trim_line(s)); }
  static const SeedPage& page(int n) { return (*pages_)[n]; }
  static std::string all_text(const CleanDoc& doc) {
    std::string all;
    for (const auto& s : doc.segments) all += s.title + "\n" + s.text() + "\n";
    return all;
  }
  // The line is a whole paragraph of the article.
  static bool has_paragraph(const Segment& s, const std::string& line) {
    const auto want = trimmed(line);
    for (const auto& p : s.paragraphs)
      if (p == want) return true;
    return false;
  }
  static void expect_dropped(int n, std::initializer_list<int> line_numbers) {
    const auto& p = page(n);
    const std::string all = all_text(p.clean);
    for (int ln : line_numbers) {
      const auto line = trimmed(p.lines[ln]);
      ASSERT_FALSE(line.empty()) << "page " << n << " line " << ln;
      EXPECT_EQ(all.find(line), std::string::npos) << "page " << n << " line " << ln << " kept: " << line;
    }
  }
  static void expect_kept(int n, size_t segment, int from, int to, int step = 2) {
    const auto& p = page(n);
    ASSERT_LT(segment, p.clean.segments.size()) << "page " << n;
    for (int ln = from; ln <= to; ln += step)
      EXPECT_TRUE(has_paragraph(p.clean.segments[segment], p.lines[ln]))
          << "page " << n << " line " << ln << " missing from article " << segment;
  }

  static std::vector<SeedPage>* pages_;
};

std::vector<SeedPage>* SeedsGold::pages_ = nullptr;

TEST_F(SeedsGold, FivePagesHoldSixArticles) {
  size_t articles = 0;
  for (const auto& p : *pages_) articles += p.clean.segments.size();
  EXPECT_EQ(articles, 6u);
  EXPECT_EQ(page(4).clean.segments.size(), 2u);
}

TEST_F(SeedsGold, Page000ChromeAndByline) {
  const auto& s = page(0).clean.segments.at(0);
  EXPECT_EQ(s.title, trimmed(page(0).lines[3]));
  expect_dropped(0, {1, 25, 27, 29, 31, 33, 34, 35});
  expect_dropped(0, {5});
  EXPECT_EQ(s.byline, trimmed(page(0).lines[5]));
  expect_kept(0, 0, 7, 23);
  EXPECT_EQ(s.lang, "ar");
}

TEST_F(SeedsGold, Page001GluedEnglishSentence) {
  const auto& doc = page(1).clean;
  ASSERT_EQ(doc.segments.size(), 1u);
  const auto& s = doc.segments[0];
  const std::string english = "Thank you for reading this post, don't forget to subscribe!";
  EXPECT_EQ(all_text(doc).find(english), std::string::npos);
  EXPECT_TRUE(has_paragraph(s, page(1).lines[2].substr(english.size())));
  for (int ln : {1, 3, 4, 5, 6}) EXPECT_TRUE(has_paragraph(s, page(1).lines[ln])) << ln;
  bool recorded = false;
  for (const auto& r : doc.removed) recorded |= r.text == english && r.why == "foreign-script";
  EXPECT_TRUE(recorded);
}

TEST_F(SeedsGold, Page002TickerWidgetDatelineSourceLink) {
  const auto& s = page(2).clean.segments.at(0);
  EXPECT_EQ(s.title, trimmed(page(2).lines[14]));
  expect_dropped(2, {1, 9, 10, 42, 15});
  expect_kept(2, 0, 17, 39);
  EXPECT_EQ(s.outlet, "العلم");
  EXPECT_EQ(s.date, "2025-04-05");
  EXPECT_EQ(page(2).clean.raw.published, "2025-04-05");
  bool ticker = false;
  for (const auto& r : page(2).clean.removed) ticker |= r.why == "ticker";
  EXPECT_TRUE(ticker);
}

TEST_F(SeedsGold, Page003RepeatedBodyAndOutlet) {
  const auto& doc = page(3).clean;
  ASSERT_EQ(doc.segments.size(), 1u);
  EXPECT_EQ(doc.segments[0].title, trimmed(page(3).lines[3]));
  EXPECT_EQ(doc.segments[0].outlet, trimmed(page(3).lines[5]));
  expect_dropped(3, {1, 5, 19});
  expect_kept(3, 0, 7, 17);
  // The repeat is gone: each kept paragraph is there once.
  EXPECT_EQ(doc.segments[0].paragraphs.size(), 6u);
}

TEST_F(SeedsGold, Page004TitleTwiceAndTwoArticles) {
  const auto& doc = page(4).clean;
  ASSERT_EQ(doc.segments.size(), 2u);
  EXPECT_EQ(doc.segments[0].title, trimmed(page(4).lines[1]));
  EXPECT_EQ(doc.segments[1].title, trimmed(page(4).lines[19]));
  expect_kept(4, 0, 5, 17);
  expect_kept(4, 1, 21, 39);
  EXPECT_EQ(doc.segments[0].paragraphs.size(), 7u);
  EXPECT_EQ(doc.segments[1].paragraphs.size(), 10u);
  bool repeated_title = false;
  for (const auto& r : doc.removed) repeated_title |= r.why == "repeated-title";
  EXPECT_TRUE(repeated_title);
}

}  // namespace
}  // namespace marsad
