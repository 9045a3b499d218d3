// `marsad clean` run as a user runs it, against issue 2's bad-input contract: "A missing
// file, a directory with no readable pages, invalid UTF-8, an empty page, a 50 MB line, a
// JSON line that does not parse: one clear message naming the input and line, the rest of
// the input still processed, a non-zero exit only when nothing could be read."
//
// Each case mixes the bad input with good pages and checks the message on standard error,
// the good pages on standard output, and the exit status; then gives the bad input alone.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "marsad_process.h"

namespace marsad::e2e {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::SizeIs;

// A page of ordinary news prose, as JSON lines take it, and as a .txt page holds it.
std::string page_text(const std::string& place) {
  return "أمطار غزيرة في " + place + "\n\n"
         "شهدت مدينة " + place +
         " صباح اليوم أمطارا غزيرة تسببت في ارتفاع منسوب المياه في عدد من الشوارع الرئيسية، "
         "وأعلنت السلطات المحلية رفع درجة التأهب في صفوف فرق الإنقاذ.\n\n"
         "وقال مسؤول في البلدية إن الفرق الفنية تعمل على تصريف المياه وفتح الطرق المغلقة، "
         "داعيا السكان إلى تجنب التنقل غير الضروري خلال الساعات القادمة.";
}

std::string jsonl_page(const std::string& id, const std::string& place) {
  return nlohmann::json{{"id", id}, {"source", "test-outlet"}, {"text", page_text(place)}}.dump() + "\n";
}

// Two good pages in a JSON lines file and one in a .txt file, in `dir`.
struct GoodInputs {
  std::string jsonl, txt;
  std::vector<std::string> jsonl_ids{"good-1", "good-2"};
  std::string txt_id = "good-3";
};

GoodInputs write_good_inputs(const TempDir& dir) {
  GoodInputs good;
  good.jsonl = dir.write("good.jsonl", jsonl_page("good-1", "نابل") + jsonl_page("good-2", "صفاقس"));
  good.txt = dir.write("good-3.txt", page_text("سوسة"));
  return good;
}

// The stderr lines that mention `where`: the contract is one message per problem.
std::vector<std::string> messages_about(const ProcessResult& run, const std::string& where) {
  return lines_containing(run.err, where);
}

TEST(CleanCli, MissingFileIsNamedAndTheRestIsCleaned) {
  TempDir dir;
  const GoodInputs good = write_good_inputs(dir);
  const std::string missing = dir.at("no-such-pages.jsonl");
  const ProcessResult run = run_marsad({"clean", good.jsonl, missing, good.txt});

  EXPECT_EQ(run.exit_code, 0) << run.err;
  const auto messages = messages_about(run, "no-such-pages.jsonl");
  ASSERT_THAT(messages, SizeIs(1)) << run.err;
  EXPECT_THAT(messages[0], HasSubstr(missing));
  EXPECT_THAT(messages[0], HasSubstr("no such file"));
  EXPECT_THAT(ids_of(parse_jsonl(run.out)), ElementsAre("good-1", "good-2", "good-3"));
}

TEST(CleanCli, OnlyMissingFilesExitNonZero) {
  TempDir dir;
  const ProcessResult run = run_marsad({"clean", dir.at("a.jsonl"), dir.at("b.txt")});

  EXPECT_NE(run.exit_code, 0);
  EXPECT_EQ(run.signal, 0);
  EXPECT_THAT(messages_about(run, dir.at("a.jsonl")), SizeIs(1)) << run.err;
  EXPECT_THAT(messages_about(run, dir.at("b.txt")), SizeIs(1)) << run.err;
  EXPECT_EQ(run.out.size(), 0u);
}

TEST(CleanCli, DirectoryWithNoPagesIsNamedAndTheRestIsCleaned) {
  TempDir dir;
  const GoodInputs good = write_good_inputs(dir);
  // Files of no page kind, and a link to nowhere that looks like a page.
  dir.write("no-pages/notes.md", "# not a page\n");
  dir.write("no-pages/scan.pdf", "%PDF-1.4\n");
  std::filesystem::create_symlink(dir.at("gone.txt"), dir.at("no-pages/dangling.txt"));
  const std::string no_pages = dir.at("no-pages");
  const ProcessResult run = run_marsad({"clean", no_pages, good.jsonl});

  EXPECT_EQ(run.exit_code, 0) << run.err;
  const auto messages = messages_about(run, no_pages);
  ASSERT_THAT(messages, SizeIs(1)) << run.err;
  EXPECT_THAT(messages[0], HasSubstr("no pages"));
  EXPECT_THAT(ids_of(parse_jsonl(run.out)), ElementsAre("good-1", "good-2"));
}

TEST(CleanCli, DirectoryWhosePagesAreAllBadIsReportedPageByPage) {
  TempDir dir;
  const GoodInputs good = write_good_inputs(dir);
  const std::string empty_page = dir.write("bad-pages/a-empty.txt", " \n\t\n");
  const std::string bad_json = dir.write("bad-pages/b.jsonl", "{\"id\": \"cut\", \"text\": \"نص\n");
  const ProcessResult run = run_marsad({"clean", dir.at("bad-pages"), good.txt});

  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(messages_about(run, empty_page), SizeIs(1)) << run.err;
  EXPECT_THAT(messages_about(run, bad_json + ":1"), SizeIs(1)) << run.err;
  EXPECT_THAT(ids_of(parse_jsonl(run.out)), ElementsAre("good-3"));
}

TEST(CleanCli, OnlyADirectoryWithNoPagesExitsNonZero) {
  TempDir dir;
  std::filesystem::create_directories(dir.at("empty"));
  dir.write("other/readme.md", "nothing here\n");
  const ProcessResult run = run_marsad({"clean", dir.at("empty"), dir.at("other")});

  EXPECT_NE(run.exit_code, 0);
  EXPECT_EQ(run.signal, 0);
  EXPECT_THAT(messages_about(run, dir.at("empty")), SizeIs(1)) << run.err;
  EXPECT_THAT(messages_about(run, dir.at("other")), SizeIs(1)) << run.err;
  EXPECT_EQ(run.out.size(), 0u);
}

TEST(CleanCli, InvalidUtf8IsReplacedNamedAndThePageKept) {
  TempDir dir;
  const GoodInputs good = write_good_inputs(dir);
  // A lone continuation byte, an impossible byte and a truncated euro sign, inside the text
  // of line 2 and in an unknown field that passes through.
  const std::string broken = "\x80 \xFF \xE2\x82";
  const std::string jsonl = dir.write(
      "mixed.jsonl", jsonl_page("ok-1", "بنزرت") + "{\"id\": \"broken\", \"tag\": \"" + broken +
                         "\", \"text\": \"" + "شهدت المدينة أمطارا غزيرة " + broken +
                         " صباح اليوم.\"}\n" + jsonl_page("ok-3", "قابس"));
  const std::string txt = dir.write("broken-page.txt", page_text("المنستير") + broken + "\n");
  const ProcessResult run = run_marsad({"clean", jsonl, txt, good.jsonl});

  EXPECT_EQ(run.exit_code, 0) << run.err;
  const auto jsonl_messages = messages_about(run, jsonl + ":2");
  ASSERT_THAT(jsonl_messages, SizeIs(1)) << run.err;
  EXPECT_THAT(jsonl_messages[0], HasSubstr("invalid UTF-8"));
  EXPECT_THAT(messages_about(run, jsonl + ":1"), IsEmpty()) << run.err;
  EXPECT_THAT(messages_about(run, jsonl + ":3"), IsEmpty()) << run.err;
  const auto txt_messages = messages_about(run, txt);
  ASSERT_THAT(txt_messages, SizeIs(1)) << run.err;
  EXPECT_THAT(txt_messages[0], HasSubstr("invalid UTF-8"));

  // parse_jsonl is strict: every output line is valid UTF-8, or the test fails there.
  const auto pages = parse_jsonl(run.out);
  ASSERT_THAT(ids_of(pages), ElementsAre("ok-1", "broken", "ok-3", "broken-page", "good-1", "good-2"));
  const std::string replacement = "\xEF\xBF\xBD";
  EXPECT_THAT(pages[1].at("tag").get<std::string>(), HasSubstr(replacement));
  std::string cleaned;
  for (const auto& segment : pages[1].at("segments")) cleaned += segment.value("text", "");
  for (const auto& removed : pages[1].at("removed")) cleaned += removed.value("text", "");
  EXPECT_THAT(cleaned, HasSubstr("أمطارا غزيرة"));
}

TEST(CleanCli, InvalidUtf8AloneStillCountsAsRead) {
  TempDir dir;
  const std::string txt = dir.write("latin1.txt", "Caf\xE9 cr\xE8me: un article en Latin-1.\n");
  const ProcessResult run = run_marsad({"clean", txt});

  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(messages_about(run, txt), SizeIs(1)) << run.err;
  EXPECT_THAT(ids_of(parse_jsonl(run.out)), ElementsAre("latin1"));
}

TEST(CleanCli, EmptyPagesAreNamedAndSkipped) {
  TempDir dir;
  const GoodInputs good = write_good_inputs(dir);
  // Line 2 is only whitespace (spaces, newlines, a no-break space); line 3 is a blank line,
  // which is no document at all; line 4 has an empty text.
  const std::string jsonl = dir.write(
      "pages.jsonl", jsonl_page("ok-1", "بنزرت") +
                         "{\"id\": \"blank\", \"text\": \"  \\n \\u00a0 \\r\\n\"}\n" + "   \n" +
                         "{\"id\": \"empty\", \"text\": \"\"}\n" + jsonl_page("ok-5", "قابس"));
  const std::string empty_txt = dir.write("empty.txt", "");
  const ProcessResult run = run_marsad({"clean", jsonl, empty_txt, good.txt});

  EXPECT_EQ(run.exit_code, 0) << run.err;
  for (const std::string line : {":2", ":4"}) {
    const auto messages = messages_about(run, jsonl + line);
    ASSERT_THAT(messages, SizeIs(1)) << line << "\n" << run.err;
    EXPECT_THAT(messages[0], HasSubstr("empty page"));
  }
  EXPECT_THAT(messages_about(run, jsonl + ":3"), IsEmpty()) << run.err;
  const auto txt_messages = messages_about(run, empty_txt);
  ASSERT_THAT(txt_messages, SizeIs(1)) << run.err;
  EXPECT_THAT(txt_messages[0], HasSubstr("empty page"));
  EXPECT_THAT(ids_of(parse_jsonl(run.out)), ElementsAre("ok-1", "ok-5", "good-3"));
}

TEST(CleanCli, OnlyEmptyPagesExitNonZero) {
  TempDir dir;
  const std::string jsonl = dir.write("pages.jsonl", "{\"id\": \"blank\", \"text\": \" \"}\n\n");
  const std::string txt = dir.write("empty.txt", "\n\n");
  const ProcessResult run = run_marsad({"clean", jsonl, txt});

  EXPECT_NE(run.exit_code, 0);
  EXPECT_EQ(run.signal, 0);
  EXPECT_THAT(messages_about(run, jsonl + ":1"), SizeIs(1)) << run.err;
  EXPECT_THAT(messages_about(run, txt), SizeIs(1)) << run.err;
  EXPECT_EQ(run.out.size(), 0u);
}

// 50 MB of prose with a line break every `line_bytes` bytes (none if 0), as one JSON string.
std::string huge_text(size_t line_bytes) {
  const std::string sentence = "شهدت المدينة أمطارا غزيرة صباح اليوم وأعلنت السلطات رفع التأهب. ";
  std::string text;
  text.reserve((50u << 20) + sentence.size());
  size_t since_break = 0;
  while (text.size() < (50u << 20)) {
    text += sentence;
    since_break += sentence.size();
    if (line_bytes && since_break >= line_bytes) {
      text += "\\n";
      since_break = 0;
    }
  }
  return text;
}

// The contract's 50 MB line is skipped with a message: documents are limited to 8 MiB
// (ReadOptions::max_document_bytes), and the reader measures a longer line without holding
// it, so the run's memory stays far below the line's size.
TEST(CleanCli, FiftyMegabyteLineIsSkippedWithoutHoldingIt) {
  TempDir dir;
  const GoodInputs good = write_good_inputs(dir);
  const std::string jsonl =
      dir.write("huge.jsonl", jsonl_page("before", "بنزرت") + "{\"id\": \"huge\", \"text\": \"" +
                                  huge_text(0) + "\"}\n" + jsonl_page("after", "قابس"));
  const std::string txt = dir.write("huge-page.txt", huge_text(0));
  const ProcessResult run = run_marsad({"clean", jsonl, txt, good.jsonl});

  EXPECT_EQ(run.exit_code, 0) << run.err;
  const auto line_messages = messages_about(run, jsonl + ":2");
  ASSERT_THAT(line_messages, SizeIs(1)) << run.err;
  EXPECT_THAT(line_messages[0], HasSubstr("longer than the limit"));
  const auto page_messages = messages_about(run, txt);
  ASSERT_THAT(page_messages, SizeIs(1)) << run.err;
  EXPECT_THAT(page_messages[0], HasSubstr("longer than the limit"));
  EXPECT_THAT(ids_of(parse_jsonl(run.out)), ElementsAre("before", "after", "good-1", "good-2"));
  EXPECT_LT(run.peak_rss_kb, 50 << 10) << "the 50 MB line was held in memory";
}

// Big pages the reader accepts are cleaned, not just read: a page of 2 MiB (30 times the
// largest SaudiNewsNet article) made of thousands of short lines that share words, the shape
// of a table or a list dump, must neither exhaust memory nor spin. Two shapes: each line
// holding the one before it whole ("... 1", "... 12", "... 123"), and lines drawn from a small
// vocabulary. The limits only turn a runaway into a quick failure: a cleaner linear in the
// page needs a few seconds and a few tens of MB here.
TEST(CleanCli, BigPagesOfManySimilarLinesAreCleanedInBoundedMemory) {
  TempDir dir;
  constexpr size_t kPageBytes = 2u << 20;
  const std::string sentence = "شهدت المدينة أمطارا غزيرة صباح اليوم وأعلنت السلطات رفع التأهب";
  std::string nested, vocabulary;
  std::string number;
  for (size_t i = 0; nested.size() < kPageBytes; ++i) {
    number += std::to_string(i % 10);
    if (number.size() > 40) number = std::to_string(i);
    nested += sentence + " " + number + "\n\n";
  }
  const std::vector<std::string> words = {"المدينة", "أمطار",  "غزيرة",  "صباح",   "اليوم",
                                          "السلطات", "التأهب", "الإنقاذ", "البلدية", "المياه",
                                          "الطرق",   "السكان", "التنقل", "الساعات", "القادمة"};
  uint64_t seed = 12345;
  while (vocabulary.size() < kPageBytes) {
    for (int w = 0; w < 12; ++w) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      vocabulary += words[(seed >> 33) % words.size()] + " ";
    }
    vocabulary += ".\n\n";
  }
  const std::string jsonl = dir.write(
      "big.jsonl", jsonl_page("small-1", "بنزرت") +
                       nlohmann::json{{"id", "nested"}, {"text", nested}}.dump() + "\n" +
                       nlohmann::json{{"id", "vocabulary"}, {"text", vocabulary}}.dump() + "\n" +
                       jsonl_page("small-4", "قابس"));
  const ProcessResult run =
      run_marsad({"clean", jsonl}, "", RunLimits{.address_space_bytes = 1ull << 30, .cpu_seconds = 60});

