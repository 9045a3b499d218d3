#include "ingest/reader.h"

#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "../temp_dir.h"
#include "test_archives.h"
#include "ingest/html_text.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const std::string kFFFD = "\xEF\xBF\xBD";

using testing_support::TempDir;
using testing_support::write_archive;

std::string letters(size_t n) { return testing_support::random_letters(n, 7); }

struct Result {
  std::vector<RawDoc> docs;
  std::vector<Status> problems;
  ReadStats stats;

  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const RawDoc& doc : docs) out.push_back(doc.id);
    return out;
  }
};

Result read(const std::vector<std::string>& paths, const ReadOptions& options = {}) {
  Result result;
  result.stats = read_documents(
      paths, [&](RawDoc&& doc) { result.docs.push_back(std::move(doc)); },
      [&](const Status& problem) { result.problems.push_back(problem); }, options);
  return result;
}

// --- formats ---

TEST(ReaderTest, TextDirectoryIsReadInNameOrderWithCrlfMadeLf) {
  TempDir dir;
  dir.write("b_page.txt", "line one\r\nline two\r\n");
  dir.write("a_page.txt", "\xEF\xBB\xBF" "first page\n");
  dir.write("sub/c_page.txt", "nested page");
  dir.write("README.md", "not a page");
  dir.write("GOLD.md", "not a page either");
  dir.write(".hidden.txt", "hidden");

  const Result result = read({dir.path().string()});
  EXPECT_TRUE(result.problems.empty());
  ASSERT_EQ(result.ids(), (std::vector<std::string>{"a_page", "b_page", "c_page"}));
  EXPECT_EQ(result.docs[0].text, "first page\n");
  EXPECT_EQ(result.docs[1].text, "line one\nline two\n");
  EXPECT_EQ(result.docs[1].origin, (dir.path() / "b_page.txt").string());
  EXPECT_TRUE(result.docs[1].title.empty());
  EXPECT_TRUE(result.docs[1].url.empty());
  EXPECT_TRUE(result.docs[1].published.empty());
  EXPECT_TRUE(result.docs[1].extra.empty());
  EXPECT_EQ(result.stats.inputs, 3u);
  EXPECT_EQ(result.stats.documents, 3u);
  EXPECT_EQ(result.stats.bytes, 20u + 14u + 11u);
}

TEST(ReaderTest, JsonLinesMapKnownFieldsAndPassTheRestThrough) {
  TempDir dir;
  const std::string path = dir.write(
      "feed.jsonl",
      R"({"id": 42, "text": "first", "title": "T", "url": "http://x/1", "source": "aawsat", "author": "A", "date": "2025-04-14", "tags": ["a", "b"], "score": 3.5, "meta": {"k": null}, "flag": true})"
      "\n\n"
      R"({"content": "second", "date_extracted": "2015-07-21 02:51:32", "id": "own-id"})"
      "\n"
      R"({"text": "third", "content": "also here", "published": "2025-01-01", "date": "2024-12-31"})"
      "\n");
  const Result result = read({path});
  EXPECT_TRUE(result.problems.empty());
  ASSERT_EQ(result.ids(), (std::vector<std::string>{"42", "own-id", "feed/4"}));

  const RawDoc& first = result.docs[0];
  EXPECT_EQ(first.text, "first");
  EXPECT_EQ(first.title, "T");
  EXPECT_EQ(first.url, "http://x/1");
  EXPECT_EQ(first.source, "aawsat");
  EXPECT_EQ(first.author, "A");
  EXPECT_EQ(first.published, "2025-04-14");
  EXPECT_EQ(first.origin, path + ":1");
  EXPECT_EQ(first.extra, nlohmann::json::parse(
                             R"({"tags": ["a", "b"], "score": 3.5, "meta": {"k": null}, "flag": true})"));

  EXPECT_EQ(result.docs[1].text, "second");
  EXPECT_EQ(result.docs[1].published, "2015-07-21 02:51:32");
  EXPECT_TRUE(result.docs[1].extra.empty());

  // Of two alternatives the preferred one is used and the other kept in extra.
  EXPECT_EQ(result.docs[2].text, "third");
  EXPECT_EQ(result.docs[2].published, "2025-01-01");
  EXPECT_EQ(result.docs[2].extra,
            nlohmann::json::parse(R"({"content": "also here", "date": "2024-12-31"})"));
}

