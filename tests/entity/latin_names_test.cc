#include "entity/latin_names.h"

#include <gtest/gtest.h>

namespace marsad::entity {
namespace {

// "TYPE text" for each span, checking offsets on the way.
std::vector<std::string> found(const std::string& text) {
  std::vector<std::string> out;
  for (const EntitySpan& s : find_latin_names(text)) {
    EXPECT_EQ(text.substr(s.begin, s.end - s.begin), s.text);
    out.push_back(s.type + " " + s.text);
  }
  return out;
}

using Found = std::vector<std::string>;

TEST(LatinNames, TitlesMakePersonsAndStayOutOfTheSpan) {
  EXPECT_EQ(found("Hier, le ministre Gérald Darmanin a rencontré M. Jean Dupont à Lyon."),
            (Found{"PERS Gérald Darmanin", "PERS Jean Dupont", "LOC Lyon"}));
  EXPECT_EQ(found("On Monday President Joe Biden met Mr Smith."),
            (Found{"PERS Joe Biden", "PERS Smith"}));
}

TEST(LatinNames, PlacesOrganizationsAndOthers) {
  EXPECT_EQ(found("La Banque mondiale a prêté au Maroc via la Caisse de Dépôt."),
            (Found{"ORG Banque", "LOC Maroc", "ORG Caisse de Dépôt"}));
  EXPECT_EQ(found("He flew from New York to the United States Agency office."),
            (Found{"LOC New York", "ORG United States Agency"}));
  EXPECT_EQ(found("The DGSE and the Quai d'Orsay disagreed."), (Found{"ORG DGSE", "MISC Quai d'Orsay"}));
}

TEST(LatinNames, SentenceStartsNeedEvidence) {
  // "Yesterday" starts a sentence and is not seen capitalized elsewhere.
  EXPECT_EQ(found("Yesterday it rained. Paris was wet."), (Found{"LOC Paris"}));
  // "Moreau" at a sentence start is a name because it is capitalized mid-sentence too.
  EXPECT_EQ(found("The report by Claire Moreau said so. Moreau added more."),
            (Found{"PERS Claire Moreau", "PERS Moreau"}));
}

TEST(LatinNames, EnglishPossessiveIsNotPartOfTheName) {
  // Regression: "Egypt's" was looked up whole and missed as a place.
  EXPECT_EQ(found("Egypt's central bank met Jordan’s envoy and Hadidi's aide."),
            (Found{"LOC Egypt", "LOC Jordan", "MISC Hadidi"}));
  EXPECT_EQ(found("The Hadidi team won."), (Found{"MISC Hadidi"}));
}

TEST(LatinNames, ParticlesJoinOnlyBetweenCapitals) {
  EXPECT_EQ(found("A statue of Charles de Gaulle stands in de Gaulle square."),
            (Found{"MISC Charles de Gaulle", "MISC Gaulle"}));
  EXPECT_EQ(found("Le roi Mohammed bin Salman est arrivé."), (Found{"PERS Mohammed bin Salman"}));
}

TEST(LatinNames, ArabicWordsAreNeverPartOfAName) {
  EXPECT_EQ(found("قال Emmanuel Macron إن الزيارة"), (Found{"MISC Emmanuel Macron"}));
  EXPECT_TRUE(found("لا أسماء هنا").empty());
}

}  // namespace
}  // namespace marsad::entity
