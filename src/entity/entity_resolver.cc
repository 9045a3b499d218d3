#include "entity/entity_resolver.h"

#include <algorithm>
#include <limits>

#include "entity/name_variants.h"
#include "text/normalize.h"
#include "text/script.h"
#include "text/utf8.h"

namespace marsad::entity {
namespace {

constexpr size_t kNone = std::numeric_limits<size_t>::max();

using text::has_arabic_letter;

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

bool similar_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (!similar_skeletons(a[i], b[i])) return false;
  return true;
}

// name_skeleton, remembered per thread: the same names recur article after article.
std::vector<std::string> skeleton_of(std::string_view name) {
  thread_local WordMemo<std::vector<std::string>> memo;
  return memo.get(name, [](std::string_view n) { return name_skeleton(n); });
}

// Whether a span names a place the gazetteer knows, as this resolver trusts it.
PlaceMatch place_of(const EntitySpan& span, const PlaceGazetteer& places) {
  if (!span.place_key.empty())
    if (const Place* decided = places.place(span.place_key)) return PlaceMatch{decided, false, true};
  PlaceMatch m = places.lookup(span.text);
  if (!m) return {};
  if (m.demonym && span.type != "LOC") return {};
  if (span.type == "PERS" && !m.spottable) return {};
  return m;
}

}  // namespace

EntityResolver::EntityResolver(const PlaceGazetteer& places) : places_(&places) {}

void EntityResolver::clear() {
  entities_.clear();
  mention_entity_.clear();
}

size_t EntityResolver::root(size_t e) const {
  while (entities_[e].parent != e) e = entities_[e].parent;
  return e;
}

void EntityResolver::merge_into(size_t from, size_t into) {
  from = root(from);
  into = root(into);
  if (from == into) return;
  Entity& src = entities_[from];
  Entity& dst = entities_[into];
  src.parent = into;
  for (Form& f : src.forms) {
    auto same = std::find_if(dst.forms.begin(), dst.forms.end(),
                             [&](const Form& g) { return g.written == f.written; });
    if (same != dst.forms.end()) same->count += f.count;
    else dst.forms.push_back(f);
  }
  for (const std::string& r : src.roles)
    if (std::find(dst.roles.begin(), dst.roles.end(), r) == dst.roles.end()) dst.roles.push_back(r);
  for (const auto& [type, count] : src.types) {
    auto same = std::find_if(dst.types.begin(), dst.types.end(), [&](const auto& t) { return t.first == type; });
    if (same != dst.types.end()) same->second += count;
    else dst.types.emplace_back(type, count);
  }
  dst.mentions += src.mentions;
  dst.demonym_mentions += src.demonym_mentions;
  dst.arabic_mentions += src.arabic_mentions;
}

size_t EntityResolver::find_place_entity(const Place* place) const {
  for (size_t e = 0; e < entities_.size(); ++e)
    if (entities_[e].parent == e && entities_[e].place == place) return e;
  return kNone;
}

size_t EntityResolver::find_name_entity(const std::vector<std::string>& skeleton, bool person,
                                        size_t exclude) const {
  auto roots = [&](auto&& visit) {
    for (size_t e = 0; e < entities_.size(); ++e)
      if (e != exclude && entities_[e].parent == e && entities_[e].place == nullptr) visit(e);
  };
  size_t found = kNone;
  roots([&](size_t e) {
    for (const Form& f : entities_[e].forms)
      if (found == kNone && f.skeleton == skeleton) found = e;
  });
  if (found != kNone) return found;
  roots([&](size_t e) {
    for (const Form& f : entities_[e].forms)
      if (found == kNone && similar_words(f.skeleton, skeleton)) found = e;
  });
  if (found != kNone || !person || skeleton.size() != 1) return found;
  // One word of a person's name: the one person it ends (a surname), else the
  // one person it starts (a first name); two candidates are no answer.
  for (bool last : {true, false}) {
    size_t candidate = kNone;
    bool ambiguous = false;
    roots([&](size_t e) {
      for (const Form& f : entities_[e].forms) {
        if (f.skeleton.size() < 2) continue;
        const std::string& word = last ? f.skeleton.back() : f.skeleton.front();
        if (!similar_skeletons(word, skeleton[0])) continue;
        if (candidate != kNone && candidate != e) ambiguous = true;
        candidate = e;
      }
    });
    if (ambiguous) return kNone;
    if (candidate != kNone) return candidate;
  }
  return kNone;
}

