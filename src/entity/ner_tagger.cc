#include "entity/ner_tagger.h"

#include "core/data_dir.h"
#include "entity/ner_features.h"
#include "entity/ner_text.h"

namespace marsad {
namespace {

constexpr std::string_view kEntityTypes[] = {"PERS", "LOC", "ORG", "MISC"};

// Tags tokens split into sentences at `ends` (one past each sentence's last
// token) as one document; returns one tag index per token.
std::vector<int> tag_sentences(const ner::CompiledNerModel& model, const std::vector<std::string_view>& tokens,
                               const std::vector<size_t>& ends) {
  std::vector<int> tags;
  model.tag_document(tokens, ends, &tags);
  return tags;
}

}  // namespace

std::string NerTagger::default_model_path() { return data_path("models/ner-ar.model"); }

Status NerTagger::load(const std::string& path, NerTagger* tagger) {
  auto model = std::make_shared<ner::NerModel>();
  Status s = ner::NerModel::load(path, model.get());
  if (!s.ok()) return s;
  *tagger = from_model_pointer(std::move(model));
  return Status::ok_status();
}

NerTagger NerTagger::from_model(ner::NerModel model) {
  return from_model_pointer(std::make_shared<const ner::NerModel>(std::move(model)));
}

NerTagger NerTagger::from_model_pointer(std::shared_ptr<const ner::NerModel> model) {
  NerTagger tagger;
  tagger.compiled_ = std::make_shared<const ner::CompiledNerModel>(model);
  tagger.model_ = std::move(model);
  return tagger;
}

std::vector<std::string> NerTagger::tag_tokens(const std::vector<std::string>& tokens) const {
  std::vector<std::string> out;
  if (!model_) {
    out.assign(tokens.size(), "O");
    return out;
  }
  const std::vector<std::string_view> views(tokens.begin(), tokens.end());
  std::vector<size_t> ends;
  for (size_t i = 0; i < views.size(); ++i) {
    if (views[i] == ".") ends.push_back(i + 1);
  }
  if (ends.empty() || ends.back() != views.size()) ends.push_back(views.size());
  const std::vector<int> tags = tag_sentences(*compiled_, views, ends);
  out.reserve(tags.size());
  for (int t : tags) out.emplace_back(ner::kNerTags[t]);
  return out;
}

std::vector<std::vector<std::string>> NerTagger::tag_document(
    const std::vector<std::vector<std::string>>& sentences) const {
  std::vector<std::string_view> views;
  std::vector<size_t> ends;
  for (const auto& sentence : sentences) {
    views.insert(views.end(), sentence.begin(), sentence.end());
    ends.push_back(views.size());
  }
  const std::vector<int> tags =
      model_ ? tag_sentences(*compiled_, views, ends) : std::vector<int>(views.size(), 0);
  std::vector<std::vector<std::string>> out(sentences.size());
  size_t at = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (size_t i = 0; i < sentences[s].size(); ++i) out[s].emplace_back(ner::kNerTags[tags[at++]]);
  }
  return out;
}

std::vector<EntitySpan> NerTagger::tag(std::string_view text) const {
  std::vector<EntitySpan> entities;
  if (!model_) return entities;
  const std::vector<ner::NerToken> tokens = ner::tokenize_for_ner(text);
  std::vector<std::string_view> views;
  views.reserve(tokens.size());
  for (const ner::NerToken& t : tokens) views.push_back(t.text);

  std::vector<size_t> ends;
  size_t first = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const bool line_break_before =
        i > first && text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end).find('\n') !=
                         std::string_view::npos;
    if (line_break_before) {
      ends.push_back(i);
      first = i;
    }
    if (ner::is_sentence_end_token(views[i])) {
      ends.push_back(i + 1);
      first = i + 1;
    }
  }
  if (first < tokens.size()) ends.push_back(tokens.size());
  const std::vector<int> tags = tag_sentences(*compiled_, views, ends);

  // Tag k: 0 is O, odd is B- and even is I- of type (k - 1) / 2.
  int open_type = -1;
  for (size_t i = 0; i < tags.size(); ++i) {
    const int t = tags[i];
    const int type = t == 0 ? -1 : (t - 1) / 2;
    const bool inside = t != 0 && t % 2 == 0;
    if (inside && type == open_type) {
      entities.back().end = tokens[i].end;
      continue;
    }
    open_type = type;
    if (type >= 0) entities.push_back(EntitySpan{std::string(kEntityTypes[type]), tokens[i].begin, tokens[i].end, {}, {}});
  }
  for (EntitySpan& e : entities) e.text = std::string(text.substr(e.begin, e.end - e.begin));
  return entities;
}

}  // namespace marsad
