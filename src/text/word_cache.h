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
//
// Each generation is an open-addressing table of 8-byte slots (a hash tag and
// an entry index) at most half full, over an array of entries: one probe of a
// small slot array instead of std::unordered_map's bucket, node and modulo per
// step, which made the lookups a third of the analyzer's time.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace marsad::text {

template <typename Value>
class WordCache {
 public:
  explicit WordCache(size_t capacity)
      : capacity_(capacity < 1 ? 1 : capacity), current_(capacity_), previous_(capacity_) {}

  // The value stored for word, or nullptr. The pointer is valid until the next insert().
  const Value* find(std::string_view word) {
    const uint64_t hash = std::hash<std::string_view>{}(word);
    if (Entry* e = current_.find(word, hash)) return &e->value;
    Entry* old = previous_.find(word, hash, /*erase=*/true);
    if (old == nullptr) return nullptr;
    Entry moved = std::move(*old);  // the turn below may clear the generation old is in
    rotate_if_full();
    return &current_.add(std::move(moved.word), std::move(moved.value), hash).value;
  }

  // Stores value for word (which must not be stored yet) and returns the stored copy.
  const Value& insert(std::string_view word, Value value) {
    const uint64_t hash = std::hash<std::string_view>{}(word);
    rotate_if_full();
    return current_.add(std::string(word), std::move(value), hash).value;
  }

  size_t size() const { return current_.size() + previous_.size(); }

 private:
  struct Entry {
    std::string word;
    Value value;
  };

  // One generation: at most `capacity` entries, slots a power of two >= 2 x capacity.
  class Generation {
   public:
    explicit Generation(size_t capacity)
        : slots_(std::bit_ceil(2 * capacity), 0), mask_(slots_.size() - 1) {
      entries_.reserve(capacity);
    }

    size_t size() const { return entries_.size() - erased_; }
    size_t added() const { return entries_.size(); }

    // The entry for word, or nullptr; with erase, its slot is marked erased
    // (the caller moves the entry out).
    Entry* find(std::string_view word, uint64_t hash, bool erase = false) {
      const uint32_t tag = tag_of(hash);
      for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
        const uint64_t slot = slots_[i];
        if (slot == 0) return nullptr;
        if (static_cast<uint32_t>(slot >> 32) != tag) continue;
        const uint32_t index = static_cast<uint32_t>(slot);
        if (index == kErased || entries_[index].word != word) continue;
        if (erase) {
          slots_[i] = (slot & ~uint64_t{0xffffffff}) | kErased;
          ++erased_;
        }
        return &entries_[index];
      }
    }

    Entry& add(std::string word, Value value, uint64_t hash) {
      size_t i = hash & mask_;
      while (slots_[i] != 0) i = (i + 1) & mask_;
      slots_[i] = (uint64_t{tag_of(hash)} << 32) | static_cast<uint32_t>(entries_.size());
      entries_.push_back(Entry{std::move(word), std::move(value)});
      return entries_.back();
    }

    void clear() {
      std::fill(slots_.begin(), slots_.end(), 0);
      entries_.clear();
      erased_ = 0;
    }

   private:
    static constexpr uint32_t kErased = 0xffffffff;
    // Never 0, so that a used slot is never 0 (the empty slot).
    static uint32_t tag_of(uint64_t hash) { return static_cast<uint32_t>(hash >> 32) | 1; }

    std::vector<uint64_t> slots_;
    size_t mask_;
    std::vector<Entry> entries_;
    size_t erased_ = 0;
  };

  // Entries are only appended between turns, so a full generation is one that
  // has been added `capacity` entries (erased slots still take room).
  void rotate_if_full() {
    if (current_.added() < capacity_) return;
    std::swap(previous_, current_);
    current_.clear();
  }

  size_t capacity_;
  Generation current_, previous_;
};

}  // namespace marsad::text
