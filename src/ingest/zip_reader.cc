#include "ingest/zip_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libdeflate.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <new>

namespace marsad {
namespace {

// ZIP's fixed-size records (APPNOTE 4.3): signatures and sizes.
constexpr uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr uint32_t kEndSignature = 0x06054b50;
constexpr uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr size_t kLocalHeaderBytes = 30;
constexpr size_t kCentralHeaderBytes = 46;
constexpr size_t kEndBytes = 22;
constexpr size_t kZip64LocatorBytes = 20;
constexpr size_t kMaxCommentBytes = 0xFFFF;

constexpr uint16_t kStored = 0, kDeflated = 8;
constexpr uint16_t kEncryptedFlags = 0x0001 | 0x0040;  // traditional and strong encryption
constexpr uint8_t kUnixHost = 3;
// A deflate stream inflates to at most about 1032 times its size.
constexpr uint64_t kMaxDeflateRatio = 1032;

uint16_t le16(const unsigned char* p) { return static_cast<uint16_t>(p[0] | p[1] << 8); }
uint32_t le32(const unsigned char* p) {
  return static_cast<uint32_t>(p[0]) | static_cast<uint32_t>(p[1]) << 8 |
         static_cast<uint32_t>(p[2]) << 16 | static_cast<uint32_t>(p[3]) << 24;
}

}  // namespace

ZipReader::~ZipReader() {
  if (fd_ >= 0) ::close(fd_);
  if (decompressor_ != nullptr) libdeflate_free_decompressor(decompressor_);
}

bool ZipReader::read_at(uint64_t offset, void* buffer, size_t size) const {
  auto* out = static_cast<char*>(buffer);
  while (size > 0) {
    const ssize_t n = ::pread(fd_, out, size, static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    out += n;
    offset += static_cast<uint64_t>(n);
    size -= static_cast<size_t>(n);
  }
  return true;
}

bool ZipReader::open(const std::string& path) {
  path_ = path;
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) return false;
  struct stat info {};
  if (::fstat(fd_, &info) != 0 || !S_ISREG(info.st_mode)) return false;
  file_size_ = static_cast<uint64_t>(info.st_size);
  if (file_size_ < kLocalHeaderBytes + kEndBytes) return false;

  // An archive that does not open with a member (an empty or self-extracting one) is left
  // to the general reader.
  unsigned char head[4];
  if (!read_at(0, head, sizeof head) || le32(head) != kLocalHeaderSignature) return false;

  // The end record is the last thing in the file, followed only by its comment.
  const size_t tail_size = static_cast<size_t>(std::min<uint64_t>(file_size_, kEndBytes + kMaxCommentBytes));
  const uint64_t tail_offset = file_size_ - tail_size;
  std::string tail(tail_size, '\0');
  if (!read_at(tail_offset, tail.data(), tail_size)) return false;
  const auto* t = reinterpret_cast<const unsigned char*>(tail.data());
  size_t end_at = tail_size;  // in `tail`
  for (size_t i = tail_size - kEndBytes + 1; i-- > 0;) {
    if (le32(t + i) == kEndSignature && i + kEndBytes + le16(t + i + 20) == tail_size) {
      end_at = i;
      break;
    }
  }
  if (end_at == tail_size) return false;
  const unsigned char* end = t + end_at;
  const uint16_t disk = le16(end + 4), directory_disk = le16(end + 6);
  const uint16_t entries_here = le16(end + 8), entries = le16(end + 10);
  const uint32_t directory_size = le32(end + 12), directory_offset = le32(end + 16);
  if (disk != 0 || directory_disk != 0 || entries_here != entries || entries == 0xFFFF ||
      directory_size == 0xFFFFFFFF || directory_offset == 0xFFFFFFFF) {
    return false;  // spanned, or ZIP64
  }
  const uint64_t end_offset = tail_offset + end_at;
  if (end_at >= kZip64LocatorBytes && le32(end - kZip64LocatorBytes) == kZip64LocatorSignature) return false;
  if (uint64_t{directory_offset} + directory_size > end_offset) return false;

  std::string directory(directory_size, '\0');
  if (!read_at(directory_offset, directory.data(), directory_size)) return false;
  const auto* d = reinterpret_cast<const unsigned char*>(directory.data());
  size_t at = 0;
  members_.clear();
  members_.reserve(entries);
  for (size_t k = 0; k < entries; ++k) {
    if (at + kCentralHeaderBytes > directory_size || le32(d + at) != kCentralHeaderSignature) return false;
    const unsigned char* h = d + at;
    const uint8_t host = h[5];
    const uint16_t flags = le16(h + 8);
    ZipMember member;
    member.method = le16(h + 10);
    member.crc32 = le32(h + 16);
    member.compressed_size = le32(h + 20);
    member.size = le32(h + 24);
    const size_t name_bytes = le16(h + 28), extra_bytes = le16(h + 30), comment_bytes = le16(h + 32);
    const uint16_t start_disk = le16(h + 34);
    const uint32_t external = le32(h + 38);
    member.local_header_offset = le32(h + 42);
    const size_t next = at + kCentralHeaderBytes + name_bytes + extra_bytes + comment_bytes;
    if (next > directory_size) return false;
    if ((flags & kEncryptedFlags) != 0 || start_disk != 0) return false;
    if (member.method != kStored && member.method != kDeflated) return false;
    if (member.compressed_size == 0xFFFFFFFF || member.size == 0xFFFFFFFF ||
        member.local_header_offset == 0xFFFFFFFF) {
      return false;  // ZIP64
    }
    if (member.size > kMaxMemberBytes) return false;
    if (member.method == kStored && member.size != member.compressed_size) return false;
    if (member.method == kDeflated && member.size > member.compressed_size * kMaxDeflateRatio + 1024)
      return false;
    if (member.local_header_offset + kLocalHeaderBytes + member.compressed_size > directory_offset)
      return false;
    member.name.assign(reinterpret_cast<const char*>(h + kCentralHeaderBytes), name_bytes);
    const uint32_t unix_type = (external >> 16) & 0170000;
    member.regular_file = !member.name.empty() && member.name.back() != '/' &&
                          !(host == kUnixHost && unix_type != 0 && unix_type != 0100000);
    members_.push_back(std::move(member));
    at = next;
  }
  std::stable_sort(members_.begin(), members_.end(), [](const ZipMember& a, const ZipMember& b) {
    return a.local_header_offset < b.local_header_offset;
  });
  return true;
}

Status ZipReader::member_error(const ZipMember& member, const std::string& what) const {
  return Status::invalid_input(path_ + "!" + member.name, "corrupt archive member: " + what + "; skipped");
}

Status ZipReader::extract(size_t index, std::string& out, size_t padding) {
  const ZipMember& member = members_.at(index);
  unsigned char local[kLocalHeaderBytes];
  if (!read_at(member.local_header_offset, local, sizeof local))
    return Status::io_error(path_ + "!" + member.name, std::string("read error: ") + std::strerror(errno));
  if (le32(local) != kLocalHeaderSignature) return member_error(member, "no local header where the directory puts it");
  const uint64_t data_offset =
      member.local_header_offset + kLocalHeaderBytes + le16(local + 26) + le16(local + 28);
  if (data_offset + member.compressed_size > file_size_)
    return member_error(member, "its data runs past the end of the file");

  const auto size = static_cast<size_t>(member.size);
  // Every byte up to `size` is written below: a buffer reused from a larger member is only
  // cut to size, and a growing one is emptied first so that reserving copies nothing.
  if (out.capacity() < size + padding) {
    out.clear();
    out.reserve(size + padding);
  }
  out.resize(size);
  if (member.method == kStored) {
    if (!read_at(data_offset, out.data(), size))
      return Status::io_error(path_ + "!" + member.name, std::string("read error: ") + std::strerror(errno));
  } else {
    compressed_.resize(static_cast<size_t>(member.compressed_size));
    if (!read_at(data_offset, compressed_.data(), compressed_.size()))
      return Status::io_error(path_ + "!" + member.name, std::string("read error: ") + std::strerror(errno));
    if (decompressor_ == nullptr) {
      decompressor_ = libdeflate_alloc_decompressor();
      if (decompressor_ == nullptr) throw std::bad_alloc();
    }
    // With no actual-size argument libdeflate fails unless the data fills `out` exactly.
    const libdeflate_result result = libdeflate_deflate_decompress(
        decompressor_, compressed_.data(), compressed_.size(), out.data(), size, nullptr);
    if (result != LIBDEFLATE_SUCCESS) {
      return member_error(member, result == LIBDEFLATE_BAD_DATA
                                      ? "the deflate data is damaged"
                                      : "the data does not inflate to the size the directory records");
    }
  }
  if (libdeflate_crc32(0, out.data(), out.size()) != member.crc32)
    return member_error(member, "CRC-32 mismatch (the data is damaged)");
  return Status();
}

}  // namespace marsad
