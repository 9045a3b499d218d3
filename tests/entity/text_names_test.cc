#include "entity/text_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace marsad::entity {
namespace {

TEST(TextNames, NamesEndBeforeTheWordsOfTheNextPhrase) {
  NerTagger tagger;
  const Status loaded = NerTagger::load(NerTagger::default_model_path(), &tagger);
  if (!loaded.ok()) GTEST_SKIP() << "no NER model: " << loaded.to_string();
  // The organization patterns read "منظمة" + ال words, and "مجلس" + ال words, on into
  // "التي" and the title "الدكتور" of the next phrase.
  const std::string text =
      "أعلنت منظمة الصحة العالمية التي تتخذ من جنيف مقرا لها عن حالات جديدة.\n"
      "وقال رئيس مجلس الوزراء الدكتور حيدر العبادي إن الحكومة ماضية في الإصلاح.";
  const TextNames names = find_names(text, "ar", &tagger);
  std::vector<std::string> organizations;
  for (const EntitySpan& span : names.spans) {
    EXPECT_EQ(text.substr(span.begin, span.end - span.begin), span.text);
    if (span.type == "ORG") organizations.push_back(span.text);
  }
  EXPECT_EQ(organizations, (std::vector<std::string>{"منظمة الصحة العالمية", "مجلس الوزراء"}));
}

TEST(TextNames, CountriesNamedByNameOrAdjective) {
  using Keys = std::vector<std::string>;
  EXPECT_EQ(countries_named("تعزيز التعاون الأمني المغربي-الفرنسي لمواجهة التحديات"), (Keys{"loc:FR", "loc:MA"}));
  EXPECT_EQ(countries_named("المغرب وفرنسا يبحثان قضايا الأمن والهجرة"), (Keys{"loc:FR", "loc:MA"}));
  // A city is no country, and one country named twice is one.
  EXPECT_EQ(countries_named("الوزير الفرنسي في الرباط: فرنسا تدعم"), (Keys{"loc:FR"}));
  EXPECT_TRUE(countries_named("نائب خادم الحرمين يرأس جلسة مجلس الوزراء").empty());
}

TEST(TextNames, TitleCountriesAreTheTitlesOwn) {
  NerTagger tagger;
  const Status loaded = NerTagger::load(NerTagger::default_model_path(), &tagger);
  for (const std::string title : {"المغرب وفرنسا يبحثان قضايا الأمن", "تعزيز التعاون المغربي-الفرنسي",
                                  "نائب خادم الحرمين يرأس جلسة مجلس الوزراء"}) {
    // The body names other countries, and its first words would extend no title's name.
    const std::string text = title + "\nالعراق وسوريا وإيران في الأخبار.";
    const std::vector<std::string> expected = countries_named(title);
    EXPECT_EQ(find_names(text, "ar", loaded.ok() ? &tagger : nullptr, title.size()).title_countries, expected)
        << title;
    EXPECT_EQ(find_names(text, "ar", nullptr, title.size()).title_countries, expected) << title;
  }
  EXPECT_TRUE(find_names("فرنسا", "ar", nullptr).title_countries.empty());  // no title
}

}  // namespace
}  // namespace marsad::entity