ResolvedMention EntityResolver::add(const EntitySpan& span) {
  MentionInfo info{kNone, span.type, "", false};
  bool arabic = has_arabic_letter(span.text);
  if (PlaceMatch m = place_of(span, *places_)) {
    info.type = "LOC";
    info.demonym = m.demonym;
    size_t e = find_place_entity(m.place);
    if (e == kNone) {
      e = entities_.size();
      Entity created;
      created.parent = e;
      created.place = m.place;
      entities_.push_back(std::move(created));
    }
    Entity& entity = entities_[e];
    auto same = std::find_if(entity.forms.begin(), entity.forms.end(),
                             [&](const Form& f) { return f.written == span.text; });
    if (same != entity.forms.end()) ++same->count;
    else entity.forms.push_back(Form{span.text, {}, 1});
    ++entity.mentions;
    entity.demonym_mentions += m.demonym ? 1 : 0;
    entity.arabic_mentions += arabic ? 1 : 0;
    auto type = std::find_if(entity.types.begin(), entity.types.end(), [](const auto& t) { return t.first == "LOC"; });
    if (type != entity.types.end()) ++type->second;
    else entity.types.emplace_back("LOC", 1);
    info.entity = e;
    mention_entity_.push_back(info);
    return mention(mention_entity_.size() - 1);
  }

  TitledName titled = strip_titles(span.text);
  info.role = titled.role;
  const std::string& written = titled.name;
  std::vector<std::string> skeleton = skeleton_of(written);
  const bool person = span.type == "PERS";
  size_t e = kNone;
  if (!skeleton.empty()) {
    e = find_name_entity(skeleton, person, kNone);
    // A one-word mention may still carry a preposition (لماكرون، بماكرون).
    if (e == kNone && skeleton.size() == 1 && arabic) {
      std::string norm = text::normalize_for_matching(written);
      for (std::string_view reading : ProcliticReadings(norm)) {
        std::vector<std::string> alt = skeleton_of(reading);
        if (alt.empty() || alt == skeleton) continue;
        e = find_name_entity(alt, person, kNone);
        if (e != kNone) break;
      }
    }
  }
  if (e == kNone) {
    e = entities_.size();
    Entity created;
    created.parent = e;
    entities_.push_back(std::move(created));
  }
  e = root(e);
  {
    Entity& entity = entities_[e];
    auto same = std::find_if(entity.forms.begin(), entity.forms.end(),
                             [&](const Form& f) { return f.written == written; });
    if (same != entity.forms.end()) ++same->count;
    else entity.forms.push_back(Form{written, skeleton, 1});
    if (!titled.role.empty() &&
        std::find(entity.roles.begin(), entity.roles.end(), titled.role) == entity.roles.end())
      entity.roles.push_back(titled.role);
    auto type = std::find_if(entity.types.begin(), entity.types.end(),
                             [&](const auto& t) { return t.first == span.type; });
    if (type != entity.types.end()) ++type->second;
    else entity.types.emplace_back(span.type, 1);
    ++entity.mentions;
    entity.arabic_mentions += arabic ? 1 : 0;
  }
  // A full name takes in the surname-only (or first-name-only) person seen
  // before it, when it is the only full name that word could belong to.
  if (person && skeleton.size() >= 2) {
    for (size_t other = 0; other < entities_.size(); ++other) {
      if (other == e || entities_[other].parent != other || entities_[other].place != nullptr) continue;
      const Entity& candidate = entities_[other];
      bool single_words_only = std::all_of(candidate.forms.begin(), candidate.forms.end(),
                                           [](const Form& f) { return f.skeleton.size() == 1; });
      if (!single_words_only || candidate.forms.empty()) continue;
      const std::vector<std::string>& word = candidate.forms.front().skeleton;
      // find_name_entity can return e only if a word of e's forms is like this one.
      const bool e_has_the_word = std::any_of(entities_[e].forms.begin(), entities_[e].forms.end(), [&](const Form& f) {
        return std::any_of(f.skeleton.begin(), f.skeleton.end(),
                           [&](const std::string& w) { return similar_skeletons(w, word[0]); });
      });
      if (e_has_the_word && find_name_entity(word, true, other) == e) merge_into(other, e);
    }
  }
  info.entity = e;
  mention_entity_.push_back(info);
  return mention(mention_entity_.size() - 1);
}

