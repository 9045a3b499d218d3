// `marsad clean` on the project's sample corpus, checked against data/sample/clean_gold.jsonl
// (fields in data/sample/README.md), and on the five seed pages of ../shared/corpus/seeds.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "marsad_process.h"

namespace marsad::e2e {
namespace {

using ::testing::ElementsAreArray;
using ::testing::SizeIs;

const std::string kSampleDir = std::string(MARSAD_SOURCE_DIR) + "/data/sample";

std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
}

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

size_t word_count(const std::string& s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Non-overlapping occurrences of `needle` in `haystack`.
size_t count_occurrences(const std::string& haystack, const std::string& needle) {
  size_t count = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

// `s` cut to about 160 bytes (at a character boundary) for a failure message: a ticker line
// is 2 KB.
std::string shown(const std::string& s) {
  if (s.size() <= 160) return s;
  size_t cut = 160;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

// One cleaned article, as the clean command's JSON line gives it.
struct Article {
  std::string title, text;
};

std::vector<Article> articles_of(const nlohmann::json& page) {
  std::vector<Article> articles;
  for (const auto& segment : page.at("segments")) {
    articles.push_back({segment.value("title", ""), segment.value("text", "")});
  }
  return articles;
}

std::vector<std::string> strings_of(const nlohmann::json& gold, const char* field) {
  std::vector<std::string> values;
  if (gold.contains(field)) {
    for (const auto& v : gold.at(field)) values.push_back(v.get<std::string>());
  }
  return values;
}

// Checks one cleaned page against its line of clean_gold.jsonl; failures name the page and
// the gold string.
void check_against_gold(const nlohmann::json& page, const nlohmann::json& gold) {
  const std::string id = gold.at("id").get<std::string>();
  SCOPED_TRACE("page " + id);
  const std::vector<Article> articles = articles_of(page);

  const std::vector<std::string> titles = strings_of(gold, "titles");
  ASSERT_EQ(articles.size(), titles.size()) << "number of articles";
  for (size_t i = 0; i < titles.size(); ++i) {
    EXPECT_EQ(articles[i].title, titles[i]) << "title of article " << i;
  }

  // A drop line must not survive as a title or a line of text; a sentence-sized one must not
  // survive glued inside another line either (short chrome such as a lone section name can be
  // a phrase of real prose, so it is matched as a whole line only).
  for (const std::string& drop : strings_of(gold, "drop")) {
    const std::string wanted_gone = trim(drop);
    for (size_t i = 0; i < articles.size(); ++i) {
      EXPECT_NE(trim(articles[i].title), wanted_gone) << "drop line is article " << i << "'s title";
      for (const std::string& line : split_lines(articles[i].text)) {
        EXPECT_NE(trim(line), wanted_gone) << "drop line survives in article " << i << ": " << shown(wanted_gone);
        if (word_count(wanted_gone) >= 4) {
          EXPECT_EQ(line.find(wanted_gone), std::string::npos)
              << "drop line survives inside a line of article " << i << ": " << shown(wanted_gone);
        }
      }
    }
  }

  for (const std::string& part : strings_of(gold, "drop_parts")) {
    for (size_t i = 0; i < articles.size(); ++i) {
      EXPECT_EQ(articles[i].title.find(part), std::string::npos) << "drop part in title " << i;
      EXPECT_EQ(articles[i].text.find(part), std::string::npos)
          << "drop part survives in article " << i << ": " << part;
    }
  }

  const std::vector<std::string> keep = strings_of(gold, "keep");
  std::vector<size_t> keep_segment;
  if (gold.contains("keep_segment")) keep_segment = gold.at("keep_segment").get<std::vector<size_t>>();
  for (size_t k = 0; k < keep.size(); ++k) {
    if (!keep_segment.empty()) {
      ASSERT_LT(k, keep_segment.size());
      ASSERT_LT(keep_segment[k], articles.size());
      EXPECT_NE(articles[keep_segment[k]].text.find(keep[k]), std::string::npos)
          << "keep line lost from article " << keep_segment[k] << ": " << shown(keep[k]);
    } else {
      bool kept = false;
      for (const Article& a : articles) kept = kept || a.text.find(keep[k]) != std::string::npos;
      EXPECT_TRUE(kept) << "keep line lost: " << shown(keep[k]);
    }
  }

  for (const std::string& once : strings_of(gold, "once")) {
    size_t count = 0;
    for (const Article& a : articles) {
      count += count_occurrences(a.title, once) + count_occurrences(a.text, once);
    }
    EXPECT_EQ(count, 1u) << "line must occur exactly once: " << shown(once);
  }
}

TEST(SampleClean, EveryPageMeetsTheCleanGold) {
  const std::string pages_path = kSampleDir + "/pages.jsonl";
  const ProcessResult run = run_marsad({"clean", pages_path});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.signal, 0);
  EXPECT_THAT(lines_containing(run.err, "pages.jsonl:"), SizeIs(0)) << "problems reported:\n"
                                                                     << run.err;

  // One output line per input page, in input order.
  std::vector<std::string> input_ids;
  for (const auto& page : parse_jsonl(read_file(pages_path))) input_ids.push_back(page.at("id"));
  ASSERT_THAT(input_ids, SizeIs(61)) << "data/sample/pages.jsonl changed: update this test";
  const std::vector<nlohmann::json> cleaned = parse_jsonl(run.out);
  ASSERT_THAT(ids_of(cleaned), ElementsAreArray(input_ids));

  std::map<std::string, const nlohmann::json*> by_id;
  for (const auto& page : cleaned) by_id[page.at("id").get<std::string>()] = &page;
  const std::vector<nlohmann::json> gold = parse_jsonl(read_file(kSampleDir + "/clean_gold.jsonl"));
  ASSERT_THAT(gold, SizeIs(input_ids.size())) << "every page has a line of clean gold";
  size_t articles = 0;
  for (const auto& page_gold : gold) {
    const std::string id = page_gold.at("id").get<std::string>();
    const auto it = by_id.find(id);
    ASSERT_NE(it, by_id.end()) << "gold page " << id << " is not in the output";
    check_against_gold(*it->second, page_gold);
    articles += it->second->at("segments").size();
  }
  EXPECT_EQ(articles, 62u) << "the sample holds 62 articles (s034 carries two)";
}

// The sample read from standard input gives the very same output as read from its file: the
// input's path plays no part in what a page keeps.
TEST(SampleClean, StandardInputGivesTheSameOutputAsTheFile) {
  const std::string pages_path = kSampleDir + "/pages.jsonl";
  const ProcessResult from_file = run_marsad({"clean", "--quiet", pages_path});
  const ProcessResult from_stdin = run_marsad({"clean", "--quiet"}, read_file(pages_path));
  ASSERT_EQ(from_file.exit_code, 0) << from_file.err;
  ASSERT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
  EXPECT_THAT(parse_jsonl(from_stdin.out), SizeIs(61));
  EXPECT_TRUE(from_stdin.out == from_file.out) << "stdin and file outputs differ";
}

TEST(SeedsClean, FivePagesMakeSixArticles) {
  const std::string seeds = std::string(MARSAD_SHARED_DIR) + "/corpus/seeds";
  if (!std::filesystem::exists(seeds + "/004_473e30b3f91dada2.txt")) {
    GTEST_SKIP() << "the seed pages are not at " << seeds << " (MARSAD_SHARED_DIR)";
  }
  const ProcessResult run = run_marsad({"clean", seeds});
  ASSERT_EQ(run.exit_code, 0) << run.err;

  const auto pages = parse_jsonl(run.out);
  ASSERT_THAT(ids_of(pages),
              ElementsAreArray({"000_3eafd80f6e4c3f49", "001_748be558718c96bc", "002_f1ec78f6f9af2cf7",
                                "003_f15fce85f70c3c01", "004_473e30b3f91dada2"}))
      << "GOLD.md is not a page; the five .txt files are";
  std::vector<size_t> articles_per_page;
  size_t articles = 0;
  for (const auto& page : pages) {
    articles_per_page.push_back(page.at("segments").size());
    articles += articles_per_page.back();
  }
  EXPECT_EQ(articles, 6u);
  EXPECT_THAT(articles_per_page, ElementsAreArray({1u, 1u, 1u, 1u, 2u}))
      << "page 004 carries two articles (GOLD.md)";
}

}  // namespace
}  // namespace marsad::e2e
