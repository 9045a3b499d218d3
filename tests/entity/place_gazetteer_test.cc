#include "entity/place_gazetteer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace marsad::entity {
namespace {

std::string key_of(std::string_view mention) {
  PlaceMatch m = PlaceGazetteer::builtin().lookup(mention);
  return m ? m.place->key : "";
}

TEST(PlaceGazetteer, CountriesFromIcuInThreeLanguages) {
  EXPECT_EQ(key_of("ألمانيا"), "loc:DE");
  EXPECT_EQ(key_of("Germany"), "loc:DE");
  EXPECT_EQ(key_of("l'Allemagne"), "loc:DE");
  EXPECT_EQ(key_of("Allemagne"), "loc:DE");
  EXPECT_EQ(key_of("اليابان"), "loc:JP");
  EXPECT_EQ(key_of("Japon"), "loc:JP");
  EXPECT_GT(PlaceGazetteer::builtin().place_count(), 600u);
}

TEST(PlaceGazetteer, ShortVowelsAndShaddaPartHomographs) {
  // Without its signs عمان is the country (the common reading in the news);
  // written عمّان it is Jordan's capital, عُمان the sultanate.
  EXPECT_EQ(key_of("عمان"), "loc:OM");
  EXPECT_EQ(key_of("عُمان"), "loc:OM");
  EXPECT_EQ(key_of("عمّان"), "loc:Asia/Amman");
  EXPECT_EQ(key_of("وعمّان"), "loc:Asia/Amman");
  EXPECT_EQ(key_of("بعمّان"), "loc:Asia/Amman");
}

TEST(PlaceGazetteer, ArabicCliticsArticleAndSpelling) {
  EXPECT_EQ(key_of("وألمانيا"), "loc:DE");
  EXPECT_EQ(key_of("بالأردن"), "loc:JO");
  EXPECT_EQ(key_of("الأردن"), "loc:JO");
  // A name with the article is written with it: without, the word is another.
  EXPECT_EQ(key_of("أردن"), "");
  EXPECT_EQ(key_of("لتونس"), "loc:TN");
  EXPECT_EQ(key_of("والسويد"), "loc:SE");
  // Taa marbuta and alef forms: نيجيريا / غينيا written with any alef.
  EXPECT_EQ(key_of("إثيوبيا"), key_of("اثيوبيا"));
  // A word that begins like a clitic is read whole first: ليبيا, بلجيكا.
  EXPECT_EQ(key_of("ليبيا"), "loc:LY");
  EXPECT_EQ(key_of("بلجيكا"), "loc:BE");
}

TEST(PlaceGazetteer, ANameWithTheArticleNeedsItInTheText) {
  // ورقة "a paper" is not و + الرقة, رياض a man's name, not الرياض; the article
  // may hide behind a proclitic (للرقة, بالرقة, والرياض).
  EXPECT_EQ(key_of("الرقة"), "loc:Raqqa");
  EXPECT_EQ(key_of("للرقة"), "loc:Raqqa");
  EXPECT_EQ(key_of("بالرقة"), "loc:Raqqa");
  EXPECT_EQ(key_of("ورقة"), "");
  EXPECT_EQ(key_of("رقة"), "");
  EXPECT_EQ(key_of("والرياض"), "loc:Asia/Riyadh");
  EXPECT_EQ(key_of("رياض"), "");
  // Every word of a longer name: مكة المكرمة, المملكة العربية السعودية.
  EXPECT_EQ(key_of("مكة المكرمة"), "loc:Mecca");
  EXPECT_EQ(key_of("مكة مكرمة"), "");
  EXPECT_EQ(key_of("المملكة العربية السعودية"), "loc:SA");
  const std::vector<EntitySpan> found = PlaceGazetteer::builtin().find("قدم الوزير ورقة عمل عن الرقة");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "الرقة");
}

