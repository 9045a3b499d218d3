// Reading NER corpora in ANERcorp's format, and the train/dev/held-out split.
//
// Format: one "token tag" per line (the tag is the last field); a sentence ends
// after the token "." or at a blank line. Lines whose token is empty are
// skipped; a line with a single field is a token without a gold tag ("O").
//
//   std::vector<NerSentence> sentences;
//   Status s = read_ner_corpus(path, &sentences);
//   NerCorpusSplit split = split_ner_corpus(std::move(sentences), /*with_dev=*/false);
#pragma once

#include <string>
#include <vector>

#include "core/status.h"

namespace marsad::ner {

struct NerSentence {
  std::vector<std::string> tokens;
  std::vector<std::string> tags;  // one per token
};

// Reads a corpus file. Fails on an unreadable file, or on a tag that is not
// one of kNerTags (naming "path:line").
Status read_ner_corpus(const std::string& path, std::vector<NerSentence>* sentences);

struct NerCorpusSplit {
  std::vector<NerSentence> train;     // what a model is trained on
  std::vector<NerSentence> dev;       // for choosing settings (empty without with_dev)
  std::vector<NerSentence> held_out;  // the last 10%: measured on, never trained or tuned on
};

// ../shared/corpus/anercorp next to the source tree: where the ANERcorp
// training part and its gazetteers are kept (not part of the project).
std::string default_anercorp_dir();

// held_out is the last tenth of the sentences (n / 10 of them). With
// `with_dev`, dev is the tenth just before it and train the rest; without,
// train is everything before held_out (what the shipped model is trained on).
NerCorpusSplit split_ner_corpus(std::vector<NerSentence> sentences, bool with_dev);

}  // namespace marsad::ner