TEST(ReaderTest, HtmlReferencesInJsonTitlesAndTextAreDecoded) {
  // sabq's titles come escaped: «&quot;سابك&quot;». A field passed through is left as it was.
  TempDir dir;
  dir.write("pages.jsonl",
            R"({"id":"a","title":"&quot;سابك&quot; تعلن نتائجها","text":"قالت &#39;سابك&#39; إن...","note":"&amp;"})"
            "\n");
  const Result result = read({dir.at("pages.jsonl")});
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].title, "\"سابك\" تعلن نتائجها");
  EXPECT_EQ(result.docs[0].text, "قالت 'سابك' إن...");
  EXPECT_EQ(result.docs[0].extra.at("note"), "&amp;");
}

TEST(ReaderTest, JsonArrayIdsAreStemAndZeroBasedIndex) {
  TempDir dir;
  const std::string path = dir.write("2015-07-23.json", R"(
  [ {"source": "aawsat", "content": "zero"},
    {"content": "one", "id": "given"},
    {"content": "two", "title": "\u0645\u0631\u0635\u062f"} ])");
  const Result result = read({path});
  EXPECT_TRUE(result.problems.empty());
  ASSERT_EQ(result.ids(), (std::vector<std::string>{"2015-07-23/0", "given", "2015-07-23/2"}));
  EXPECT_EQ(result.docs[0].source, "aawsat");
  EXPECT_EQ(result.docs[2].title, "مرصد");
  EXPECT_EQ(result.docs[2].origin, path + "[2]");
}

TEST(ReaderTest, JsonFileNotStartingWithBracketIsJsonLines) {
  TempDir dir;
  const std::string path = dir.write("items.json", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
  const Result result = read({path});
  EXPECT_TRUE(result.problems.empty());
  EXPECT_EQ(result.ids(), (std::vector<std::string>{"items/1", "items/2"}));
}

TEST(ReaderTest, ZipMembersAreReadWithTheirOwnStems) {
  TempDir dir;
  const std::string zip = (dir.path() / "bundle.zip").string();
  write_archive(zip, {{"2015-07-23.json", R"([{"content": "a0"}, {"content": "a1"}])"},
                      {"notes.md", "ignored"},
                      {"pages/p1.txt", "page one"},
                      {"__MACOSX/pages/._p1.txt", "resource fork"},
                      {"more.jsonl", "{\"text\": \"l1\"}\n"}});
  const Result result = read({zip});
  EXPECT_TRUE(result.problems.empty());
  ASSERT_EQ(result.ids(),
            (std::vector<std::string>{"2015-07-23/0", "2015-07-23/1", "p1", "more/1"}));
  EXPECT_EQ(result.docs[1].origin, zip + "!2015-07-23.json[1]");
  EXPECT_EQ(result.docs[2].text, "page one");
  EXPECT_EQ(result.docs[3].origin, zip + "!more.jsonl:1");
  EXPECT_EQ(result.stats.inputs, 3u);
}

TEST(ReaderTest, GzippedTarIsReadLikeAZip) {
  TempDir dir;
  const std::string tar = (dir.path() / "bundle.tar.gz").string();
  write_archive(tar, {{"x/first.txt", "one"}, {"x/second.jsonl", "{\"text\": \"two\"}\n"}},
                testing_support::ArchiveFormat::kTarGz);
  const Result result = read({tar});
  EXPECT_TRUE(result.problems.empty());
  EXPECT_EQ(result.ids(), (std::vector<std::string>{"first", "second/1"}));
}

TEST(ReaderTest, UnknownExtensionIsSniffed) {
  TempDir dir;
  const std::string lines = dir.write("feed.data", "  {\"text\": \"from lines\"}\n");
  const std::string array = dir.write("dump.out", "\n[{\"text\": \"from array\"}]");
  const std::string plain = dir.write("page.body", "plain words");
  const Result result = read({lines, array, plain});
  EXPECT_TRUE(result.problems.empty());
  ASSERT_EQ(result.ids(), (std::vector<std::string>{"feed/1", "dump/0", "page"}));
  EXPECT_EQ(result.docs[2].text, "plain words");
}

TEST(ReaderTest, HtmlPageBecomesTitleAndLines) {
  TempDir dir;
  const std::string path = dir.write("story.html", R"(<!doctype html>
<html><head><title> The  headline </title><style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<h1>Big   news</h1><p>First <b>bold</b>
paragraph.</p><div>Second<br>line</div><ul><li>one</li><li>two</li></ul>
<pre>keep
  this</pre></body></html>)");
  const Result result = read({path});
  EXPECT_TRUE(result.problems.empty());
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].id, "story");
  EXPECT_EQ(result.docs[0].title, "The headline");
  EXPECT_EQ(result.docs[0].text,
            "Big news\nFirst bold paragraph.\nSecond\nline\none\ntwo\nkeep\nthis");
}