TEST(PlaceGazetteer, AWawAfterAPlaceJoinsAList) {
  const PlaceGazetteer& places = PlaceGazetteer::builtin();
  // The text ends in a newline: no span takes it (the matching form drops it).
  const std::string text = "زار الوفد الرياض وجدة والدمام، ثم مكة، وجدة. وفي المغرب زار وجدة\n";
  std::vector<EntitySpan> spans = places.find(text);
  places.read_place_lists(text, &spans);
  std::vector<std::string> keys;
  for (const EntitySpan& s : spans) {
    EXPECT_EQ(text.substr(s.begin, s.end - s.begin), s.text);
    keys.push_back(key_of(s.text));
  }
  // In the lists وجدة is "and Jeddah"; alone after a verb it is Oujda.
  EXPECT_EQ(keys, (std::vector<std::string>{"loc:Asia/Riyadh", "loc:Jeddah", "loc:Dammam", "loc:Mecca", "loc:Jeddah",
                                            "loc:MA", "loc:Oujda"}));
}

// عمان is Oman's name and, with its shadda (عمّان), Jordan's capital's; news
// writes both bare.
TEST(PlaceGazetteer, OmanOrAmmanIsReadFromTheText) {
  const PlaceGazetteer& places = PlaceGazetteer::builtin();
  const PlaceMatch oman = places.lookup("عمان");
  ASSERT_TRUE(oman);
  ASSERT_NE(places.homonym_city(*oman.place), nullptr);
  EXPECT_EQ(places.homonym_city(*oman.place)->key, "loc:Asia/Amman");
  EXPECT_EQ(places.homonym_city(*places.lookup("فرنسا").place), nullptr);
  auto keys_in = [&](std::string_view text) {
    std::vector<EntitySpan> names, with_demonyms;
    places.find(text, &names, &with_demonyms);
    places.read_homonyms(text, with_demonyms, &names);
    std::vector<std::string> keys;
    for (const EntitySpan& s : names) keys.push_back(s.place_key.empty() ? key_of(s.text) : s.place_key);
    return keys;
  };
  using Keys = std::vector<std::string>;
  // Beside Jordan's name or adjective, with Oman named no other way: Amman.
  EXPECT_EQ(keys_in("وصل الجرحى إلى عمان أمس لاستكمال علاجهم في المستشفيات الأردنية"), (Keys{"loc:Asia/Amman"}));
  EXPECT_EQ(keys_in("غادر الوفد إلى الأردن ووصل إلى عمان"), (Keys{"loc:JO", "loc:Asia/Amman"}));
  // Oman named otherwise (سلطنة, its adjective, Muscat) keeps the bare name Oman's, but
  // "the Jordanian capital" says which.
  EXPECT_EQ(keys_in("وصل الوزير الأردني إلى سلطنة عمان ثم إلى عمان"), (Keys{"loc:OM", "loc:OM"}));
  EXPECT_EQ(keys_in("التقى الوفد العماني في مسقط ثم سافر إلى الأردن فزار عمان"),
            (Keys{"loc:Asia/Muscat", "loc:JO", "loc:OM"}));
  EXPECT_EQ(keys_in("انتقل من مسقط إلى العاصمة الأردنية عمان"), (Keys{"loc:Asia/Muscat", "loc:Asia/Amman"}));
  // A list of countries, or no word of Jordan: Oman.
  EXPECT_EQ(keys_in("تشارك السعودية وقطر وعمان والأردن"), (Keys{"loc:SA", "loc:QA", "loc:OM", "loc:JO"}));
  EXPECT_EQ(keys_in("زار الوزير عمان"), (Keys{"loc:OM"}));
}

TEST(PlaceGazetteer, ANameEndingInTaaMarbutaNeedsItInTheText) {
  const PlaceGazetteer& places = PlaceGazetteer::builtin();
  auto keys_in = [&](std::string_view text) {
    std::vector<std::string> keys;
    for (const EntitySpan& s : places.find(text)) keys.push_back(key_of(s.text));
    return keys;
  };
  // جده is "his grandfather", وجده "and found it": the text writes ه for words, ة for the cities.
  EXPECT_EQ(keys_in("زار الشاب قبر جده في القرية"), std::vector<std::string>{});
  EXPECT_EQ(keys_in("وجده الحارس نائما أمام الباب"), std::vector<std::string>{});
  EXPECT_EQ(keys_in("وصل الوفد إلى جدة أمس"), std::vector<std::string>{"loc:Jeddah"});
  EXPECT_EQ(keys_in("افتتح المعرض بجدّة"), std::vector<std::string>{"loc:Jeddah"});
  EXPECT_EQ(keys_in("زار الوزير وجدة"), std::vector<std::string>{"loc:Oujda"});
  // ﺔ is a presentation form of ة: the text did write a taa marbuta.
  EXPECT_EQ(keys_in("وصل الوفد إلى جد\uFE94 أمس"), std::vector<std::string>{"loc:Jeddah"});
  EXPECT_EQ(key_of("جده"), "");
  EXPECT_EQ(key_of("بجده"), "");
  EXPECT_EQ(key_of("جدة"), "loc:Jeddah");
  // A feminine demonym is written with ة too; a name that ends in another letter is unchanged.
  EXPECT_EQ(key_of("الفرنسية"), "loc:FR");
  EXPECT_EQ(key_of("الفرنسيه"), "");
  EXPECT_EQ(key_of("بالرياض"), "loc:Asia/Riyadh");
}