  EXPECT_EQ(run.signal, 0) << "ended by a signal (SIGXCPU " << SIGXCPU << ": the CPU guard)";
  EXPECT_EQ(run.exit_code, 0) << run.err.substr(0, 2000);
  const std::vector<std::string> ids = ids_of(parse_jsonl(run.out));
  // Whatever becomes of the big pages, the pages around them come out (a page that runs
  // out of memory is reported and skipped, not the end of the run).
  for (const char* small : {"small-1", "small-4"})
    EXPECT_NE(std::find(ids.begin(), ids.end(), small), ids.end()) << small << " lost";
  EXPECT_THAT(messages_about(run, jsonl), IsEmpty()) << run.err.substr(0, 2000);
  EXPECT_THAT(ids, ElementsAre("small-1", "nested", "vocabulary", "small-4"));
  EXPECT_LT(run.peak_rss_kb, 256 << 10);
}

TEST(CleanCli, OnlyAFiftyMegabyteLineExitsNonZero) {
  TempDir dir;
  const std::string jsonl =
      dir.write("huge.jsonl", "{\"id\": \"huge\", \"text\": \"" + huge_text(4096) + "\"}\n");
  const ProcessResult run = run_marsad({"clean", jsonl});

  EXPECT_NE(run.exit_code, 0);
  EXPECT_EQ(run.signal, 0);
  EXPECT_THAT(messages_about(run, jsonl + ":1"), SizeIs(1)) << run.err;
  EXPECT_EQ(run.out.size(), 0u);
}

