// Entity resolution: the mentions a tagger finds in one story become entities
// with language-independent keys, so that spellings of one name are one entity.
//
//   EntityResolver resolver;                      // one per story or document
//   for (const EntitySpan& span : add_missing_spans(tagger.tag(text),
//                                                   PlaceGazetteer::builtin().find(text)))
//     resolver.add(span);
//   for (size_t i = 0; i < resolver.mention_count(); ++i)
//     use(resolver.mention(i).key);               // final keys, after all merges
//   for (const ResolvedEntity& e : resolver.entities()) show(e.display, e.key);
//
// Keys:
//   - a place the gazetteer knows: its key ("loc:FR", "loc:Europe/Paris"), for
//     فرنسا, وفرنسا, France and la France alike;
//   - any other name: name_key (name_variants.h) of the entity's fullest form,
//     e.g. "name:برن رت" for برونو روتايو, برونو ريتايو, and — within one
//     scope — روتايو alone once the full name was seen.
//
// Within a scope, a mention joins an entity when its skeleton equals one of
// the entity's forms, or is close to it word by word (similar_skeletons); a
// one-word person mention (a surname, less often a first name) joins the one
// person whose full name has that word last (else first); a full name
// absorbs the surname-only entity seen before it. The tagger's PERS/ORG/MISC
// labels do not keep equal names apart; its LOC label is checked against the
// gazetteer, which also overrules ORG or MISC (and PERS, unless the place
// name is also a common word).
//
// A mention is compared with every entity of the scope: meant for one story,
// a scope of many (a day's text) costs time quadratic in its length.
//
// entity_key() is the stateless counterpart for comparing entities between
// stories cheaply: the same key the resolver gives a mention seen alone.
// Not thread-safe; one resolver per scope and thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "entity/ner_tagger.h"
#include "entity/place_gazetteer.h"

namespace marsad::entity {

// What one mention resolved to.
struct ResolvedMention {
  std::string key;      // "loc:..." or "name:..."; "" if the mention has no word
  std::string display;  // the entity's display name (see ResolvedEntity)
  std::string type;     // "PERS", "LOC", "ORG" or "MISC": LOC for a known place
  std::string role;     // the title stripped from this mention ("الرئيس الفرنسي"), or ""
  bool demonym = false; // a place known only by an adjective (الفرنسية): a weaker mention
};

// One entity of the scope.
struct ResolvedEntity {
  std::string key;
  std::string display;  // for a known place its name in the script of its mentions
                        // (gazetteer's); else the most frequent of the forms with the
                        // most words (first seen on a tie), titles removed
  std::string type;     // the most frequent type of its mentions
  std::vector<std::string> forms;  // distinct forms as written, titles removed, in order seen
  std::vector<std::string> roles;  // distinct titles seen before it
  int mentions = 0;
  bool weak = false;    // all its mentions are demonyms
};

class EntityResolver {
 public:
  explicit EntityResolver(const PlaceGazetteer& places = PlaceGazetteer::builtin());

  // Resolves the next mention of the scope (mentions in text order) and
  // returns what it resolved to now; a later full name may still change the
  // key of an earlier surname-only mention: read mention(i) after the last add.
  ResolvedMention add(const EntitySpan& mention);

  size_t mention_count() const { return mention_entity_.size(); }
  // The i-th mention added, as resolved after every merge so far.
  ResolvedMention mention(size_t i) const;

  // The entities, in order of first mention.
  std::vector<ResolvedEntity> entities() const;

  // Forgets the scope: the next add() starts a new story.
  void clear();

 private:
  struct Form {
    std::string written;                 // as in the text, titles removed
    std::vector<std::string> skeleton;   // name_skeleton(written)
    int count = 0;
  };
  struct Entity {
    size_t parent;
    const Place* place = nullptr;
    std::vector<Form> forms;
    std::vector<std::string> roles;
    std::vector<std::pair<std::string, int>> types;
    int mentions = 0;
    int demonym_mentions = 0;
    int arabic_mentions = 0;
  };
  struct MentionInfo {
    size_t entity;
    std::string type;
    std::string role;
    bool demonym;
  };

  size_t root(size_t e) const;
  void merge_into(size_t from, size_t into);
  size_t find_name_entity(const std::vector<std::string>& skeleton, bool person, size_t exclude) const;
  size_t find_place_entity(const Place* place) const;
  ResolvedEntity describe(size_t root_entity) const;
  // describe()'s key and display alone, without copying forms and roles:
  // every add() and mention() asks for them.
  void name_entity(size_t root_entity, std::string* key, std::string* display) const;

  const PlaceGazetteer* places_;
  std::vector<Entity> entities_;
  std::vector<MentionInfo> mention_entity_;
};

// The key a mention has on its own, with no scope: the gazetteer's place key,
// else name_key of the mention without its titles.
std::string entity_key(const EntitySpan& mention,
                       const PlaceGazetteer& places = PlaceGazetteer::builtin());

// `primary` (a tagger's spans) plus the spans of `extra` (a gazetteer's or a
// spotter's) that overlap none of them, in text order. An extra span that
// only covers primary spans (of any type), and is longer, replaces them (the
// tagger's ORG "وكالة الأنباء" gives way to "وكالة الأنباء العراقية", its PERS
// "خالد الدولي" to the ORG "مطار الملك خالد الدولي").
std::vector<EntitySpan> add_missing_spans(std::vector<EntitySpan> primary,
                                          const std::vector<EntitySpan>& extra);

}  // namespace marsad::entity