TEST(PlaceGazetteer, ASpellingWithHaInThePlacesFileLetsTheTextWriteHa) {
  const std::string path = testing::TempDir() + "/places_taa_test.tsv";
  {
    std::ofstream out(path);
    out << "loc:Qaryat Tast\tcity\tFR\tar:قرية تستة\tar:قرية تسته\n"
           "loc:Tastiya\tcity\tFR\tar:تستية\n";
  }
  PlaceGazetteer g;
  ASSERT_TRUE(PlaceGazetteer::build(path, &g).ok());
  std::remove(path.c_str());
  auto key = [&](std::string_view mention) {
    const PlaceMatch m = g.lookup(mention);
    return m ? m.place->key : "";
  };
  EXPECT_EQ(key("قرية تستة"), "loc:Qaryat Tast");
  EXPECT_EQ(key("قرية تسته"), "loc:Qaryat Tast");
  // Only the second word has a ه spelling: the first still needs its ة.
  EXPECT_EQ(key("قريه تسته"), "");
  EXPECT_EQ(key("تستية"), "loc:Tastiya");
  EXPECT_EQ(key("وتستيه"), "");
  std::vector<EntitySpan> spans;
  g.find("زار قرية تسته ثم تستيه", &spans, nullptr);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].text, "قرية تسته");
}

TEST(PlaceGazetteer, ShortFormsAndCitiesAreNotCountries) {
  EXPECT_EQ(key_of("أمريكا"), "loc:US");
  EXPECT_EQ(key_of("أميركا"), "loc:US");
  EXPECT_EQ(key_of("United States"), "loc:US");
  EXPECT_EQ(key_of("les États-Unis"), "loc:US");
  EXPECT_EQ(key_of("واشنطن"), "loc:Washington");
  EXPECT_EQ(key_of("بالقاهرة"), "loc:Africa/Cairo");
  EXPECT_EQ(key_of("Le Caire"), "loc:Africa/Cairo");
  EXPECT_EQ(key_of("Cairo"), "loc:Africa/Cairo");
  // Both a country and its capital: the country.
  EXPECT_EQ(key_of("الكويت"), "loc:KW");
}

TEST(PlaceGazetteer, StateWordsAndDemonyms) {
  EXPECT_EQ(key_of("جمهورية مصر"), "loc:EG");
  EXPECT_EQ(key_of("المملكة الأردنية"), "loc:JO");
  PlaceMatch m = PlaceGazetteer::builtin().lookup("الألمانية");
  ASSERT_TRUE(m);
  EXPECT_EQ(m.place->key, "loc:DE");
  EXPECT_TRUE(m.demonym);
  EXPECT_TRUE(PlaceGazetteer::builtin().lookup("السوريون").demonym);
  EXPECT_EQ(PlaceGazetteer::builtin().lookup("السوريون").place->key, "loc:SY");
  EXPECT_FALSE(PlaceGazetteer::builtin().lookup("اليابان").demonym);
  // A country named by an adjective with the article (السعودية) has that
  // adjective without it: "طائرة سعودية" is a Saudi plane, not the country.
  const PlaceMatch country = PlaceGazetteer::builtin().lookup("والسعودية");
  ASSERT_TRUE(country);
  EXPECT_FALSE(country.demonym);
  for (const char* adjective : {"سعودية", "سعودي", "سعوديون"}) {
    const PlaceMatch saudi = PlaceGazetteer::builtin().lookup(adjective);
    ASSERT_TRUE(saudi) << adjective;
    EXPECT_EQ(saudi.place->key, "loc:SA") << adjective;
    EXPECT_TRUE(saudi.demonym) << adjective;
  }
  EXPECT_FALSE(PlaceGazetteer::builtin().lookup("سعوديه"));  // the ة must be written
  // A demonym followed by a name is not a place.
  EXPECT_FALSE(PlaceGazetteer::builtin().lookup("الألماني فريدريش"));
  EXPECT_FALSE(PlaceGazetteer::builtin().lookup("كتاب"));
}

