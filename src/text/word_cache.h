// A bounded map from a word to what an expensive function made of it (a stem,
// an analysis), for the hot loops of the text layer: news text repeats a small
// vocabulary, so most words are looked up far more often than they are new.
//
//   WordCache<std::string> stems(1 << 16);
//   const std::string* s = stems.find(word);
//   if (s == nullptr) s = &stems.insert(word, stemmer.stem(word));
//
// Two generations: new entries go to the current one; when it holds `capacity`
// entries it becomes the previous one and the older one is dropped. A word
// found in the previous generation moves to the current one, so the words in
// steady use survive every turn while memory stays under 2 x capacity entries.
// Not thread-safe: one per thread (or per object that is used by one thread).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace marsad::text {

template <typename Value>
class WordCache {
 public:
  explicit WordCache(size_t capacity) : capacity_(capacity) {}

  // The value stored for word, or nullptr. The pointer is valid until the next insert().
  const Value* find(std::string_view word) {
    if (auto it = current_.find(word); it != current_.end()) return &it->second;
    auto old = previous_.find(word);
    if (old == previous_.end()) return nullptr;
    auto node = previous_.extract(old);
    return &insert_node(std::move(node));
  }

  // Stores value for word (which must not be stored yet) and returns the stored copy.
  const Value& insert(std::string_view word, Value value) {
    rotate_if_full();
    return current_.emplace(std::string(word), std::move(value)).first->second;
  }

  size_t size() const { return current_.size() + previous_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Map = std::unordered_map<std::string, Value, Hash, std::equal_to<>>;

  void rotate_if_full() {
    if (current_.size() < capacity_) return;
    previous_ = std::move(current_);
    current_ = Map();
    current_.reserve(capacity_);
  }

  const Value& insert_node(typename Map::node_type node) {
    rotate_if_full();
    return current_.insert(std::move(node)).position->second;
  }

  size_t capacity_;
  Map current_, previous_;
};

}  // namespace marsad::text
