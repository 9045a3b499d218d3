// The `marsad` command's subcommands.
//
// Each subcommand lives in its own file under src/cli/ and registers itself:
//
//   static int run_clean(const std::vector<std::string>& args);
//   MARSAD_COMMAND("clean", "clean crawled pages into articles (JSONL)", run_clean);
//
// `run` gets the arguments after the subcommand's name and returns the exit
// code. The files are compiled into the binary itself, so registration is kept.
#pragma once

#include <string>
#include <vector>

namespace marsad::cli {

using CommandFn = int (*)(const std::vector<std::string>& args);

struct Command {
  const char* name;
  const char* summary;
  CommandFn run;
};

// Adds a command to the registry; returns true so it can initialize a static.
bool register_command(const Command& command);
const std::vector<Command>& commands();

}  // namespace marsad::cli

#define MARSAD_CONCAT_INNER(a, b) a##b
#define MARSAD_CONCAT(a, b) MARSAD_CONCAT_INNER(a, b)
#define MARSAD_COMMAND(name, summary, fn)                                  \
  static const bool MARSAD_CONCAT(marsad_registered_, __LINE__) =           \
      ::marsad::cli::register_command(::marsad::cli::Command{name, summary, fn})