TEST(PlaceGazetteer, KnowsSaudiTownsAndOtherSpellingsLibgeonamesLacks) {
  const PlaceGazetteer& g = PlaceGazetteer::builtin();
  auto country = [&](std::string_view mention) {
    const PlaceMatch m = g.lookup(mention);
    return m ? m.place->country : std::string();
  };
  // Abha is in libgeonames as Abhā only; al-Ahsa and Unayzah not at all.
  for (const char* town : {"أبها", "بالأحساء", "محافظة الأحساء", "عنيزة", "وبيشة", "الهفوف", "القنفذة"})
    EXPECT_EQ(country(town), "SA") << town;
  EXPECT_EQ(key_of("الأحساء"), key_of("بالأحساء"));
  // Towns that are also words (الوجه "the face", الدرب "the path", الليث "the lion") resolve a
  // place the tagger found, but a scan does not report them alone.
  EXPECT_EQ(country("الوجه"), "SA");
  EXPECT_TRUE(g.find("رسم على الوجه ابتسامة وسار في الدرب مثل الليث").empty());
  // Other spellings of known places, and the clubs' camps abroad.
  EXPECT_EQ(key_of("ميونيخ"), key_of("ميونخ"));
  EXPECT_EQ(key_of("هونج كونج"), key_of("هونغ كونغ"));
  EXPECT_EQ(country("سالزبورغ"), "AT");
  EXPECT_EQ(country("لوزان"), "CH");
  // Yemen's war geography: al-Anad, Lawdar, Aden's districts.
  for (const char* place : {"قاعدة العند", "العند", "ولودر", "صرواح", "خور مكسر"})
    EXPECT_EQ(country(place), "YE") << place;
}

TEST(PlaceGazetteer, FindReportsSpansWithOriginalOffsets) {
  std::string text = "زار الوفد بالقاهرة ثم توجه إلى المملكة المتحدة، وقال إن مالي بخير. الألمانية";
  std::vector<EntitySpan> spans = PlaceGazetteer::builtin().find(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].text, "بالقاهرة");
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin), spans[0].text);
  EXPECT_EQ(spans[0].type, "LOC");
  EXPECT_EQ(spans[1].text, "المملكة المتحدة");  // the longest name, not المملكة alone
  // مالي is also "financial": not spotted; a demonym only when asked for.
  std::vector<EntitySpan> with_demonyms = PlaceGazetteer::builtin().find(text, true);
  ASSERT_EQ(with_demonyms.size(), 3u);
  EXPECT_EQ(with_demonyms[2].text, "الألمانية");
  // Diacritics in the page stay inside the reported span.
  std::string voweled = "في بَارِيس";
  spans = PlaceGazetteer::builtin().find(voweled);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].text, "بَارِيس");
}

TEST(PlaceGazetteer, FindBothScansAtOnceEqualsTwoFinds) {
  const PlaceGazetteer& g = PlaceGazetteer::builtin();
  // Demonyms alone and after a state word, names of several words, proclitics.
  const std::string text =
      "قال الرئيس الفرنسي في باريس إن المملكة المغربية وفرنسا والولايات المتحدة الأمريكية "
      "ستعمل مع السعوديين في عمّان، بينما زار الوفد العراقي جمهورية مصر العربية.";
  std::vector<EntitySpan> names, with_demonyms;
  g.find(text, &names, &with_demonyms);
  auto same = [](const std::vector<EntitySpan>& a, const std::vector<EntitySpan>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].text != b[i].text || a[i].type != b[i].type)
        return false;
    return true;
  };
  EXPECT_TRUE(same(names, g.find(text)));
  EXPECT_TRUE(same(with_demonyms, g.find(text, true)));
  EXPECT_GT(with_demonyms.size(), names.size());  // الفرنسي، السعوديين، العراقي
  std::vector<EntitySpan> alone;
  g.find(text, &alone, nullptr);
  EXPECT_TRUE(same(alone, names));
}

