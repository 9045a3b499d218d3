#include "entity/entity_resolver.h"

#include <gtest/gtest.h>

#include <set>

#include "entity/name_variants.h"

namespace marsad::entity {
namespace {

EntitySpan span(std::string type, std::string text) {
  EntitySpan s;
  s.type = std::move(type);
  s.text = std::move(text);
  return s;
}

TEST(EntityResolver, PlacesGetGazetteerKeysWhateverTheLanguage) {
  EntityResolver r;
  std::string a = r.add(span("LOC", "وألمانيا")).key;
  std::string b = r.add(span("LOC", "Allemagne")).key;
  std::string c = r.add(span("ORG", "ألمانيا")).key;  // the tagger's type is overruled
  EXPECT_EQ(a, "loc:DE");
  EXPECT_EQ(b, "loc:DE");
  EXPECT_EQ(c, "loc:DE");
  EXPECT_EQ(r.mention(2).type, "LOC");
  ASSERT_EQ(r.entities().size(), 1u);
  EXPECT_EQ(r.entities()[0].display, "ألمانيا");
  EXPECT_EQ(r.entities()[0].mentions, 3);
}

TEST(EntityResolver, APlaceDecidedByContextKeepsItsKey) {
  EntityResolver r;
  EntitySpan amman = span("LOC", "عمان");
  amman.place_key = "loc:Asia/Amman";  // as PlaceGazetteer::read_homonyms decides beside Jordan
  EXPECT_EQ(r.add(amman).key, "loc:Asia/Amman");
  EXPECT_EQ(r.add(span("LOC", "عمان")).key, "loc:OM");
  EXPECT_EQ(r.entities().size(), 2u);
}

TEST(EntityResolver, DemonymsAreWeakAndOnlyWhenTaggedAsPlaces) {
  EntityResolver r;
  ResolvedMention m = r.add(span("LOC", "الألمانية"));
  EXPECT_EQ(m.key, "loc:DE");
  EXPECT_TRUE(m.demonym);
  EXPECT_TRUE(r.entities()[0].weak);
  // A person's name that is also a common place word stays a person.
  EXPECT_EQ(r.add(span("PERS", "مالي")).key.substr(0, 5), "name:");
}

TEST(EntityResolver, SurnameJoinsTheFullNameSeenBefore) {
  EntityResolver r;
  std::string full = r.add(span("PERS", "نيكولا ساركوزي")).key;
  std::string surname = r.add(span("PERS", "ساركوزي")).key;
  std::string clitic = r.add(span("PERS", "وساركوزي")).key;
  std::string preposition = r.add(span("PERS", "لساركوزي")).key;
  std::string variant = r.add(span("PERS", "سركوزي")).key;
  EXPECT_EQ(full, name_key("نيكولا ساركوزي"));
  EXPECT_EQ(surname, full);
  EXPECT_EQ(clitic, full);
  EXPECT_EQ(preposition, full);
  EXPECT_EQ(variant, full);
  ASSERT_EQ(r.entities().size(), 1u);
  EXPECT_EQ(r.entities()[0].display, "نيكولا ساركوزي");
}

TEST(EntityResolver, FullNameAbsorbsTheSurnameSeenFirst) {
  EntityResolver r;
  std::string early = r.add(span("PERS", "هولاند")).key;
  r.add(span("PERS", "فرانسوا هولاند"));
  EXPECT_NE(early, r.mention(1).key);  // not known yet when it was added
  EXPECT_EQ(r.mention(0).key, r.mention(1).key);
  EXPECT_EQ(r.mention(0).display, "فرانسوا هولاند");
  EXPECT_EQ(r.entities().size(), 1u);
}

TEST(EntityResolver, AmbiguousSurnameStaysApart) {
  EntityResolver r;
  r.add(span("PERS", "أحمد التوفيق"));
  r.add(span("PERS", "محمد التوفيق"));
  r.add(span("PERS", "التوفيق"));
  std::set<std::string> keys;
  for (size_t i = 0; i < r.mention_count(); ++i) keys.insert(r.mention(i).key);
  EXPECT_EQ(keys.size(), 3u);
}

TEST(EntityResolver, TitlesBecomeRolesAndCompoundsMerge) {
  EntityResolver r;
  ResolvedMention a = r.add(span("PERS", "وزير الخارجية عبد الإله بن كيران"));
  ResolvedMention b = r.add(span("PERS", "عبدالإله بنكيران"));
  EXPECT_EQ(a.role, "وزير الخارجية");
  EXPECT_EQ(a.key, b.key);
  ASSERT_EQ(r.entities().size(), 1u);
  EXPECT_EQ(r.entities()[0].roles, std::vector<std::string>{"وزير الخارجية"});
  // The most frequent of the longest forms is shown.
  r.add(span("PERS", "عبدالإله بنكيران"));
  EXPECT_EQ(r.entities()[0].display, "عبدالإله بنكيران");
}

TEST(EntityResolver, DifferentNamesStayApartAndClearForgets) {
  EntityResolver r;
  std::string a = r.add(span("PERS", "سامح شكري")).key;
  std::string b = r.add(span("PERS", "سامي شكري")).key;  // differs in a 3-letter word
  EXPECT_NE(a, b);
  std::string org = r.add(span("ORG", "البنك الدولي")).key;
  EXPECT_EQ(r.add(span("ORG", "والبنك الدولي")).key, org);
  r.clear();
  EXPECT_EQ(r.mention_count(), 0u);
  EXPECT_TRUE(r.entities().empty());
}

TEST(EntityKey, StatelessKeyMatchesAcrossStories) {
  EXPECT_EQ(entity_key(span("LOC", "بفرنسا")), entity_key(span("LOC", "la France")));
  EXPECT_EQ(entity_key(span("PERS", "جيرالد دارمانان")), entity_key(span("PERS", "جيرالد دارمانين")));
  EXPECT_EQ(entity_key(span("PERS", "الوزير جيرالد دارمانان")), entity_key(span("PERS", "جيرالد دارمانين")));
}

TEST(AddMissingSpans, KeepsPrimaryAndFillsGaps) {
  std::vector<EntitySpan> primary = {span("PERS", "a"), span("LOC", "b")};
  primary[0].begin = 0, primary[0].end = 5;
  primary[1].begin = 20, primary[1].end = 25;
  std::vector<EntitySpan> extra = {span("LOC", "x"), span("LOC", "y")};
  extra[0].begin = 3, extra[0].end = 8;    // overlaps the first
  extra[1].begin = 10, extra[1].end = 15;  // in a gap
  std::vector<EntitySpan> merged = add_missing_spans(primary, extra);
  ASSERT_EQ(merged.size(), 3u);
  EXPECT_EQ(merged[0].text, "a");
  EXPECT_EQ(merged[1].text, "y");
  EXPECT_EQ(merged[2].text, "b");
  // A longer span replaces the ones it covers, whatever their type (the
  // tagger's PERS "خالد الدولي" inside the ORG "مطار الملك خالد الدولي").
  std::vector<EntitySpan> longer = {span("LOC", "bb"), span("ORG", "z")};
  longer[0].begin = 18, longer[0].end = 30;
  longer[1].begin = 0, longer[1].end = 9;
  merged = add_missing_spans(primary, longer);
  ASSERT_EQ(merged.size(), 2u);
  EXPECT_EQ(merged[0].text, "z");
  EXPECT_EQ(merged[0].type, "ORG");
  EXPECT_EQ(merged[1].text, "bb");
  // A span that only partly overlaps a primary one is left out.
  std::vector<EntitySpan> partial = {span("ORG", "p")};
  partial[0].begin = 3, partial[0].end = 22;
  EXPECT_EQ(add_missing_spans(primary, partial).size(), 2u);
}

}  // namespace
}  // namespace marsad::entity
