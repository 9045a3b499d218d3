// What the end-to-end tests share: running the built `marsad` binary as a user would, in a
// temp folder of the test's own, and reading its JSON lines back.
//
//   TempDir dir;
//   const std::string pages = dir.write("pages.jsonl", R"({"id":"a","text":"..."})" "\n");
//   const ProcessResult run = run_marsad({"clean", pages});
//   EXPECT_EQ(run.exit_code, 0) << run.err;
//   for (const nlohmann::json& page : parse_jsonl(run.out)) ...
//
// The binary is the one the build made (MARSAD_BINARY, set by CMakeLists.txt), or the one the
// environment variable MARSAD_E2E_BINARY names (to check another build); its standard input
// gets `input` and is then closed, so a run never waits for a terminal.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "../temp_dir.h"

namespace marsad::e2e {

using testing_support::TempDir;

// What one run of the binary did.
struct ProcessResult {
  int exit_code = -1;    // the exit status; -1 if it did not exit (see signal)
  int signal = 0;        // the signal that ended it, 0 if none
  std::string out, err;  // all it wrote to standard output and standard error
  long peak_rss_kb = 0;  // its peak resident set size (getrusage's ru_maxrss)
};

// Resource limits for the run (0: none). A guard, not a measure: a regression that would
// exhaust the shared machine or spin for minutes ends the run (and fails the test) instead.
struct RunLimits {
  size_t address_space_bytes = 0;  // RLIMIT_AS: an allocation beyond it fails (std::bad_alloc)
  long cpu_seconds = 0;            // RLIMIT_CPU: the run is killed (SIGXCPU) beyond it
};

// Runs MARSAD_BINARY with `args`, feeding `input` to its standard input, and waits for it.
// A failure to start the process at all fails the calling test.
inline ProcessResult run_marsad(const std::vector<std::string>& args, const std::string& input = "",
                                const RunLimits& limits = {}) {
  ProcessResult result;
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe2(in_pipe, O_CLOEXEC) || pipe2(out_pipe, O_CLOEXEC) || pipe2(err_pipe, O_CLOEXEC)) {
    ADD_FAILURE() << "pipe: " << std::strerror(errno);
    return result;
  }
  const char* binary = std::getenv("MARSAD_E2E_BINARY");
  std::vector<std::string> argv_strings{binary && *binary ? binary : MARSAD_BINARY};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);

  const pid_t pid = fork();
  if (pid < 0) {
    ADD_FAILURE() << "fork: " << std::strerror(errno);
    return result;
  }
  if (pid == 0) {
    dup2(in_pipe[0], STDIN_FILENO);
    dup2(out_pipe[1], STDOUT_FILENO);
    dup2(err_pipe[1], STDERR_FILENO);
    if (limits.address_space_bytes) {
      const rlimit as{limits.address_space_bytes, limits.address_space_bytes};
      setrlimit(RLIMIT_AS, &as);
    }
    if (limits.cpu_seconds) {
      const rlimit cpu{static_cast<rlim_t>(limits.cpu_seconds), static_cast<rlim_t>(limits.cpu_seconds)};
      setrlimit(RLIMIT_CPU, &cpu);
    }
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  // A child that exits without reading its input must not kill the test with SIGPIPE.
  signal(SIGPIPE, SIG_IGN);

  // Standard input is written while both outputs are drained, so that no pipe fills up and
  // stalls the two processes waiting on each other.
  size_t written = 0;
  int in_fd = in_pipe[1];
  if (input.empty()) {
    close(in_fd);
    in_fd = -1;
  } else {
    fcntl(in_fd, F_SETFL, O_NONBLOCK);
  }
  bool out_open = true, err_open = true;
  char buffer[1 << 16];
  while (out_open || err_open || in_fd >= 0) {
    pollfd fds[3];
    nfds_t n = 0;
    if (out_open) fds[n++] = {out_pipe[0], POLLIN, 0};
    if (err_open) fds[n++] = {err_pipe[0], POLLIN, 0};
    if (in_fd >= 0) fds[n++] = {in_fd, POLLOUT, 0};
    if (poll(fds, n, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (nfds_t i = 0; i < n; ++i) {
      if (fds[i].revents == 0) continue;
      if (fds[i].fd == in_fd) {
        const ssize_t w = write(in_fd, input.data() + written, input.size() - written);
        if (w > 0) written += static_cast<size_t>(w);
        if (w < 0 && errno != EAGAIN && errno != EINTR) written = input.size();
        if (written == input.size()) {
          close(in_fd);
          in_fd = -1;
        }
        continue;
      }
      const ssize_t r = read(fds[i].fd, buffer, sizeof buffer);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) {
        (fds[i].fd == out_pipe[0] ? out_open : err_open) = false;
        continue;
      }
      (fds[i].fd == out_pipe[0] ? result.out : result.err).append(buffer, static_cast<size_t>(r));
    }
  }
  if (in_fd >= 0) close(in_fd);
  close(out_pipe[0]);
  close(err_pipe[0]);

  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  result.peak_rss_kb = usage.ru_maxrss;
  return result;
}

// The JSON values of `jsonl`'s lines, in order. A line that is not valid JSON (nlohmann is
// strict, invalid UTF-8 included) fails the calling test and is left out.
inline std::vector<nlohmann::json> parse_jsonl(const std::string& jsonl) {
  std::vector<nlohmann::json> values;
  std::istringstream lines(jsonl);
  std::string line;
  size_t number = 0;
  while (std::getline(lines, line)) {
    ++number;
    nlohmann::json value = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) {
      ADD_FAILURE() << "output line " << number << " is not valid JSON: " << line.substr(0, 200);
      continue;
    }
    values.push_back(std::move(value));
  }
  return values;
}

// The "id" of each output line, in order.
inline std::vector<std::string> ids_of(const std::vector<nlohmann::json>& pages) {
  std::vector<std::string> ids;
  for (const auto& page : pages) ids.push_back(page.value("id", std::string("(no id)")));
  return ids;
}

// The lines of `text` that contain `needle`.
inline std::vector<std::string> lines_containing(const std::string& text, const std::string& needle) {
  std::vector<std::string> found;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.find(needle) != std::string::npos) found.push_back(line);
  }
  return found;
}

}  // namespace marsad::e2e