TEST(PlaceGazetteer, BuildReportsBadFiles) {
  PlaceGazetteer g;
  Status s = PlaceGazetteer::build("/nonexistent/places.tsv", &g);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.to_string().find("/nonexistent/places.tsv"), std::string::npos);

  std::string path = testing::TempDir() + "/places_test.tsv";
  {
    std::ofstream out(path);
    out << "# test\nloc:Testville\tcity\tFR\tar:تستفيل\ten:Testville\n";
  }
  ASSERT_TRUE(PlaceGazetteer::build(path, &g).ok());
  ASSERT_TRUE(g.lookup("وتستفيل"));
  EXPECT_EQ(g.lookup("وتستفيل").place->key, "loc:Testville");
  EXPECT_EQ(g.place("loc:Testville")->country, "FR");
  {
    std::ofstream out(path);
    out << "loc:X\tvillage\tFR\ten:X\n";
  }
  s = PlaceGazetteer::build(path, &g);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.to_string().find(":1"), std::string::npos) << s.to_string();
  std::remove(path.c_str());
}

TEST(PlaceGazetteer, ANospotNameIsNotSpottedWhicheverLaterFileNamesIt) {
  // Regression: nospot only flagged names already claimed, so a town of
  // geonames.tsv named حجة ("argument") was spotted in every text.
  const std::string first = testing::TempDir() + "/places_nospot_first.tsv";
  const std::string second = testing::TempDir() + "/places_nospot_second.tsv";
  {
    std::ofstream out(first);
    out << "nospot\tar:تستفيل\n";
  }
  {
    std::ofstream out(second);
    out << "loc:TN/Testville\tcity\tTN\tar:تستفيل\ten:Testville\n"
           "loc:TN/Tastiya/region\tregion\tTN\tar:تستية\n";
  }
  PlaceGazetteer g;
  ASSERT_TRUE(PlaceGazetteer::build({first, second}, &g).ok());
  std::remove(first.c_str());
  std::remove(second.c_str());
  ASSERT_TRUE(g.lookup("تستفيل"));  // a mention the tagger calls a place still resolves
  EXPECT_EQ(g.lookup("تستفيل").place->key, "loc:TN/Testville");
  EXPECT_FALSE(g.lookup("تستفيل").spottable);
  std::vector<std::string> spotted;
  for (const EntitySpan& span : g.find("زار تستفيل ثم تستية")) spotted.push_back(span.text);
  EXPECT_EQ(spotted, std::vector<std::string>{"تستية"});
}

TEST(PlaceGazetteer, KnowsLibgeonamesTownsAndRegions) {
  const PlaceGazetteer& g = PlaceGazetteer::builtin();
  auto key = [&](std::string_view mention) {
    const PlaceMatch m = g.lookup(mention);
    return m ? m.place->key + " " + m.place->country : std::string();
  };
  // Yemeni governorates, with or without the word محافظة, and their country.
  EXPECT_EQ(key("محافظة مأرب"), key("ومأرب"));
  EXPECT_EQ(key("مأرب").substr(key("مأرب").size() - 2), "YE");
  EXPECT_EQ(key("لحج").substr(key("لحج").size() - 2), "YE");
  // Yemen's Zinjibar, not Tanzania's Zanzibar (places.tsv claims the name first).
  EXPECT_EQ(key("زنجبار"), "loc:YE/Zinjibar YE");
  // ICU's cities keep their keys: libgeonames adds spellings, not a second Aden.
  EXPECT_EQ(key("عدن"), "loc:Asia/Aden YE");
  // One-word names that are also words are not spotted alone.
  EXPECT_TRUE(g.find("تلا ذلك اجتماع في مساكن الطلاب وكانت حجة الوزير ضعيفة").empty());
}

TEST(PlaceNameKey, DropsArticlesAndFolds) {
  EXPECT_EQ(place_name_key("الولايات المتحدة"), place_name_key("ولايات متحدة"));
  EXPECT_EQ(place_name_key("The Hague"), "hague");
  EXPECT_EQ(place_name_key("Côte d'Ivoire"), place_name_key("cote d'ivoire"));
}

}  // namespace
}  // namespace marsad::entity
