// Status: the outcome of an operation that a user's input can make fail.
//
// A bad document or a missing file is an outcome to record and report, not an
// exception: functions that can fail that way return a Status (or fill one),
// and the caller decides whether to skip and count or to stop.
//
//   Status s = reader.open(path);
//   if (!s.ok()) { std::cerr << s.to_string() << "\n"; ++skipped; }
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace marsad {

class Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidInput, kIoError, kUnsupported };

  Status() = default;
  static Status ok_status() { return Status(); }
  static Status not_found(std::string where, std::string what) {
    return Status(Code::kNotFound, std::move(where), std::move(what));
  }
  static Status invalid_input(std::string where, std::string what) {
    return Status(Code::kInvalidInput, std::move(where), std::move(what));
  }
  static Status io_error(std::string where, std::string what) {
    return Status(Code::kIoError, std::move(where), std::move(what));
  }
  static Status unsupported(std::string where, std::string what) {
    return Status(Code::kUnsupported, std::move(where), std::move(what));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The input the problem is about: a path, "path:line", a document id.
  const std::string& where() const { return where_; }
  // What is wrong with it, and where useful what to do.
  const std::string& what() const { return what_; }
  // "where: what", the one line shown to a user.
  std::string to_string() const;

 private:
  Status(Code code, std::string where, std::string what)
      : code_(code), where_(std::move(where)), what_(std::move(what)) {}

  Code code_ = Code::kOk;
  std::string where_;
  std::string what_;
};

}  // namespace marsad
