// Buffered, bounded reading of one input (a file, standard input, an archive member).
//
//   FileSource file;
//   if (!file.open(path)) report(file.error());
//   InputStream in(file);
//   std::string line;
//   while (in.next_line(line, max)) { if (line.size() > max) ...skip... }
//
// Nothing longer than the caller's bound is ever held: an over-long line or document is
// consumed and measured, not stored.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct archive;

namespace marsad {

// A stream of bytes. read() returns the number of bytes read, 0 at the end, -1 on an error
// (then error() says what went wrong).
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual long read(char* buffer, size_t size) = 0;
  virtual std::string error() const = 0;
};

// A file on disk, or standard input.
class FileSource : public ByteSource {
 public:
  FileSource() = default;
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  // Opens `path` for reading; false (with error() set) if it cannot.
  bool open(const std::string& path);
  // Reads standard input (not closed by the destructor).
  void use_stdin();
  long read(char* buffer, size_t size) override;
  std::string error() const override { return error_; }

 private:
  int fd_ = -1;
  bool owned_ = false;
  std::string error_;
};

// The data of the current entry of a libarchive reader.
class ArchiveEntrySource : public ByteSource {
 public:
  explicit ArchiveEntrySource(struct archive* reader) : reader_(reader) {}
  long read(char* buffer, size_t size) override;
  std::string error() const override { return error_; }

 private:
  struct archive* reader_;
  std::string error_;
};

// Bytes already in memory (an archive member inflated whole); they must outlive the source.
class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view data) : data_(data) {}
  long read(char* buffer, size_t size) override;
  std::string error() const override { return {}; }

 private:
  std::string_view data_;
};

class InputStream {
 public:
  explicit InputStream(ByteSource& source);

  // Reads the next line (without its '\n' or a '\r' before it) into `line`. A line longer
  // than `max_bytes` is consumed but not stored: `line` is then left empty and
  // last_line_bytes() says how long it was. Returns false at the end of the input or on a
  // read error (see failed()); a last line cut short by a read error is not returned.
  bool next_line(std::string& line, size_t max_bytes);
  size_t last_line_bytes() const { return last_line_bytes_; }

  // Appends the rest of the input to `out` if it has at most `max_bytes` bytes and returns
  // true; otherwise consumes it, leaves `out` as it was and returns false. rest_bytes() says
  // how long the rest was either way.
  bool read_rest(std::string& out, size_t max_bytes);
  uint64_t rest_bytes() const { return rest_bytes_; }

  // The first byte after a UTF-8 BOM and ASCII whitespace, without consuming anything;
  // -1 if there is none within the first buffer (1 MiB) of unconsumed input.
  int peek_first_significant_byte();
  // The next `n` bytes (fewer if the input is shorter), without consuming them.
  std::string peek(size_t n);

  bool failed() const { return failed_; }
  std::string error() const { return source_.error(); }
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  // Reads more into the buffer; false at the end or on an error.
  bool fill();

  ByteSource& source_;
  std::unique_ptr<char[]> buffer_;
  size_t begin_ = 0;  // unconsumed bytes are buffer_[begin_, end_)
  size_t end_ = 0;
  bool at_end_ = false;
  bool failed_ = false;
  uint64_t bytes_read_ = 0;
  size_t last_line_bytes_ = 0;
  uint64_t rest_bytes_ = 0;
};

}  // namespace marsad