// --- bad input: one problem each, naming the input; the good documents around still arrive ---

TEST(ReaderTest, MissingFileIsReportedAndTheNextPathStillRead) {
  TempDir dir;
  const std::string missing = (dir.path() / "nowhere.jsonl").string();
  const std::string good = dir.write("good.txt", "text");
  const Result result = read({missing, good});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].code(), Status::Code::kNotFound);
  EXPECT_EQ(result.problems[0].where(), missing);
  EXPECT_EQ(result.ids(), std::vector<std::string>{"good"});
}

TEST(ReaderTest, DirectoryWithoutPagesIsReported) {
  TempDir dir;
  dir.write("empty/README.md", "nothing to read");
  const std::string empty = (dir.path() / "empty").string();
  const Result result = read({empty});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].where(), empty);
  EXPECT_THAT(result.problems[0].what(), HasSubstr("no pages (.txt, .json, .jsonl, .zip, .html)"));
}

TEST(ReaderTest, UnreadableDirectoryIsReported) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: permissions do not stop reading";
  TempDir dir;
  dir.write("locked/page.txt", "text");
  const fs::path locked = dir.path() / "locked";
  fs::permissions(locked, fs::perms::none);
  const Result result = read({locked.string()});
  fs::permissions(locked, fs::perms::owner_all);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].where(), locked.string());
  EXPECT_THAT(result.problems[0].what(), HasSubstr("cannot read the directory"));
}

TEST(ReaderTest, InvalidUtf8IsRepairedAndReportedOncePerDocument) {
  TempDir dir;
  const std::string lines = dir.write(
      "feed.jsonl", "{\"text\": \"good\"}\n{\"text\": \"bad \xFF\xFE here\", \"title\": \"\xC0\"}\n");
  const std::string page = dir.write("page.txt", "cut \xE2\x82");
  const std::string array =
      dir.write("day.json", "[{\"text\": \"fine\"}, {\"text\": \"x\xF0\x9F\"}, {\"text\": \"ok\"}]");
  const Result result = read({lines, page, array});
  ASSERT_EQ(result.problems.size(), 3u);
  EXPECT_EQ(result.problems[0].where(), lines + ":2");
  EXPECT_EQ(result.problems[1].where(), page);
  EXPECT_EQ(result.problems[2].where(), array + "[1]");
  for (const Status& problem : result.problems) EXPECT_THAT(problem.what(), HasSubstr("UTF-8"));
  EXPECT_EQ(result.stats.repaired, 3u);
  ASSERT_EQ(result.docs.size(), 6u);
  EXPECT_EQ(result.docs[1].text, "bad " + kFFFD + kFFFD + " here");
  EXPECT_EQ(result.docs[1].title, kFFFD);
  EXPECT_EQ(result.docs[2].text, "cut " + kFFFD);
  EXPECT_EQ(result.docs[4].text, "x" + kFFFD);
  EXPECT_EQ(result.docs[5].text, "ok");
}