TEST(CleanCli, JsonLinesThatDoNotParseAreNamedByLine) {
  TempDir dir;
  const GoodInputs good = write_good_inputs(dir);
  const std::string jsonl = dir.write(
      "pages.jsonl", jsonl_page("ok-1", "بنزرت") +                    // 1
                         "{\"id\": \"cut\", \"text\": \"نص مقطوع\n" +  // 2: cut short
                         "this is not json\n" +                        // 3
                         "{\"id\": \"x\", \"text\": \"a\"} trailing\n" +  // 4: text after it
                         "[\"an\", \"array\"]\n" +                     // 5: not an object
                         "{\"id\": \"no-text\", \"title\": \"t\"}\n" +  // 6: no text field
                         jsonl_page("ok-7", "قابس"));                   // 7
  const ProcessResult run = run_marsad({"clean", jsonl, good.jsonl});

  EXPECT_EQ(run.exit_code, 0) << run.err;
  for (const std::string line : {":2", ":3", ":4"}) {
    const auto messages = messages_about(run, jsonl + line);
    ASSERT_THAT(messages, SizeIs(1)) << line << "\n" << run.err;
    EXPECT_THAT(messages[0], HasSubstr("does not parse"));
  }
  EXPECT_THAT(messages_about(run, jsonl + ":5"), SizeIs(1)) << run.err;
  EXPECT_THAT(messages_about(run, jsonl + ":6"), SizeIs(1)) << run.err;
  EXPECT_THAT(messages_about(run, jsonl + ":1"), IsEmpty()) << run.err;
  EXPECT_THAT(messages_about(run, jsonl + ":7"), IsEmpty()) << run.err;
  EXPECT_THAT(ids_of(parse_jsonl(run.out)), ElementsAre("ok-1", "ok-7", "good-1", "good-2"));
}

