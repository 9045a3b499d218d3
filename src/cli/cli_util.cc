#include "cli/cli_util.h"

#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <iostream>

namespace marsad::cli {

std::string ParsedArgs::get(const std::string& name, const std::string& fallback) const {
  auto it = options.find(name);
  return it == options.end() ? fallback : it->second;
}

std::optional<unsigned long> whole_number(const std::string& s) {
  if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoul(s);
}

std::ostream* open_output(const std::string& command, const ParsedArgs& parsed, std::ofstream* file) {
  const std::string path = parsed.get("--out");
  if (path.empty()) return &std::cout;
  file->open(path, std::ios::binary | std::ios::trunc);
  if (!*file) {
    std::cerr << "marsad " << command << ": " << path << ": cannot write there (check the folder exists)\n";
    return nullptr;
  }
  return file;
}

std::vector<std::string> ParsedArgs::get_all(const std::string& name) const {
  auto it = repeated.find(name);
  return it == repeated.end() ? std::vector<std::string>{} : it->second;
}

ParsedArgs parse_args(const std::vector<std::string>& args,
                      const std::set<std::string>& value_options,
                      const std::set<std::string>& flag_options,
                      const std::set<std::string>& repeatable_options) {
  ParsedArgs parsed;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() > 2 && a.compare(0, 2, "--") == 0) {
      std::string name = a, value;
      const auto eq = a.find('=');
      const bool inline_value = eq != std::string::npos;
      if (inline_value) {
        name = a.substr(0, eq);
        value = a.substr(eq + 1);
      }
      if (value_options.count(name)) {
        if (!inline_value) {
          if (i + 1 >= args.size()) {
            parsed.error = name + " needs a value";
            return parsed;
          }
          value = args[++i];
        }
        if (repeatable_options.count(name)) {
          parsed.repeated[name].push_back(value);
        } else if (parsed.options.count(name)) {
          parsed.error = name + " given twice";
          return parsed;
        }
        parsed.options[name] = value;
      } else if (flag_options.count(name)) {
        if (inline_value) {
          parsed.error = name + " takes no value";
          return parsed;
        }
        parsed.flags.insert(name);
      } else {
        parsed.error = "unknown option " + name;
        return parsed;
      }
    } else if (a == "-h") {
      parsed.flags.insert("--help");
    } else if (a.size() > 1 && a[0] == '-' && std::isalpha(static_cast<unsigned char>(a[1]))) {
      // A short option such as -q would otherwise be taken for a file named "-q".
      parsed.error = "unknown option " + a;
      return parsed;
    } else {
      parsed.positional.push_back(a);
    }
  }
  return parsed;
}

ProblemReporter::ProblemReporter(std::string command, size_t limit)
    : command_(std::move(command)), limit_(limit) {}

void ProblemReporter::report(const Status& problem) {
  if (++count_ <= limit_) std::cerr << "marsad " << command_ << ": " << problem.to_string() << "\n";
}

void ProblemReporter::finish() {
  if (count_ > limit_)
    std::cerr << "marsad " << command_ << ": ... and " << (count_ - limit_)
              << " more problems like these\n";
}

Progress::Progress(std::string what)
    : what_(std::move(what)),
      start_(std::chrono::steady_clock::now()),
      last_(start_),
      terminal_(isatty(STDERR_FILENO)) {}

double Progress::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::update(size_t documents) {
  const auto now = std::chrono::steady_clock::now();
  const double since_last = std::chrono::duration<double>(now - last_).count();
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  if (elapsed < 1.0 || since_last < (terminal_ ? 0.2 : 5.0)) return;
  last_ = now;
  shown_ = true;
  char line[160];
  std::snprintf(line, sizeof line, "%s: %zu documents, %.0f/s, %.1f s", what_.c_str(), documents,
                documents / elapsed, elapsed);
  if (terminal_) std::cerr << "\r" << line << "\x1b[K" << std::flush;
  else std::cerr << line << "\n";
}

void Progress::finish(size_t) {
  if (shown_ && terminal_) std::cerr << "\r\x1b[K" << std::flush;
}

std::string clip_utf8(const std::string& s, size_t bytes) {
  if (s.size() <= bytes) return s;
  size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

}  // namespace marsad::cli
