#include "ingest/zip_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <libdeflate.h>

#include <filesystem>
#include <fstream>

#include "../temp_dir.h"
#include "test_archives.h"
#include "ingest/reader.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

using testing_support::ArchiveFormat;
using testing_support::TempDir;
using testing_support::write_archive;

std::string letters(size_t n) { return testing_support::random_letters(n, 11); }

void put16(std::string& out, uint32_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& out, uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}

// A zip of one stored member, byte by byte (APPNOTE 4.3), with the given CRC-32 and flags.
std::string stored_zip(const std::string& name, const std::string& data, uint32_t crc, uint16_t flags = 0) {
  std::string zip;
  put32(zip, 0x04034b50);
  put16(zip, 20), put16(zip, flags), put16(zip, 0), put16(zip, 0), put16(zip, 0);
  put32(zip, crc), put32(zip, data.size()), put32(zip, data.size());
  put16(zip, name.size()), put16(zip, 0);
  zip += name + data;
  const size_t directory_offset = zip.size();
  put32(zip, 0x02014b50);
  put16(zip, 20), put16(zip, 20), put16(zip, flags), put16(zip, 0), put16(zip, 0), put16(zip, 0);
  put32(zip, crc), put32(zip, data.size()), put32(zip, data.size());
  put16(zip, name.size()), put16(zip, 0), put16(zip, 0), put16(zip, 0), put16(zip, 0);
  put32(zip, 0), put32(zip, 0);
  zip += name;
  const size_t directory_size = zip.size() - directory_offset;
  put32(zip, 0x06054b50);
  put16(zip, 0), put16(zip, 0), put16(zip, 1), put16(zip, 1);
  put32(zip, directory_size), put32(zip, directory_offset), put16(zip, 0);
  return zip;
}

uint32_t crc_of(const std::string& data) { return libdeflate_crc32(0, data.data(), data.size()); }

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST(ZipReaderTest, DeflatedMembersExtractInFileOrder) {
  TempDir dir;
  const std::string path = dir.at("day.zip");
  const std::string big = letters(300000);
  write_archive(path, {{"day/", "", true}, {"day/a.json", R"([{"text": "one"}])"}, {"day/b.txt", big}});
  ZipReader zip;
  ASSERT_TRUE(zip.open(path));
  ASSERT_EQ(zip.members().size(), 3u);
  EXPECT_FALSE(zip.members()[0].regular_file);
  EXPECT_EQ(zip.members()[1].name, "day/a.json");
  EXPECT_EQ(zip.members()[2].name, "day/b.txt");
  EXPECT_EQ(zip.members()[2].method, 8);
  EXPECT_EQ(zip.members()[2].size, big.size());
  std::string data;
  ASSERT_TRUE(zip.extract(1, data).ok());
  EXPECT_EQ(data, R"([{"text": "one"}])");
  ASSERT_TRUE(zip.extract(2, data, 64).ok());
  EXPECT_EQ(data, big);
  EXPECT_GE(data.capacity(), big.size() + 64);
}

TEST(ZipReaderTest, StoredMembersExtract) {
  TempDir dir;
  const std::string path = dir.at("stored.zip");
  write_archive(path, {{"a.txt", "first page"}, {"b.txt", "second page"}}, ArchiveFormat::kStoredZip);
  ZipReader zip;
  ASSERT_TRUE(zip.open(path));
  ASSERT_EQ(zip.members().size(), 2u);
  EXPECT_EQ(zip.members()[0].method, 0);
  std::string data;
  ASSERT_TRUE(zip.extract(1, data).ok());
  EXPECT_EQ(data, "second page");
}

TEST(ZipReaderTest, HandMadeZipWithTheRightCrcExtracts) {
  TempDir dir;
  const std::string path = dir.at("hand.zip");
  write_file(path, stored_zip("page.txt", "hello zip", crc_of("hello zip")));
  ZipReader zip;
  ASSERT_TRUE(zip.open(path));
  std::string data;
  ASSERT_TRUE(zip.extract(0, data).ok());
  EXPECT_EQ(data, "hello zip");
}

TEST(ZipReaderTest, CrcMismatchIsOneErrorNamingArchiveAndMember) {
  TempDir dir;
  const std::string path = dir.at("hand.zip");
  write_file(path, stored_zip("page.txt", "hello zip", crc_of("hello zip") ^ 1));
  ZipReader zip;
  ASSERT_TRUE(zip.open(path));
  std::string data;
  const Status status = zip.extract(0, data);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.where(), path + "!page.txt");
  EXPECT_THAT(status.what(), HasSubstr("CRC-32"));
}

TEST(ZipReaderTest, DeclinesWhatItDoesNotHandle) {
  TempDir dir;
  ZipReader encrypted;
  const std::string locked = dir.at("locked.zip");
  write_file(locked, stored_zip("page.txt", "secret", crc_of("secret"), /*flags=*/1));
  EXPECT_FALSE(encrypted.open(locked));

  ZipReader cut;
  const std::string truncated = dir.at("cut.zip");
  write_archive(truncated, {{"a.txt", letters(5000)}});
  fs::resize_file(truncated, fs::file_size(truncated) - 10);  // the end record is gone
  EXPECT_FALSE(cut.open(truncated));

  ZipReader text;
  const std::string not_zip = dir.at("fake.zip");
  write_file(not_zip, "this is not a zip file at all, just some text");
  EXPECT_FALSE(text.open(not_zip));

  ZipReader missing;
  EXPECT_FALSE(missing.open(dir.at("absent.zip")));
}

TEST(ZipReaderTest, CorruptMemberIsReportedOnceAndTheOthersAreRead) {
  TempDir dir;
  const std::string path = dir.at("bad.zip");
  write_archive(path, {{"first.jsonl", "{\"text\": \"kept\"}\n"},
                   {"second.txt", letters(200000)},
                   {"third.json", R"([{"text": "also kept"}])"}});
  uint64_t damage_at = 0;
  {
    ZipReader zip;
    ASSERT_TRUE(zip.open(path));
    ASSERT_EQ(zip.members()[1].name, "second.txt");
    damage_at = zip.members()[1].local_header_offset + zip.members()[1].compressed_size / 2;
  }
  {
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(static_cast<std::streamoff>(damage_at));
    file << std::string(64, '\x5A');
  }
  std::vector<std::string> ids;
  std::vector<Status> problems;
  read_documents({path}, [&](RawDoc&& doc) { ids.push_back(doc.id); },
                 [&](const Status& problem) { problems.push_back(problem); });
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].where(), path + "!second.txt");
  EXPECT_THAT(problems[0].what(), HasSubstr("corrupt archive member"));
  EXPECT_EQ(ids, (std::vector<std::string>{"first/1", "third/0"}));
}

}  // namespace
}  // namespace marsad
