// The seed pages' entities (../shared/corpus/seeds/GOLD.md): the NER tagger,
// the place gazetteer and the resolver together must find every listed
// entity with its spellings merged. Each article is built from the lines
// GOLD.md says to keep, so that cleaning errors do not count here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "entity/arabic_orgs.h"
#include "entity/entity_resolver.h"
#include "entity/latin_names.h"
#include "entity/name_variants.h"
#include "entity/ner_tagger.h"
#include "text/normalize.h"

namespace marsad::entity {
namespace {

namespace fs = std::filesystem;

struct SeedArticle {
  std::string name;
  std::string file_prefix;
  std::vector<int> lines;  // 1-based lines kept (GOLD.md's cleaning table)
};

std::vector<int> odd_lines(int from, int to) {
  std::vector<int> out;
  for (int i = from; i <= to; i += 2) out.push_back(i);
  return out;
}

std::vector<SeedArticle> seed_articles() {
  std::vector<int> a000 = {3};
  for (int l : odd_lines(7, 23)) a000.push_back(l);
  std::vector<int> a002 = {14};
  for (int l : odd_lines(17, 39)) a002.push_back(l);
  std::vector<int> a003 = {3};
  for (int l : odd_lines(7, 17)) a003.push_back(l);
  std::vector<int> a004a = {1};
  for (int l : odd_lines(5, 17)) a004a.push_back(l);
  std::vector<int> a004b = {19};
  for (int l : odd_lines(21, 39)) a004b.push_back(l);
  return {{"000", "000_", a000},       {"001", "001_", {1, 2, 3, 4, 5, 6}},
          {"002", "002_", a002},       {"003", "003_", a003},
          {"004-first", "004_", a004a}, {"004-second", "004_", a004b}};
}

// GOLD.md's entities, each with the spellings the pages use (a tagger may
// leave a title out, so the bare name is listed too).
struct GoldEntity {
  std::string label;
  std::vector<std::string> variants;
};

std::vector<GoldEntity> gold_entities() {
  return {
      {"Laftit", {"عبد الوافي لفتيت", "عبدالوافي لفتيت", "لفتيت"}},
      {"Retailleau", {"برونو روتايو", "برونو ريتايو", "روتايو", "ريتايو"}},
      {"Hammouchi", {"عبد اللطيف حموشي"}},
      {"Berthon", {"سيلين بيرتون"}},
      {"Macron", {"إيمانويل ماكرون", "ماكرون"}},
      {"Mohammed VI", {"الملك محمد السادس", "محمد السادس"}},
      {"Fuad Hussein", {"فؤاد حسين"}},
      {"Morocco", {"المغرب"}},
      {"France", {"فرنسا"}},
      {"Rabat", {"الرباط"}},
      {"Paris", {"باريس"}},
      {"Sahel", {"الساحل"}},
      {"Spain", {"إسبانيا"}},
      {"Portugal", {"البرتغال"}},
      {"Iraq", {"العراق"}},
      {"Syria", {"سوريا"}},
      {"Lebanon", {"لبنان"}},
      {"Turkey", {"تركيا"}},
      {"Ankara", {"أنقرة"}},
      {"Iran", {"إيران"}},
      {"United States", {"الولايات المتحدة"}},
      {"Gaza", {"غزة"}},
      {"DGSI", {"المديرية العامة للأمن الداخلي", "الأمن الداخلي الفرنسي"}},
      {"INA", {"وكالة الأنباء العراقية"}},
  };
}

// A mention names a gold variant if, once the proclitics of its first word
// are peeled, it holds the variant (article optional) as whole words:
// "وفرنسا" is فرنسا, "منطقة الساحل" is الساحل, "للأمن الداخلي الفرنسي" is
// الأمن الداخلي الفرنسي.
bool mention_is(const std::string& mention, const std::string& variant) {
  std::string m = text::normalize_for_matching(strip_titles(mention).name);
  std::string v = text::normalize_for_matching(variant);
  size_t space = m.find(' ');
  std::string first = m.substr(0, space), rest = space == std::string::npos ? "" : m.substr(space);
  for (const std::string& r : proclitic_readings(first)) {
    std::string padded = " " + r + rest + " ";
    for (const std::string& form : {v, std::string(drop_article(v))})
      if (padded.find(" " + form + " ") != std::string::npos) return true;
  }
  return false;
}

// Whether the article's text holds a variant: in matching form, the article
// of its first word optional (للأمن holds أمن).
bool text_has(const std::string& text, const std::string& variant) {
  return text::normalize_for_matching(text).find(drop_article(text::normalize_for_matching(variant))) !=
         std::string::npos;
}

std::string read_lines(const fs::path& path, const std::vector<int>& keep) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  std::string out;
  for (int n : keep) {
    if (n < 1 || n > static_cast<int>(lines.size())) continue;
    std::string l = lines[n - 1];
    // GOLD.md: page 001's English widget sentence is dropped, up to "subscribe!".
    size_t widget = l.find("subscribe!");
    if (widget != std::string::npos) l = l.substr(widget + std::string("subscribe!").size());
    out += l + "\n";
  }
  return out;
}

TEST(SeedEntities, EveryGoldEntityFoundWithItsVariantsMerged) {
  fs::path seeds = fs::path(MARSAD_SHARED_DIR) / "corpus" / "seeds";
  if (!fs::exists(seeds)) GTEST_SKIP() << "no seed pages at " << seeds;
  NerTagger tagger;
  Status s = NerTagger::load(NerTagger::default_model_path(), &tagger);
  if (!s.ok()) GTEST_SKIP() << "no NER model: " << s.to_string();

  const std::vector<GoldEntity> gold = gold_entities();
  std::map<std::string, std::string> key_across_articles;  // gold label → key
  int total_wrong = 0;
  for (const SeedArticle& article : seed_articles()) {
    fs::path page;
    for (const auto& entry : fs::directory_iterator(seeds))
      if (entry.path().filename().string().rfind(article.file_prefix, 0) == 0) page = entry.path();
    ASSERT_FALSE(page.empty()) << article.file_prefix;
    std::string text = read_lines(page, article.lines);

    std::vector<EntitySpan> spans = add_missing_spans(tagger.tag(text), PlaceGazetteer::builtin().find(text));
    spans = add_missing_spans(spans, find_arabic_organizations(text));
    spans = add_missing_spans(spans, find_latin_names(text));
    EntityResolver resolver;
    for (const EntitySpan& span : spans) resolver.add(span);

    std::set<std::string> gold_keys;
    for (const GoldEntity& g : gold) {
      bool in_text = false;
      for (const std::string& v : g.variants) in_text = in_text || text_has(text, v);
      if (!in_text) continue;
      std::set<std::string> keys;
      std::vector<std::string> mentions;
      for (size_t i = 0; i < resolver.mention_count(); ++i)
        for (const std::string& v : g.variants)
          if (mention_is(spans[i].text, v)) {
            keys.insert(resolver.mention(i).key);
            mentions.push_back(spans[i].text);
            break;
          }
      EXPECT_FALSE(keys.empty()) << article.name << ": " << g.label << " not found";
      EXPECT_LE(keys.size(), 1u) << article.name << ": " << g.label << " split into " << keys.size()
                                 << " entities";
      if (keys.size() != 1) continue;
      gold_keys.insert(*keys.begin());
      auto [it, inserted] = key_across_articles.emplace(g.label, *keys.begin());
      EXPECT_EQ(it->second, *keys.begin()) << g.label << " has another key in " << article.name;
    }

    int wrong = 0;
    std::ostringstream listing;
    for (const ResolvedEntity& e : resolver.entities()) {
      bool ok = gold_keys.count(e.key) > 0;
      if (!ok) ++wrong;
      listing << "  " << (ok ? "  " : "x ") << e.type << " " << e.display << " [" << e.key << "] x" << e.mentions
              << "\n";
    }
    total_wrong += wrong;
    // GOLD.md does not list every name an article holds (كأس إفريقيا's Africa),
    // so a few entities outside it are tolerated.
    EXPECT_LE(wrong, 3) << article.name << ": too many entities not in GOLD.md:\n" << listing.str();
    std::cout << "[seeds] " << article.name << ": " << resolver.entities().size() << " entities, "
              << gold_keys.size() << " gold, " << wrong << " not in GOLD.md\n"
              << listing.str();
  }
  std::cout << "[seeds] entities not in GOLD.md over the 6 articles: " << total_wrong << "\n";
  // Spellings of one name share the stateless key too, and so do languages.
  EXPECT_EQ(key_across_articles["France"], "loc:FR");
  EXPECT_EQ(entity_key(EntitySpan{"LOC", 0, 0, "France", {}}), key_across_articles["France"]);
  EXPECT_EQ(name_key("روتايو"), name_key("ريتايو"));
}

}  // namespace
}  // namespace marsad::entity
