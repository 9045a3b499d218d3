// What the subcommands share: argument parsing, problem reporting, progress.
#pragma once

#include <chrono>
#include <cstddef>
#include <fstream>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "core/status.h"

namespace marsad::cli {

// Arguments split into positionals, `--name value` options and `--flag`s.
struct ParsedArgs {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // the value of each option given
  std::map<std::string, std::vector<std::string>> repeated;  // every value of a repeatable option, in order
  std::set<std::string> flags;
  std::string error;  // non-empty if the arguments are malformed

  bool has(const std::string& flag) const { return flags.count(flag) > 0; }
  std::string get(const std::string& name, const std::string& fallback = "") const;
  // Every value a repeatable option was given, in order (empty if none).
  std::vector<std::string> get_all(const std::string& name) const;
};

// `value_options` lists the options that take a value (e.g. "--out"); `flag_options`
// the ones that don't ("-h" is "--help"). Anything else starting with "--" or with "-" and a
// letter is an error, and so is a flag given a value ("--quiet=yes"); "-" is a positional.
// A value option given twice is an error (the first would silently be lost), unless it is
// one of `repeatable_options` ("--set a=1 --set b=2"), whose values get_all() returns.
ParsedArgs parse_args(const std::vector<std::string>& args,
                      const std::set<std::string>& value_options,
                      const std::set<std::string>& flag_options,
                      const std::set<std::string>& repeatable_options = {});

// A whole number written in digits only (at most 9 of them), or nullopt: std::stoul
// alone would take "-1" for a huge number and "12abc" for 12.
std::optional<unsigned long> whole_number(const std::string& s);

// Where a command writes: the file --out names (created or truncated), else standard
// output. nullptr after one message naming the file if it cannot be written there.
std::ostream* open_output(const std::string& command, const ParsedArgs& parsed, std::ofstream* file);

// At most `bytes` bytes of s, cut at a character boundary, with "…" when cut.
std::string clip_utf8(const std::string& s, size_t bytes);

// Prints problems with the input as one line each on stderr, the first `limit`
// of them; the rest are counted and summed up by finish().
class ProblemReporter {
 public:
  ProblemReporter(std::string command, size_t limit = 50);
  void report(const Status& problem);
  size_t count() const { return count_; }
  void finish();

 private:
  std::string command_;
  size_t limit_;
  size_t count_ = 0;
};

// A progress line on stderr for long inputs: redrawn in place on a terminal,
// a line every few seconds otherwise, nothing for runs shorter than a second.
class Progress {
 public:
  explicit Progress(std::string what);
  void update(size_t documents);
  void finish(size_t documents);
  double seconds() const;

 private:
  std::string what_;
  std::chrono::steady_clock::time_point start_, last_;
  bool terminal_;
  bool shown_ = false;
};

}  // namespace marsad::cli