ResolvedEntity EntityResolver::describe(size_t r) const {
  const Entity& entity = entities_[r];
  ResolvedEntity out;
  out.mentions = entity.mentions;
  out.weak = entity.mentions > 0 && entity.demonym_mentions == entity.mentions;
  out.roles = entity.roles;
  for (const Form& f : entity.forms) out.forms.push_back(f.written);
  int best_type = -1;
  for (const auto& [type, count] : entity.types)
    if (count > best_type) {
      best_type = count;
      out.type = type;
    }
  name_entity(r, &out.key, &out.display);
  return out;
}

void EntityResolver::name_entity(size_t r, std::string* key, std::string* display) const {
  const Entity& entity = entities_[r];
  if (entity.place != nullptr) {
    *key = entity.place->key;
    bool arabic = entity.arabic_mentions * 2 >= entity.mentions;
    *display = arabic && !entity.place->name_ar.empty() ? entity.place->name_ar
               : !entity.place->name_en.empty()         ? entity.place->name_en
                                                        : entity.place->name_ar;
    return;
  }
  const Form* best = nullptr;
  for (const Form& f : entity.forms) {
    if (best == nullptr || f.skeleton.size() > best->skeleton.size() ||
        (f.skeleton.size() == best->skeleton.size() && f.count > best->count))
      best = &f;
  }
  if (best != nullptr && !best->skeleton.empty()) {
    *key = "name:" + join(best->skeleton);
    *display = best->written;
  }
}

ResolvedMention EntityResolver::mention(size_t i) const {
  const MentionInfo& info = mention_entity_[i];
  ResolvedMention out;
  name_entity(root(info.entity), &out.key, &out.display);
  out.type = info.type;
  out.role = info.role;
  out.demonym = info.demonym;
  return out;
}

std::vector<ResolvedEntity> EntityResolver::entities() const {
  std::vector<ResolvedEntity> out;
  for (size_t e = 0; e < entities_.size(); ++e)
    if (entities_[e].parent == e) out.push_back(describe(e));
  return out;
}

std::string entity_key(const EntitySpan& mention, const PlaceGazetteer& places) {
  if (PlaceMatch m = place_of(mention, places)) return m.place->key;
  return name_key(mention.text);
}

std::vector<EntitySpan> add_missing_spans(std::vector<EntitySpan> primary,
                                          const std::vector<EntitySpan>& extra) {
  for (const EntitySpan& x : extra) {
    bool blocked = false, covers = false;
    for (const EntitySpan& p : primary) {
      if (!(x.begin < p.end && p.begin < x.end)) continue;
      bool inside = x.begin <= p.begin && p.end <= x.end;
      if (inside) covers = true;
      else blocked = true;
    }
    if (blocked) continue;
    // The extra span is either new or a longer name (وكالة الأنباء → وكالة
    // الأنباء العراقية; the tagger's PERS خالد الدولي inside مطار الملك خالد
    // الدولي): it replaces what it covers.
    if (covers)
      std::erase_if(primary, [&](const EntitySpan& p) { return x.begin <= p.begin && p.end <= x.end; });
    primary.push_back(x);
  }
  std::stable_sort(primary.begin(), primary.end(),
                   [](const EntitySpan& a, const EntitySpan& b) { return a.begin < b.begin; });
  return primary;
}

}  // namespace marsad::entity