TEST(CleanCli, OnlyJsonThatDoesNotParseExitsNonZero) {
  TempDir dir;
  const std::string jsonl = dir.write("pages.jsonl", "{\"id\": 1, \"text\": \n{{{\n");
  const ProcessResult run = run_marsad({"clean", jsonl});

  EXPECT_NE(run.exit_code, 0);
  EXPECT_EQ(run.signal, 0);
  EXPECT_THAT(messages_about(run, jsonl + ":1"), SizeIs(1)) << run.err;
  EXPECT_THAT(messages_about(run, jsonl + ":2"), SizeIs(1)) << run.err;
  EXPECT_EQ(run.out.size(), 0u);
}

TEST(CleanCli, StandardInputProblemsNameStdinAndLine) {
  const std::string input = jsonl_page("in-1", "بنزرت") + "{not json\n" + jsonl_page("in-3", "قابس");
  const ProcessResult run = run_marsad({"clean"}, input);

  EXPECT_EQ(run.exit_code, 0) << run.err;
  const auto messages = messages_about(run, "stdin:2");
  ASSERT_THAT(messages, SizeIs(1)) << run.err;
  EXPECT_THAT(messages[0], HasSubstr("does not parse"));
  EXPECT_THAT(ids_of(parse_jsonl(run.out)), ElementsAre("in-1", "in-3"));
}

