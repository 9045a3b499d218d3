// A fresh folder under the system's temp folder for one test, removed with
// everything in it when the test ends. Shared by the tests that read files.
//
//   TempDir dir;
//   const std::string page = dir.write("pages/a.txt", "...");   // creates pages/
//   read_documents(dir.path().string(), ...);
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

namespace marsad::testing_support {

class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("marsad_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // The path of `name` inside the folder (nothing is created).
  std::string at(const std::string& name) const { return (path_ / name).string(); }

  // Writes `content` to `name` (creating its folders) and returns the file's path.
  std::string write(const std::string& name, const std::string& content) const {
    const std::filesystem::path file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file.string();
  }

 private:
  std::filesystem::path path_;
};

}  // namespace marsad::testing_support
