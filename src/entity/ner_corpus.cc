#include "entity/ner_corpus.h"

#include <fstream>
#include <iterator>

#include "entity/ner_spans.h"

// The shared corpora sit next to the source tree, not in the data folder that
// MARSAD_DATA_DIR may move elsewhere, so the build-time location is kept here.
#ifndef MARSAD_DATA_DIR
#define MARSAD_DATA_DIR "data"
#endif

namespace marsad::ner {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

Status read_ner_corpus(const std::string& path, std::vector<NerSentence>* sentences) {
  std::ifstream in(path);
  if (!in) return Status::not_found(path, "cannot open the corpus file");
  sentences->clear();
  NerSentence current;
  auto end_sentence = [&] {
    if (!current.tokens.empty()) sentences->push_back(std::move(current));
    current = NerSentence{};
  };
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    while (!line.empty() && is_blank(line.back())) line.pop_back();
    if (line.empty()) {
      end_sentence();
      continue;
    }
    if (is_blank(line[0])) continue;  // an empty token
    const size_t token_end = line.find_first_of(" \t");
    std::string token = line.substr(0, token_end);
    std::string tag = "O";
    if (token_end != std::string::npos) {
      const size_t tag_begin = line.find_last_of(" \t") + 1;
      tag = line.substr(tag_begin);
    }
    if (ner_tag_index(tag) < 0) {
      return Status::invalid_input(path + ":" + std::to_string(line_number),
                                   "unknown tag '" + tag + "' (expected O, B-/I- PERS, LOC, ORG or MISC)");
    }
    const bool ends = token == ".";
    current.tokens.push_back(std::move(token));
    current.tags.push_back(std::move(tag));
    if (ends) end_sentence();
  }
  if (in.bad()) return Status::io_error(path, "read error");
  end_sentence();
  return Status::ok_status();
}

std::string default_anercorp_dir() { return std::string(MARSAD_DATA_DIR) + "/../../shared/corpus/anercorp"; }

NerCorpusSplit split_ner_corpus(std::vector<NerSentence> sentences, bool with_dev) {
  const size_t n = sentences.size();
  const size_t held_out_begin = n - n / 10;
  const size_t dev_begin = with_dev ? held_out_begin - n / 10 : held_out_begin;
  NerCorpusSplit split;
  auto move_range = [&](size_t a, size_t b, std::vector<NerSentence>* to) {
    to->assign(std::make_move_iterator(sentences.begin() + a), std::make_move_iterator(sentences.begin() + b));
  };
  move_range(0, dev_begin, &split.train);
  move_range(dev_begin, held_out_begin, &split.dev);
  move_range(held_out_begin, n, &split.held_out);
  return split;
}

}  // namespace marsad::ner
