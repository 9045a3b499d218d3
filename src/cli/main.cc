#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"

namespace marsad::cli {

std::vector<Command>& mutable_commands() {
  static std::vector<Command> all;
  return all;
}

bool register_command(const Command& command) {
  mutable_commands().push_back(command);
  return true;
}

const std::vector<Command>& commands() { return mutable_commands(); }

}  // namespace marsad::cli

namespace {

void print_usage(std::ostream& out) {
  auto all = marsad::cli::commands();
  std::sort(all.begin(), all.end(),
            [](const auto& a, const auto& b) { return std::strcmp(a.name, b.name) < 0; });
  out << "marsad: a news-monitoring engine (Arabic first)\n\n"
         "usage: marsad COMMAND [OPTIONS] [ARGS...]\n\ncommands:\n";
  for (const auto& c : all) {
    out << "  " << c.name << std::string(c.name ? std::max<int>(1, 12 - (int)std::strlen(c.name)) : 1, ' ')
        << c.summary << "\n";
  }
  out << "\n'marsad COMMAND --help' describes a command.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
      !std::strcmp(argv[1], "help")) {
    print_usage(std::cout);
    return argc < 2 ? 2 : 0;
  }
  if (!std::strcmp(argv[1], "--version")) {
    std::cout << "marsad 0.1.0\n";
    return 0;
  }
  const std::string name = argv[1];
  for (const auto& c : marsad::cli::commands()) {
    if (name == c.name) return c.run(std::vector<std::string>(argv + 2, argv + argc));
  }
  std::cerr << "marsad: unknown command '" << name << "'; 'marsad --help' lists the commands\n";
  return 2;
}
