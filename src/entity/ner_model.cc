#include "entity/ner_model.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>

namespace marsad::ner {
namespace {

constexpr std::string_view kMagic = "marsad-ner-model 2\n";

template <class T>
void put(std::string* out, T value) {
  out->append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <class T>
bool get(std::string_view* in, T* value) {
  if (in->size() < sizeof(T)) return false;
  std::memcpy(value, in->data(), sizeof(T));
  in->remove_prefix(sizeof(T));
  return true;
}

}  // namespace

void WeightTable::build(const std::vector<uint64_t>& keys, const std::vector<int16_t>& weights) {
  size_t capacity = 16;
  while (capacity * 7 < keys.size() * 10) capacity *= 2;  // load factor at most 0.7
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  size_ = 0;
  for (size_t r = 0; r < keys.size(); ++r) {
    if (keys[r] == kEmpty) continue;
    size_t s = keys[r] & mask_;
    while (slots_[s].key != kEmpty && slots_[s].key != keys[r]) s = (s + 1) & mask_;
    if (slots_[s].key == kEmpty) ++size_;
    slots_[s].key = keys[r];
    std::memcpy(slots_[s].weights, &weights[r * kNerTagCount], sizeof slots_[s].weights);
  }
}

void NerModel::tag_features(const SentenceFeatures& features, std::vector<int>* tags) const {
  decode_tags<int32_t>([this](uint64_t key) { return weights.find(key); }, features, mode, tags);
}

void NerModel::tag_document(const std::vector<SentenceFeatures>& sentences,
                            std::vector<std::vector<int>>* tags) const {
  const size_t n = sentences.size();
  tags->resize(n);
  for (size_t s = 0; s < n; ++s) tag_features(sentences[s], &(*tags)[s]);
  if (doc_window == 0) return;
  const std::vector<std::vector<int>> first = *tags;
  DocumentMemory memory;
  SentenceFeatures with_document;
  // The memory holds sentences [lo, hi): a window sliding with s.
  size_t lo = 0, hi = 0;
  for (size_t s = 0; s < n; ++s) {
    const size_t want_lo = s > doc_window ? s - doc_window : 0;
    const size_t want_hi = std::min(n, s + doc_window + 1);
    for (; hi < want_hi; ++hi) memory.add(sentences[hi], first[hi], +1);
    for (; lo < want_lo; ++lo) memory.add(sentences[lo], first[lo], -1);
    if (memory.add_features(sentences[s], first[s], &with_document)) tag_features(with_document, &(*tags)[s]);
  }
}

std::vector<int> NerModel::tag_sentence(std::span<const std::string_view> tokens) const {
  std::vector<SentenceFeatures> sentence(1);
  extract_features(resources, tokens, &sentence[0]);
  std::vector<std::vector<int>> tags;
  tag_document(sentence, &tags);
  return std::move(tags[0]);
}

Status NerModel::save(const std::string& path) const {
  std::string out(kMagic);
  put<uint8_t>(&out, static_cast<uint8_t>(mode));
  put<uint8_t>(&out, kNerTagCount);
  put<uint16_t>(&out, doc_window);
  resources.gazetteer.write(&out);
  resources.triggers.write(&out);
  resources.clusters.write(&out);
  put<float>(&out, scale);
  put<uint64_t>(&out, weights.size());
  weights.for_each([&](uint64_t key, const int16_t* w) {
    uint16_t present = 0;
    for (int k = 0; k < kNerTagCount; ++k) {
      if (w[k] != 0) present |= uint16_t(1) << k;
    }
    put<uint64_t>(&out, key);
    put<uint16_t>(&out, present);
    for (int k = 0; k < kNerTagCount; ++k) {
      if (w[k] != 0) put<int16_t>(&out, w[k]);
    }
  });
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) return Status::io_error(path, "cannot create the model file");
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  file.close();
  if (!file) return Status::io_error(path, "write error while saving the model");
  return Status::ok_status();
}

Status NerModel::load(const std::string& path, NerModel* model) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return Status::not_found(path, "no NER model here; run `marsad train-ner` to build it");
  }
  std::stringstream buffer;
  buffer << file.rdbuf();
  const std::string data = buffer.str();
  std::string_view in(data);
  const auto corrupt = [&](const char* what) {
    return Status::invalid_input(path, std::string("not a valid NER model (") + what +
                                           "); rebuild it with `marsad train-ner`");
  };
  if (in.substr(0, kMagic.size()) != kMagic) return corrupt("unknown header or version");
  in.remove_prefix(kMagic.size());
  uint8_t mode = 0, tag_count = 0;
  if (!get(&in, &mode) || !get(&in, &tag_count) || mode > 1) return corrupt("bad decode mode");
  if (tag_count != kNerTagCount) return corrupt("different tag set");
  NerModel loaded;
  if (!get(&in, &loaded.doc_window)) return corrupt("truncated header");
  loaded.mode = static_cast<DecodeMode>(mode);
  if (!loaded.resources.gazetteer.read(&in) || !loaded.resources.triggers.read(&in) ||
      !loaded.resources.clusters.read(&in)) {
    return corrupt("truncated name lists");
  }
  uint64_t count = 0;
  if (!get(&in, &loaded.scale) || !get(&in, &count) || count > in.size() / 10) {
    return corrupt("truncated weights");
  }
  std::vector<uint64_t> keys(count);
  std::vector<int16_t> weights(count * kNerTagCount, 0);
  for (uint64_t r = 0; r < count; ++r) {
    uint16_t present = 0;
    if (!get(&in, &keys[r]) || !get(&in, &present)) return corrupt("truncated weights");
    for (int k = 0; k < kNerTagCount; ++k) {
      if ((present >> k & 1) && !get(&in, &weights[r * kNerTagCount + k])) {
        return corrupt("truncated weights");
      }
    }
  }
  if (!in.empty()) return corrupt("trailing bytes");
  loaded.weights.build(keys, weights);
  *model = std::move(loaded);
  return Status::ok_status();
}

}  // namespace marsad::ner
