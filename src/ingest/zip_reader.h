// Reading the members of a ZIP file whole into memory, inflated by libdeflate: several times
// faster than streaming them through libarchive and zlib, for the corpora's daily ZIPs of JSON.
//
//   ZipReader zip;
//   if (!zip.open(path)) { ...read `path` with libarchive instead... }
//   std::string data;
//   for (size_t i = 0; i < zip.members().size(); ++i) {
//     if (!zip.members()[i].regular_file) continue;
//     if (Status s = zip.extract(i, data); !s.ok()) { report(s); continue; }  // others still read
//     ...use data...
//   }
//
// What is handled is what ZIP writers commonly produce: one-disk archives of stored (method 0)
// and deflated (method 8) members, with or without data descriptors (the sizes and CRC-32 are
// taken from the central directory). Anything else (ZIP64, encryption, another method, a
// spanned archive, a central directory that is missing, cut short or inconsistent, a member
// too large to hold in memory) makes open() decline, so that the caller reads the file with
// its general archive reader, which streams and reports such archives its own way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"

struct libdeflate_decompressor;

namespace marsad {

struct ZipMember {
  std::string name;  // the path inside the archive, as stored
  uint16_t method = 0;  // 0 stored, 8 deflated
  uint32_t crc32 = 0;
  uint64_t compressed_size = 0;
  uint64_t size = 0;  // uncompressed
  uint64_t local_header_offset = 0;
  bool regular_file = true;  // false for a directory or a link
};

class ZipReader {
 public:
  // Members larger than this (uncompressed) are not held whole: open() declines the archive.
  static constexpr uint64_t kMaxMemberBytes = uint64_t{1} << 30;

  ZipReader() = default;
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  // Opens `path` and reads its central directory. True if this reader handles the archive;
  // false if the file cannot be opened or is not a ZIP of the kind described above (the
  // caller then falls back to another reader, which reports what is wrong, if anything).
  bool open(const std::string& path);

  // The members in the order their data is stored in the file (directories and links
  // included, marked by regular_file).
  const std::vector<ZipMember>& members() const { return members_; }

  // Replaces `out` with the data of member `index`, leaving at least `padding` bytes of
  // spare capacity after it (for parsers that read past the end). A member whose data is
  // damaged (a bad local header, data past the end of the file, deflate data that does not
  // inflate to the recorded size, a CRC-32 mismatch) gives a Status naming
  // "path!member" and what is wrong; `out` is then unspecified. Other members still extract.
  Status extract(size_t index, std::string& out, size_t padding = 0);

 private:
  bool read_at(uint64_t offset, void* buffer, size_t size) const;
  Status member_error(const ZipMember& member, const std::string& what) const;

  int fd_ = -1;
  uint64_t file_size_ = 0;
  std::string path_;
  std::vector<ZipMember> members_;
  std::string compressed_;  // reused between members
  libdeflate_decompressor* decompressor_ = nullptr;
};

}  // namespace marsad
