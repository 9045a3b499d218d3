#include "ingest/input_stream.h"

#include <archive.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>

namespace marsad {
namespace {

constexpr size_t kBufferSize = 1 << 20;

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

FileSource::~FileSource() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

bool FileSource::open(const std::string& path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) {
    error_ = std::strerror(errno);
    return false;
  }
  owned_ = true;
  return true;
}

void FileSource::use_stdin() {
  fd_ = STDIN_FILENO;
  owned_ = false;
}

long FileSource::read(char* buffer, size_t size) {
  while (true) {
    const ssize_t n = ::read(fd_, buffer, size);
    if (n >= 0) return static_cast<long>(n);
    if (errno == EINTR) continue;
    error_ = std::strerror(errno);
    return -1;
  }
}

long ArchiveEntrySource::read(char* buffer, size_t size) {
  const la_ssize_t n = archive_read_data(reader_, buffer, size);
  if (n >= 0) return static_cast<long>(n);
  const char* message = archive_error_string(reader_);
  error_ = message ? message : "unreadable archive data";
  return -1;
}

long MemorySource::read(char* buffer, size_t size) {
  const size_t n = std::min(size, data_.size());
  std::memcpy(buffer, data_.data(), n);
  data_.remove_prefix(n);
  return static_cast<long>(n);
}

InputStream::InputStream(ByteSource& source)
    : source_(source), buffer_(new char[kBufferSize]) {}

bool InputStream::fill() {
  if (at_end_) return false;
  // Keep the unconsumed bytes, at the front, and read after them.
  if (begin_ > 0) {
    std::memmove(buffer_.get(), buffer_.get() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == kBufferSize) return true;
  const long n = source_.read(buffer_.get() + end_, kBufferSize - end_);
  if (n <= 0) {
    at_end_ = true;
    failed_ = n < 0;
    return false;
  }
  end_ += static_cast<size_t>(n);
  bytes_read_ += static_cast<uint64_t>(n);
  return true;
}

bool InputStream::next_line(std::string& line, size_t max_bytes) {
  line.clear();
  last_line_bytes_ = 0;
  bool consumed_any = false;
  bool too_long = false;
  while (true) {
    if (begin_ == end_ && !fill()) {
      if (failed_) return false;  // a line cut by a read error is not a line
      if (!consumed_any) return false;
      break;
    }
    consumed_any = true;
    const char* start = buffer_.get() + begin_;
    const size_t available = end_ - begin_;
    const auto* newline = static_cast<const char*>(std::memchr(start, '\n', available));
    const size_t chunk = newline ? static_cast<size_t>(newline - start) : available;
    last_line_bytes_ += chunk;
    if (!too_long) {
      if (line.size() + chunk > max_bytes) {
        too_long = true;
        std::string().swap(line);
      } else {
        line.append(start, chunk);
      }
    }
    begin_ += chunk + (newline ? 1 : 0);
    if (newline) break;
  }
  if (!too_long && !line.empty() && line.back() == '\r') {
    line.pop_back();
    --last_line_bytes_;
  }
  return true;
}

bool InputStream::read_rest(std::string& out, size_t max_bytes) {
  const size_t original_size = out.size();
  rest_bytes_ = 0;
  bool too_long = false;
  while (begin_ < end_ || fill()) {
    const size_t chunk = end_ - begin_;
    rest_bytes_ += chunk;
    if (!too_long) {
      if (rest_bytes_ > max_bytes) {
        too_long = true;
        out.resize(original_size);
      } else {
        out.append(buffer_.get() + begin_, chunk);
      }
    }
    begin_ = end_;
  }
  return !too_long;
}

int InputStream::peek_first_significant_byte() {
  size_t offset = peek(3) == "\xEF\xBB\xBF" ? 3 : 0;  // from begin_, which fill() may move
  while (true) {
    const char* data = buffer_.get() + begin_;
    const size_t available = end_ - begin_;
    while (offset < available && is_ascii_space(data[offset])) ++offset;
    if (offset < available) return static_cast<unsigned char>(data[offset]);
    if (available == kBufferSize || !fill()) return -1;
  }
}

std::string InputStream::peek(size_t n) {
  while (end_ - begin_ < n && end_ - begin_ < kBufferSize && fill()) {
  }
  return std::string(buffer_.get() + begin_, std::min(n, end_ - begin_));
}

}  // namespace marsad