TEST(ReaderTest, APageThatIsMostlyInvalidUtf8IsNoTextAndSkipped) {
  TempDir dir;
  // Arabic in windows-1256 ("مرحبا بكم في الرباط" and more), and binary bytes.
  std::string legacy;
  for (int i = 0; i < 20; ++i) legacy += "\xE3\xD1\xCD\xC8\xC7 \xC8\xDF\xE3 \xDD\xED \xC7\xE1\xD1\xC8\xC7\xD8\n";
  std::string binary;
  for (int i = 0; i < 256; ++i) binary += static_cast<char>(0xFF - i % 64);
  // One damaged word in a long page is damage, not another encoding.
  std::string damaged = "bad \xFF byte";
  for (int i = 0; i < 40; ++i) damaged += " and then some good text that goes on";
  const std::string legacy_page = dir.write("legacy.txt", legacy);
  const std::string binary_page = dir.write("binary.txt", binary);
  const std::string damaged_page = dir.write("damaged.txt", damaged);
  std::string legacy_line = legacy;
  std::replace(legacy_line.begin(), legacy_line.end(), '\n', ' ');
  const std::string lines = dir.write("feed.jsonl", "{\"text\": \"" + legacy_line + "\"}\n{\"text\": \"ok\"}\n");
  const Result result = read({legacy_page, binary_page, damaged_page, lines});
  ASSERT_EQ(result.problems.size(), 4u);
  EXPECT_EQ(result.problems[0].where(), legacy_page);
  EXPECT_THAT(result.problems[0].what(), HasSubstr("not UTF-8 text"));
  EXPECT_EQ(result.problems[1].where(), binary_page);
  EXPECT_THAT(result.problems[1].what(), HasSubstr("not UTF-8 text"));
  EXPECT_EQ(result.problems[2].where(), damaged_page);
  EXPECT_THAT(result.problems[2].what(), HasSubstr("replaced by U+FFFD"));
  EXPECT_EQ(result.problems[3].where(), lines + ":1");
  EXPECT_THAT(result.problems[3].what(), HasSubstr("not UTF-8 text"));
  EXPECT_EQ(result.stats.skipped, 3u);
  EXPECT_EQ(result.stats.repaired, 1u);
  ASSERT_EQ(result.docs.size(), 2u);
  EXPECT_EQ(result.docs[1].text, "ok");
}

TEST(ReaderTest, EmptyPagesAreSkipped) {
  TempDir dir;
  const std::string blank = dir.write("blank.txt", " \n\t\r\n\xC2\xA0 ");
  const std::string lines =
      dir.write("feed.jsonl", "{\"text\": \"a\"}\n{\"text\": \"  \\n \"}\n{\"text\": \"c\"}\n");
  const Result result = read({blank, lines});
  ASSERT_EQ(result.problems.size(), 2u);
  EXPECT_EQ(result.problems[0].where(), blank);
  EXPECT_EQ(result.problems[1].where(), lines + ":2");
  EXPECT_THAT(result.problems[1].what(), HasSubstr("empty page"));
  EXPECT_EQ(result.ids(), (std::vector<std::string>{"feed/1", "feed/3"}));
  EXPECT_EQ(result.stats.skipped, 2u);
}

TEST(ReaderTest, FiftyMegabyteLineIsSkippedAndTheNextLineRead) {
  TempDir dir;
  const std::string path = (dir.path() / "huge.jsonl").string();
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"text\": \"before\"}\n{\"text\": \"";
    const std::string block(1 << 20, 'x');
    for (int i = 0; i < 50; ++i) out << block;
    out << "\"}\n{\"text\": \"after\"}\n";
  }
  const Result result = read({path});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].where(), path + ":2");
  EXPECT_THAT(result.problems[0].what(), HasSubstr("max_document_bytes"));
  EXPECT_EQ(result.ids(), (std::vector<std::string>{"huge/1", "huge/3"}));
  EXPECT_EQ(result.stats.skipped, 1u);
}

TEST(ReaderTest, DocumentsOverTheLimitAreSkippedInEveryFormat) {
  TempDir dir;
  ReadOptions options;
  options.max_document_bytes = 100;
  const std::string big_page = dir.write("big.txt", std::string(101, 'p'));
  const std::string small_page = dir.write("small.txt", std::string(100, 'p'));
  const std::string array = dir.write(
      "day.json", "[{\"text\": \"" + std::string(120, 'q') + "\"}, {\"text\": \"fits\"}]");
  const Result result = read({big_page, small_page, array}, options);
  ASSERT_EQ(result.problems.size(), 2u);
  EXPECT_EQ(result.problems[0].where(), big_page);
  EXPECT_EQ(result.problems[1].where(), array + "[0]");
  EXPECT_EQ(result.ids(), (std::vector<std::string>{"small", "day/1"}));
}

