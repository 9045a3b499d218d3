#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "marsad_process.h"

namespace marsad::e2e {
namespace {

// The lines of `marsad ner` output, each split at its tabs.
std::vector<std::vector<std::string>> rows_of(const std::string& out) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, '\t');) fields.push_back(cell);
    rows.push_back(fields);
  }
  return rows;
}

TEST(NerCli, PrintsTheNamesClusteringMatchesOnWithTheirKeys) {
  const std::string text = "وصل الوفد إلى الرياض وجدة، ثم زار فرنسا\n";
  const ProcessResult run = run_marsad({"ner"}, text);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto rows = rows_of(run.out);
  ASSERT_EQ(rows.size(), 3u) << run.out;
  for (const auto& row : rows) {
    ASSERT_EQ(row.size(), 4u) << run.out;
    // The offsets name the printed text, which never takes the final newline.
    const size_t begin = std::stoul(row[2]), end = std::stoul(row[2].substr(row[2].find('-') + 1));
    EXPECT_EQ(text.substr(begin, end - begin), row[1]);
  }
  // وجدة after a place is "and Jeddah" (Oujda alone); فرنسا is the place key shared with France.
  EXPECT_EQ(rows[1][1], "جدة");
  EXPECT_EQ(rows[1][3], "loc:Jeddah");
  EXPECT_EQ(rows[2][3], "loc:FR");
}

TEST(NerCli, AMissingTownsFileLeavesOutItsTownsOnly) {
  // A data folder without geonames.tsv: one line says so, and places.tsv's
  // names still resolve (they were lost too when one file failed).
  TempDir data;
  const std::filesystem::path source = std::filesystem::path(MARSAD_SOURCE_DIR) / "data";
  for (const auto& entry : std::filesystem::directory_iterator(source)) {
    if (entry.path().filename() != "entity") std::filesystem::create_directory_symlink(entry.path(), data.path() / entry.path().filename());
  }
  std::filesystem::create_directories(data.path() / "entity");
  for (const auto& entry : std::filesystem::directory_iterator(source / "entity")) {
    if (entry.path().filename() != "geonames.tsv") {
      std::filesystem::create_symlink(entry.path(), data.path() / "entity" / entry.path().filename());
    }
  }
  ::setenv("MARSAD_DATA_DIR", data.path().c_str(), 1);
  const ProcessResult run = run_marsad({"ner"}, "زار الوفد الرباط ثم مأرب\n");
  ::unsetenv("MARSAD_DATA_DIR");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("geonames.tsv"), std::string::npos) << run.err;
  EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
  bool rabat = false;
  for (const auto& row : rows_of(run.out)) {
    ASSERT_EQ(row.size(), 4u) << run.out;
    rabat |= row[3] == "loc:Rabat";                        // places.tsv
    EXPECT_EQ(row[3].find("loc:YE/"), std::string::npos);  // geonames.tsv's Marib
  }
  EXPECT_TRUE(rabat) << run.out;
}

TEST(NerCli, AFileOfManyStoriesIsResolvedStoryByStory) {
  // A surname takes the full name's key within its story only: a new scope
  // starts at the first blank line after 20,000 bytes (a whole day's text as
  // one scope took minutes, every name compared with every other).
  const std::string filler = "وقال المتحدث إن الاجتماع تناول قضايا كثيرة تهم البلدين.\n";
  std::string first = "استقبل الوزير برونو روتايو الوفد. ثم قال روتايو إن الزيارة مهمة.\n";
  while (first.size() < 21000) first += filler;
  const std::string text = first + "\nوفي خبر آخر صرح روتايو بأن العمل مستمر.\n";
  const ProcessResult run = run_marsad({"ner"}, text);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::vector<std::vector<std::string>> retailleau;
  for (const auto& row : rows_of(run.out)) {
    ASSERT_EQ(row.size(), 4u) << run.out;
    const size_t begin = std::stoul(row[2]), end = std::stoul(row[2].substr(row[2].find('-') + 1));
    EXPECT_EQ(text.substr(begin, end - begin), row[1]);  // offsets into the whole input
    if (row[1].find("روتايو") != std::string::npos) retailleau.push_back(row);
  }
  ASSERT_EQ(retailleau.size(), 3u) << run.out;
  EXPECT_EQ(retailleau[1][3], retailleau[0][3]);  // the surname after the full name, same story
  EXPECT_NE(retailleau[2][3], retailleau[0][3]);  // alone in the next story
}

}  // namespace
}  // namespace marsad::e2e
