// Archives and page data written by the ingest tests: a ZIP or a gzipped tar
// through libarchive's writer, and random letters that compress poorly (so a
// member of them spans many deflate blocks).
//
//   write_archive(dir.at("day.zip"), {{"day/", "", true}, {"day/a.json", "[...]"}});
//   write_archive(dir.at("pages.tar.gz"), {{"x/a.txt", "one"}}, ArchiveFormat::kTarGz);
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace marsad::testing_support {

struct ArchiveMember {
  std::string name;
  std::string data;
  bool directory = false;
};

enum class ArchiveFormat { kZip, kStoredZip, kTarGz };

// Writes `members` in order to an archive at `path`; fails the test if libarchive does.
inline void write_archive(const std::string& path, const std::vector<ArchiveMember>& members,
                          ArchiveFormat format = ArchiveFormat::kZip) {
  struct archive* writer = archive_write_new();
  if (format == ArchiveFormat::kTarGz) {
    archive_write_add_filter_gzip(writer);
    archive_write_set_format_pax_restricted(writer);
  } else {
    archive_write_set_format_zip(writer);
  }
  if (format == ArchiveFormat::kStoredZip) {
    ASSERT_EQ(archive_write_set_options(writer, "zip:compression=store"), ARCHIVE_OK);
  }
  ASSERT_EQ(archive_write_open_filename(writer, path.c_str()), ARCHIVE_OK);
  for (const ArchiveMember& member : members) {
    struct archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, member.name.c_str());
    archive_entry_set_size(entry, static_cast<la_int64_t>(member.data.size()));
    archive_entry_set_filetype(entry, member.directory ? AE_IFDIR : AE_IFREG);
    archive_entry_set_perm(entry, member.directory ? 0755 : 0644);
    ASSERT_EQ(archive_write_header(writer, entry), ARCHIVE_OK);
    if (!member.data.empty()) {
      ASSERT_EQ(archive_write_data(writer, member.data.data(), member.data.size()),
                static_cast<la_ssize_t>(member.data.size()));
    }
    archive_entry_free(entry);
  }
  archive_write_close(writer);
  archive_write_free(writer);
}

// n random lower-case letters from the generator seeded with `seed`.
inline std::string random_letters(size_t n, unsigned seed) {
  std::mt19937 random(seed);
  std::string out(n, ' ');
  for (char& c : out) c = static_cast<char>('a' + random() % 26);
  return out;
}

}  // namespace marsad::testing_support