TEST(ReaderTest, UnparsableLinesAndObjectsWithoutTextAreSkipped) {
  TempDir dir;
  const std::string path = dir.write("feed.jsonl",
                                     "{\"text\": \"one\"}\n"
                                     "{\"text\": \"broken\"\n"
                                     "{\"title\": \"no text\"}\n"
                                     "[\"an\", \"array\"]\n"
                                     "{\"text\": 5}\n"
                                     "{\"text\": \"six\"} trailing\n"
                                     "{\"text\": \"seven\"}\n");
  const Result result = read({path});
  ASSERT_EQ(result.problems.size(), 5u);
  EXPECT_EQ(result.problems[0].where(), path + ":2");
  EXPECT_THAT(result.problems[0].what(), HasSubstr("JSON does not parse"));
  EXPECT_EQ(result.problems[1].where(), path + ":3");
  EXPECT_THAT(result.problems[1].what(), HasSubstr("no \"text\" or \"content\""));
  EXPECT_EQ(result.problems[2].where(), path + ":4");
  EXPECT_THAT(result.problems[2].what(), HasSubstr("not a JSON object"));
  EXPECT_EQ(result.problems[3].where(), path + ":5");
  EXPECT_EQ(result.problems[4].where(), path + ":6");
  EXPECT_EQ(result.ids(), (std::vector<std::string>{"feed/1", "feed/7"}));
  EXPECT_EQ(result.stats.skipped, 5u);
}

TEST(ReaderTest, BadArrayElementsAreSkippedAndTheRestRead) {
  TempDir dir;
  const std::string path =
      dir.write("day.json", R"([{"text": "a"}, 7, {"title": "no text"}, {"text": "d"}, {"text" "e"}, {"text": "f"}])");
  const Result result = read({path});
  ASSERT_EQ(result.problems.size(), 3u);
  EXPECT_EQ(result.problems[0].where(), path + "[1]");
  EXPECT_EQ(result.problems[1].where(), path + "[2]");
  EXPECT_EQ(result.problems[2].where(), path + "[4]");
  EXPECT_THAT(result.problems[2].what(), HasSubstr("JSON does not parse"));
  EXPECT_EQ(result.ids(), (std::vector<std::string>{"day/0", "day/3", "day/5"}));
  EXPECT_EQ(result.stats.skipped, 3u);
}

TEST(ReaderTest, DamagedMiddleElementIsSkippedAndTheArrayReadOn) {
  TempDir dir;
  // The ']' of "tags" is missing: the brackets of the input do not balance.
  const std::string path = dir.write("day.json",
                                     "[\n  {\"text\": \"first\"},\n"
                                     "  {\"text\": \"second\", \"tags\": [\"a\", \"b\"},\n"
                                     "  {\"text\": \"third\", \"extra\": {\"k\": [1, 2]}}\n]\n");
  const Result result = read({path});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].where(), path + "[1]");
  EXPECT_THAT(result.problems[0].what(), HasSubstr("JSON does not parse"));
  EXPECT_THAT(result.problems[0].what(), HasSubstr("skipped"));
  EXPECT_EQ(result.ids(), (std::vector<std::string>{"day/0", "day/2"}));
  EXPECT_EQ(result.docs[1].text, "third");
  EXPECT_EQ(result.docs[1].extra, nlohmann::json::parse(R"({"extra": {"k": [1, 2]}})"));
  EXPECT_EQ(result.stats.skipped, 1u);
}

TEST(ReaderTest, ElementsAfterAMissingCommaAreRead) {
  TempDir dir;
  const std::string path = dir.write("day.json", R"([{"text": "a"} {"text": "b"}, {"text": "c"}])");
  const Result result = read({path});
  EXPECT_EQ(result.ids(), (std::vector<std::string>{"day/0", "day/1", "day/2"}));
}

