#include "entity/arabic_orgs.h"

#include <gtest/gtest.h>

namespace marsad::entity {
namespace {

std::vector<std::string> orgs(const std::string& text) {
  std::vector<std::string> out;
  for (const EntitySpan& s : find_arabic_organizations(text)) {
    EXPECT_EQ(s.type, "ORG");
    EXPECT_EQ(text.substr(s.begin, s.end - s.begin), s.text);
    out.push_back(s.text);
  }
  return out;
}

TEST(ArabicOrganizations, HeadAndTheArticleWordsAfterIt) {
  EXPECT_EQ(orgs("وأفادت وكالة الأنباء الأردنية أن منظمة الصحة العالمية حذرت"),
            (std::vector<std::string>{"وكالة الأنباء الأردنية", "منظمة الصحة العالمية"}));
  // Proclitics on the head stay in the span; a head with nothing after it is no name.
  EXPECT_EQ(orgs("وقالت بالوزارة الخارجية ثم الوزارة أمس"), (std::vector<std::string>{"بالوزارة الخارجية"}));
  // A comma ends the chain.
  EXPECT_EQ(orgs("مجلس الأمن، الجمعية"), (std::vector<std::string>{"مجلس الأمن"}));
}

TEST(ArabicOrganizations, ANameGoesOnWithItsPurpose) {
  // A head with the article and its adjective, then لل + its complements.
  EXPECT_EQ(orgs("أعلنت الشركة السعودية للكهرباء أمس"), (std::vector<std::string>{"الشركة السعودية للكهرباء"}));
  EXPECT_EQ(orgs("وقالت الهيئة العامة للطيران المدني إن"),
            (std::vector<std::string>{"الهيئة العامة للطيران المدني"}));
  EXPECT_EQ(orgs("وقعت مدينة الملك عبدالعزيز للعلوم والتقنية مذكرة"),
            (std::vector<std::string>{"مدينة الملك عبدالعزيز للعلوم والتقنية"}));
  // After a head without the article, the لل word is a preposition.
  EXPECT_EQ(orgs("وقدمت وزارة الصحة للمواطنين نصائح"), (std::vector<std::string>{"وزارة الصحة"}));
}

TEST(ArabicOrganizations, TheBodyADirectorHeads) {
  EXPECT_EQ(orgs("استقبل المدير العام للوقاية المدنية الإسبانية وفدا"),
            (std::vector<std::string>{"للوقاية المدنية الإسبانية"}));
  EXPECT_EQ(orgs("قالت مديرة للتواصل"), (std::vector<std::string>{"للتواصل"}));
  EXPECT_TRUE(orgs("قال المدير إن").empty());
}

TEST(ArabicOrganizations, InstitutionsNamedAfterAPerson) {
  EXPECT_EQ(orgs("هبطت في مطار الملك خالد الدولي بالرياض"), (std::vector<std::string>{"مطار الملك خالد الدولي"}));
  EXPECT_EQ(orgs("درس في جامعة الإمام محمد بن سعود الإسلامية ثم في مستشفى الملك فهد"),
            (std::vector<std::string>{"جامعة الإمام محمد بن سعود الإسلامية", "مستشفى الملك فهد"}));
  // Without the title, an institution head opens no name: مدينة الرياض is a place.
  EXPECT_TRUE(orgs("في مدينة الرياض").empty());
  // A title with no name after it is not enough.
  EXPECT_TRUE(orgs("مطار الملك ، أمس").empty());
}

}  // namespace
}  // namespace marsad::entity
