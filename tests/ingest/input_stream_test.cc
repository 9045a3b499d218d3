#include "ingest/input_stream.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>

namespace marsad {
namespace {

// Hands out a string a few bytes at a time, as a pipe or a decompressor would.
class TrickleSource : public ByteSource {
 public:
  TrickleSource(std::string data, size_t step, bool fail_at_end = false)
      : data_(std::move(data)), step_(step), fail_at_end_(fail_at_end) {}
  long read(char* buffer, size_t size) override {
    if (position_ == data_.size() && fail_at_end_) return -1;
    const size_t n = std::min({size, step_, data_.size() - position_});
    std::memcpy(buffer, data_.data() + position_, n);
    position_ += n;
    return static_cast<long>(n);
  }
  std::string error() const override { return "broken pipe"; }

 private:
  std::string data_;
  size_t step_;
  bool fail_at_end_;
  size_t position_ = 0;
};

TEST(InputStreamTest, SplitsLinesAcrossReadsAndDropsCarriageReturns) {
  TrickleSource source("first\r\nsecond\n\nlast", 3);
  InputStream in(source);
  std::string line;
  std::vector<std::string> lines;
  while (in.next_line(line, 100)) lines.push_back(line);
  EXPECT_EQ(lines, (std::vector<std::string>{"first", "second", "", "last"}));
  EXPECT_FALSE(in.failed());
  EXPECT_EQ(in.bytes_read(), 19u);
}

TEST(InputStreamTest, OverlongLineIsMeasuredNotStored) {
  TrickleSource source("short\n" + std::string(5000, 'x') + "\nafter\n", 64);
  InputStream in(source);
  std::string line;
  ASSERT_TRUE(in.next_line(line, 100));
  EXPECT_EQ(line, "short");
  ASSERT_TRUE(in.next_line(line, 100));
  EXPECT_TRUE(line.empty());
  EXPECT_EQ(in.last_line_bytes(), 5000u);
  ASSERT_TRUE(in.next_line(line, 100));
  EXPECT_EQ(line, "after");
  EXPECT_FALSE(in.next_line(line, 100));
}

TEST(InputStreamTest, PeekConsumesNothing) {
  TrickleSource source("\xEF\xBB\xBF  \n [1]", 2);
  InputStream in(source);
  EXPECT_EQ(in.peek_first_significant_byte(), '[');
  EXPECT_EQ(in.peek(3), "\xEF\xBB\xBF");
  std::string rest;
  EXPECT_TRUE(in.read_rest(rest, 100));
  EXPECT_EQ(rest, "\xEF\xBB\xBF  \n [1]");
}

TEST(InputStreamTest, ReadRestOverTheLimitKeepsNothing) {
  TrickleSource source(std::string(300, 'y'), 16);
  InputStream in(source);
  std::string rest = "kept";
  EXPECT_FALSE(in.read_rest(rest, 100));
  EXPECT_EQ(rest, "kept");
  EXPECT_EQ(in.rest_bytes(), 300u);
}

TEST(InputStreamTest, LineCutByReadErrorIsNotReturned) {
  TrickleSource source("whole\npartial", 4, /*fail_at_end=*/true);
  InputStream in(source);
  std::string line;
  ASSERT_TRUE(in.next_line(line, 100));
  EXPECT_EQ(line, "whole");
  EXPECT_FALSE(in.next_line(line, 100));
  EXPECT_TRUE(in.failed());
  EXPECT_EQ(in.error(), "broken pipe");
}

}  // namespace
}  // namespace marsad