TEST(ReaderTest, ArrayCutInsideAnElementKeepsTheElementsBeforeAndReportsTheCutOnce) {
  TempDir dir;
  const std::string path = dir.write(
      "day.json", "[{\"text\": \"one\"},\n {\"text\": \"two\", \"id\": 7},\n {\"text\": \"thr");
  const Result result = read({path});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].where(), path + "[2]");
  EXPECT_THAT(result.problems[0].what(), HasSubstr("cut short"));
  EXPECT_EQ(result.ids(), (std::vector<std::string>{"day/0", "7"}));
  EXPECT_EQ(result.docs[1].text, "two");
  EXPECT_EQ(result.stats.skipped, 1u);
}

TEST(ReaderTest, ArrayCutBetweenElementsReportsTheFileOnce) {
  TempDir dir;
  const std::string after_comma = dir.write("a.json", "[{\"text\": \"one\"}, {\"text\": \"two\"},\n");
  const std::string after_element = dir.write("b.json", "[{\"text\": \"three\"}");
  const Result result = read({after_comma, after_element});
  ASSERT_EQ(result.problems.size(), 2u);
  EXPECT_EQ(result.problems[0].where(), after_comma);
  EXPECT_THAT(result.problems[0].what(), HasSubstr("cut short"));
  EXPECT_THAT(result.problems[0].what(), HasSubstr("after 2 element(s)"));
  EXPECT_EQ(result.problems[1].where(), after_element);
  EXPECT_EQ(result.ids(), (std::vector<std::string>{"a/0", "a/1", "b/0"}));
  EXPECT_EQ(result.stats.skipped, 0u);
}

TEST(ReaderTest, BracketsInsideStringsDoNotEndElementsOfACutArray) {
  TempDir dir;
  const std::string path = dir.write(
      "day.json", R"([{"text": "a ] b }, {", "title": "[x"}, {"text": "], [c"}, {"text": "d)");
  const Result result = read({path});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].where(), path + "[2]");
  ASSERT_EQ(result.docs.size(), 2u);
  EXPECT_EQ(result.docs[0].text, "a ] b }, {");
  EXPECT_EQ(result.docs[0].title, "[x");
  EXPECT_EQ(result.docs[1].text, "], [c");
  EXPECT_EQ(result.docs[1].origin, path + "[1]");
}

TEST(ReaderTest, EscapedQuotesDoNotEndStringsOfACutArray) {
  TempDir dir;
  const std::string path = dir.write(
      "day.json", R"([{"text": "he said \"no\"}, ]"}, {"text": "back\\"}, {"text": "\"cut)");
  const Result result = read({path});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].where(), path + "[2]");
  ASSERT_EQ(result.docs.size(), 2u);
  EXPECT_EQ(result.docs[0].text, "he said \"no\"}, ]");
  EXPECT_EQ(result.docs[1].text, "back\\");
}

TEST(ReaderTest, CutArrayInAZipKeepsItsElementsAndTheirRepairs) {
  TempDir dir;
  const std::string zip = (dir.path() / "day.zip").string();
  write_archive(zip, {{"day.json", "[{\"text\": \"x\xFF\"}, {\"text\" \"bad\"}, {\"text\": \"ok\"}, {\"te"},
                      {"next.json", R"([{"text": "next"}])"}});
  const Result result = read({zip});
  ASSERT_EQ(result.problems.size(), 3u);
  EXPECT_EQ(result.problems[0].where(), zip + "!day.json[0]");
  EXPECT_THAT(result.problems[0].what(), HasSubstr("UTF-8"));
  EXPECT_EQ(result.problems[1].where(), zip + "!day.json[1]");
  EXPECT_THAT(result.problems[1].what(), HasSubstr("JSON does not parse"));
  EXPECT_EQ(result.problems[2].where(), zip + "!day.json[3]");
  EXPECT_THAT(result.problems[2].what(), HasSubstr("cut short"));
  EXPECT_EQ(result.ids(), (std::vector<std::string>{"day/0", "day/2", "next/0"}));
  EXPECT_EQ(result.docs[0].text, "x" + kFFFD);
  EXPECT_EQ(result.stats.repaired, 1u);
  EXPECT_EQ(result.stats.skipped, 2u);
}

