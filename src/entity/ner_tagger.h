// Arabic named-entity tagger: finds persons (PERS), places (LOC),
// organizations (ORG) and other names (MISC) in text, with the model trained
// by `marsad train-ner` on ANERcorp.
//
//   NerTagger tagger;
//   Status s = NerTagger::load(NerTagger::default_model_path(), &tagger);
//   if (!s.ok()) { std::cerr << s.to_string() << "\n"; return 1; }
//   for (const EntitySpan& e : tagger.tag(article_text)) {
//     // e.type == "PERS", article_text.substr(e.begin, e.end - e.begin) == e.text
//   }
//
// A loaded tagger is immutable: tag() and tag_tokens() may be called from many
// threads at once. Copies share the model. Tagging goes through
// ner::CompiledNerModel, which keeps a 4 MB cache of recent words per
// tagging thread.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "entity/ner_compiled_model.h"
#include "entity/ner_model.h"

namespace marsad {

// One entity found in a text.
struct EntitySpan {
  std::string type;   // "PERS", "LOC", "ORG" or "MISC"
  size_t begin = 0;   // byte offset of its first byte in the tagged text
  size_t end = 0;     // one past its last byte
  std::string text;   // the text's bytes [begin, end)
  // The place the name means where its context decided it (عمان beside Jordan
  // is Amman: PlaceGazetteer::read_homonyms); "" to look the text up.
  std::string place_key;
};

class NerTagger {
 public:
  // data_path("models/ner-ar.model") (core/data_dir.h: the MARSAD_DATA_DIR
  // environment variable, else the source tree's data/): where `marsad
  // train-ner` writes.
  static std::string default_model_path();

  // Loads a model file. A missing file fails with a message saying to run
  // `marsad train-ner`; a file that is not a model fails naming it.
  static Status load(const std::string& path, NerTagger* tagger);

  // A tagger over a model already in memory (e.g. just trained).
  static NerTagger from_model(ner::NerModel model);

  // Whether a model is loaded; tag() on an empty tagger finds nothing.
  bool loaded() const { return model_ != nullptr; }

  // Tokenizes `text` (ner_text.h), splits it into sentences (a sentence ends
  // at . ! ? ؟ or a line break), tags them as one document (the model's
  // document pass sees the text's other sentences) and returns the entities
  // in text order.
  std::vector<EntitySpan> tag(std::string_view text) const;

  // Tags tokens already split the way ANERcorp is; returns one BIO tag per
  // token ("O", "B-PERS", "I-PERS", ...). Sentences are split at "." tokens;
  // the tokens are one document.
  std::vector<std::string> tag_tokens(const std::vector<std::string>& tokens) const;

  // Tags sentences of tokens (in document order) as one document; returns one
  // BIO tag per token of each sentence.
  std::vector<std::vector<std::string>> tag_document(const std::vector<std::vector<std::string>>& sentences) const;

  const ner::NerModel* model() const { return model_.get(); }

 private:
  static NerTagger from_model_pointer(std::shared_ptr<const ner::NerModel> model);

  std::shared_ptr<const ner::NerModel> model_;
  std::shared_ptr<const ner::CompiledNerModel> compiled_;  // model_ prepared for tagging
};

}  // namespace marsad