TEST(CleanCli, EmptyStandardInputExitsNonZero) {
  const ProcessResult run = run_marsad({"clean", "-"});

  EXPECT_NE(run.exit_code, 0);
  EXPECT_EQ(run.signal, 0);
  EXPECT_EQ(run.out.size(), 0u);
}

TEST(CleanCli, OutWritesTheFileAndNothingToStandardOutput) {
  TempDir dir;
  const GoodInputs good = write_good_inputs(dir);
  const std::string out = dir.at("clean.jsonl");
  const ProcessResult run = run_marsad({"clean", "--quiet", "--out", out, good.jsonl});

  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.size(), 0u);
  EXPECT_THAT(run.err, IsEmpty());
  std::ifstream file(out, std::ios::binary);
  const std::string written((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  EXPECT_THAT(ids_of(parse_jsonl(written)), ElementsAre("good-1", "good-2"));
}

TEST(CleanCli, HelpExitsZeroAndListsTheOptions) {
  const ProcessResult run = run_marsad({"clean", "--help"});

  EXPECT_EQ(run.exit_code, 0) << run.err;
  for (const char* option : {"--out", "--summary", "--batch", "--no-split", "--quiet", "--help"})
    EXPECT_THAT(run.out, HasSubstr(option));
  EXPECT_THAT(run.out, HasSubstr("usage: marsad clean"));
  EXPECT_EQ(run_marsad({"clean", "-h"}).out, run.out);
}

TEST(CleanCli, UnknownOptionsAreNamedAndExitNonZero) {
  TempDir dir;
  const GoodInputs good = write_good_inputs(dir);
  // "-q" once passed for a file named "-q"; "--quiet=yes" was called an unknown option.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"--frobnicate", "unknown option --frobnicate"},
      {"-q", "unknown option -q"},
      {"--quiet=yes", "--quiet takes no value"}};
  for (const auto& [option, message] : cases) {
    SCOPED_TRACE(option);
    const ProcessResult run = run_marsad({"clean", option, good.jsonl});
    EXPECT_NE(run.exit_code, 0);
    EXPECT_EQ(run.signal, 0);
    const auto messages = lines_containing(run.err, "marsad clean");
    ASSERT_THAT(messages, SizeIs(1)) << run.err;
    EXPECT_THAT(messages[0], HasSubstr(message));
    EXPECT_THAT(messages[0], HasSubstr("--help"));
    EXPECT_EQ(run.out.size(), 0u) << "nothing is cleaned when the command line is wrong";
  }
}

TEST(CleanCli, BadOptionValuesAreNamedAndExitNonZero) {
  TempDir dir;
  const GoodInputs good = write_good_inputs(dir);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"clean", "--batch", "0", good.jsonl},
        std::vector<std::string>{"clean", "--batch", "many", good.jsonl},
        // Once taken as 18446744073709551615 and 12: a batch as big as the input, silently.
        std::vector<std::string>{"clean", "--batch", "-1", good.jsonl},
        std::vector<std::string>{"clean", "--batch", "12abc", good.jsonl},
        std::vector<std::string>{"clean", good.jsonl, "--out"},
        std::vector<std::string>{"clean", "--out", dir.at("no-such-folder/out.jsonl"), good.jsonl}}) {
    SCOPED_TRACE(args[1] + " " + args[2]);
    const ProcessResult run = run_marsad(args);
    EXPECT_NE(run.exit_code, 0);
    EXPECT_EQ(run.signal, 0);
    EXPECT_THAT(run.err, Not(IsEmpty()));
    EXPECT_THAT(lines_containing(run.err, "marsad clean"), SizeIs(1)) << run.err;
    EXPECT_EQ(run.out.size(), 0u);
  }
}

}  // namespace
}  // namespace marsad::e2e