TEST(ReaderTest, TruncatedZipKeepsTheMembersBeforeTheDamage) {
  TempDir dir;
  const std::string zip = (dir.path() / "cut.zip").string();
  write_archive(zip, {{"first.jsonl", "{\"text\": \"kept\"}\n"}, {"second.txt", letters(200000)}});
  fs::resize_file(zip, fs::file_size(zip) / 2);
  const std::string after = dir.write("after.txt", "still read");
  const Result result = read({zip, after});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_THAT(result.problems[0].where(), HasSubstr("cut.zip"));
  EXPECT_EQ(result.ids(), (std::vector<std::string>{"first/1", "after"}));
}

TEST(ReaderTest, CorruptZipDataIsReportedOnce) {
  TempDir dir;
  const std::string zip = (dir.path() / "bad.zip").string();
  write_archive(zip, {{"first.jsonl", "{\"text\": \"kept\"}\n"}, {"second.txt", letters(200000)}});
  {
    std::fstream file(zip, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(static_cast<std::streamoff>(fs::file_size(zip) / 2));
    file << std::string(64, '\x5A');
  }
  const Result result = read({zip});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_THAT(result.problems[0].where(), HasSubstr("bad.zip"));
  EXPECT_EQ(result.ids(), std::vector<std::string>{"first/1"});
}

TEST(ReaderTest, FileNamedZipThatIsNotAnArchiveIsReported) {
  TempDir dir;
  const std::string zip = dir.write("fake.zip", "this is not a zip file at all");
  const Result result = read({zip});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].where(), zip);
  EXPECT_TRUE(result.docs.empty());
}

// --- the shared corpora ---

TEST(ReaderCorpusTest, SeedsAreFivePagesNamedByTheirFiles) {
  const fs::path seeds = fs::path(MARSAD_SHARED_DIR) / "corpus" / "seeds";
  if (!fs::is_directory(seeds)) GTEST_SKIP() << seeds << " is absent";
  const Result result = read({seeds.string()});
  EXPECT_TRUE(result.problems.empty());
  ASSERT_EQ(result.docs.size(), 5u);
  for (const RawDoc& doc : result.docs) {
    EXPECT_TRUE(fs::exists(seeds / (doc.id + ".txt"))) << doc.id;
    EXPECT_FALSE(doc.text.empty());
    EXPECT_EQ(doc.text.find('\r'), std::string::npos);
  }
  const std::vector<std::string> ids = result.ids();
  EXPECT_EQ(ids[0], "000_3eafd80f6e4c3f49");
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
}

TEST(ReaderCorpusTest, SaudiNewsNetHas31030Articles) {
  const fs::path corpus = fs::path(MARSAD_SHARED_DIR) / "corpus" / "saudinewsnet";
  if (!fs::is_directory(corpus)) GTEST_SKIP() << corpus << " is absent";
  size_t documents = 0;
  size_t with_all_fields = 0;
  std::set<std::string> ids;
  std::vector<Status> problems;
  const ReadStats stats = read_documents(
      {corpus.string()},
      [&](RawDoc&& doc) {
        ++documents;
        ids.insert(doc.id);
        if (!doc.text.empty() && !doc.source.empty() && !doc.url.empty() && !doc.title.empty() &&
            doc.published.size() >= 10) {
          ++with_all_fields;
        }
      },
      [&](const Status& problem) { problems.push_back(problem); });
  // Articles whose content is empty are skipped, each with its own message.
  EXPECT_EQ(documents + stats.skipped, 31030u);
  EXPECT_EQ(problems.size(), stats.skipped);
  for (const Status& problem : problems) {
    EXPECT_THAT(problem.what(), HasSubstr("empty page")) << problem.to_string();
    EXPECT_THAT(problem.where(), HasSubstr(".zip!"));
  }
  EXPECT_EQ(stats.documents, documents);
  EXPECT_EQ(ids.size(), documents);  // ids are unique
  EXPECT_GT(with_all_fields, documents * 9 / 10);
  EXPECT_EQ(stats.inputs, 18u);
}

}  // namespace
}  // namespace marsad
