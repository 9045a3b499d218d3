#include "text/stopwords.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>

#include "core/data_dir.h"
#include "text/normalize.h"

namespace marsad::text {
namespace {

class StopwordLists {
 public:
  StopwordLists() {
    dir_ = stopwords_dir();
    std::error_code ec;
    std::filesystem::directory_iterator files(dir_, ec);
    if (ec) {
      std::fprintf(stderr,
                   "marsad: no stopword lists: cannot read %s (%s); set MARSAD_DATA_DIR to the "
                   "folder that holds stopwords/; no stopwords will be dropped\n",
                   dir_.c_str(), ec.message().c_str());
      dir_missing_ = true;
      return;
    }
    for (const auto& file : files) {
      if (file.path().extension() != ".txt") continue;
      load(file.path().stem().string(), file.path());
    }
  }

  const WordSet* find(std::string_view lang) const {
    auto it = lists_.find(lang);
    if (it != lists_.end()) return &it->second;
    if (!dir_missing_) warn_once(lang);
    return nullptr;
  }

 private:
  void load(const std::string& lang, const std::filesystem::path& path) {
    std::ifstream in(path);
    WordSet& words = lists_[lang];
    std::string line;
    while (std::getline(in, line)) {
      const size_t comment = line.find('#');
      if (comment != std::string::npos) line.resize(comment);
      std::string word = normalize_for_matching(line);
      if (!word.empty()) words.insert(std::move(word));
    }
  }

  void warn_once(std::string_view lang) const {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!warned_.emplace(lang).second) return;
    std::fprintf(stderr, "marsad: no stopword list for language '%.*s' (no %s/%.*s.txt); "
                 "its stopwords are kept\n",
                 static_cast<int>(lang.size()), lang.data(), dir_.c_str(),
                 static_cast<int>(lang.size()), lang.data());
  }

  std::string dir_;
  bool dir_missing_ = false;
  std::map<std::string, WordSet, std::less<>> lists_;
  mutable std::mutex mutex_;
  mutable std::set<std::string, std::less<>> warned_;
};

const StopwordLists& lists() {
  static const StopwordLists instance;
  return instance;
}

}  // namespace

std::string stopwords_dir() { return data_path("stopwords"); }

const WordSet* stopword_list(std::string_view lang) { return lists().find(lang); }

bool is_stopword(std::string_view lang, std::string_view word) {
  const WordSet* words = stopword_list(lang);
  return words != nullptr && words->find(word) != words->end();
}

}  // namespace marsad::text
