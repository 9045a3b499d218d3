#include "entity/ner_tagger.h"

#include "entity/ner_features.h"
#include "entity/ner_text.h"

#ifndef MARSAD_DATA_DIR
#define MARSAD_DATA_DIR "data"
#endif

namespace marsad {
namespace {

constexpr std::string_view kEntityTypes[] = {"PERS", "LOC", "ORG", "MISC"};

// Tags tokens[first, last) as one sentence, appending tag indices.
void tag_range(const ner::NerModel& model, const std::vector<std::string_view>& tokens, size_t first,
               size_t last, ner::SentenceFeatures* features, std::vector<int>* sentence_tags,
               std::vector<int>* all_tags) {
  if (last <= first) return;
  ner::extract_features(model.resources, std::span(tokens.data() + first, last - first), features);
  model.tag_features(*features, sentence_tags);
  all_tags->insert(all_tags->end(), sentence_tags->begin(), sentence_tags->end());
}

}  // namespace

std::string NerTagger::default_model_path() { return std::string(MARSAD_DATA_DIR) + "/models/ner-ar.model"; }

Status NerTagger::load(const std::string& path, NerTagger* tagger) {
  auto model = std::make_shared<ner::NerModel>();
  Status s = ner::NerModel::load(path, model.get());
  if (!s.ok()) return s;
  tagger->model_ = std::move(model);
  return Status::ok_status();
}

NerTagger NerTagger::from_model(ner::NerModel model) {
  NerTagger tagger;
  tagger.model_ = std::make_shared<const ner::NerModel>(std::move(model));
  return tagger;
}

std::vector<std::string> NerTagger::tag_tokens(const std::vector<std::string>& tokens) const {
  std::vector<std::string> out;
  if (!model_) {
    out.assign(tokens.size(), "O");
    return out;
  }
  const std::vector<std::string_view> views(tokens.begin(), tokens.end());
  ner::SentenceFeatures features;
  std::vector<int> sentence_tags, tags;
  size_t first = 0;
  for (size_t i = 0; i < views.size(); ++i) {
    if (views[i] == ".") {
      tag_range(*model_, views, first, i + 1, &features, &sentence_tags, &tags);
      first = i + 1;
    }
  }
  tag_range(*model_, views, first, views.size(), &features, &sentence_tags, &tags);
  out.reserve(tags.size());
  for (int t : tags) out.emplace_back(ner::kNerTags[t]);
  return out;
}

std::vector<EntitySpan> NerTagger::tag(std::string_view text) const {
  std::vector<EntitySpan> entities;
  if (!model_) return entities;
  const std::vector<ner::NerToken> tokens = ner::tokenize_for_ner(text);
  std::vector<std::string_view> views;
  views.reserve(tokens.size());
  for (const ner::NerToken& t : tokens) views.push_back(t.text);

  ner::SentenceFeatures features;
  std::vector<int> sentence_tags, tags;
  tags.reserve(tokens.size());
  size_t first = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const bool line_break_before =
        i > first && text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end).find('\n') !=
                         std::string_view::npos;
    if (line_break_before) {
      tag_range(*model_, views, first, i, &features, &sentence_tags, &tags);
      first = i;
    }
    if (ner::is_sentence_end_token(views[i])) {
      tag_range(*model_, views, first, i + 1, &features, &sentence_tags, &tags);
      first = i + 1;
    }
  }
  tag_range(*model_, views, first, tokens.size(), &features, &sentence_tags, &tags);

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
    if (type >= 0) entities.push_back(EntitySpan{std::string(kEntityTypes[type]), tokens[i].begin, tokens[i].end, {}});
  }
  for (EntitySpan& e : entities) e.text = std::string(text.substr(e.begin, e.end - e.begin));
  return entities;
}

}  // namespace marsad
