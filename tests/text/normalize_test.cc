#include "text/normalize.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include "text/tokenizer.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::string expected;
};

TEST(NormalizeForMatchingTest, EdgeCaseTable) {
  const std::vector<Case> cases = {
      // Alef forms
      {"alef hamza above", "أحمد", "احمد"},
      {"alef hamza below", "إسلام", "اسلام"},
      {"alef madda", "آخر", "اخر"},
      {"alef wasla", "ٱلله", "الله"},
      {"alef wavy hamza", "ٲ", "ا"},
      {"decomposed alef + hamza above", "\u0627\u0654\u062d\u0645\u062f", "احمد"},
      {"decomposed alef + madda", "\u0627\u0653\u062e\u0631", "اخر"},
      {"decomposed alef + hamza below + kasra", "\u0627\u0650\u0655\u0633", "اس"},
      // Yeh, teh marbuta, hamza carriers
      {"alef maksura", "على مستوى", "علي مستوي"},
      {"yeh unchanged", "علي", "علي"},
      {"teh marbuta", "المغربية", "المغربيه"},
      {"waw hamza kept", "مؤتمر", "مؤتمر"},
      {"yeh hamza kept", "رئيس فئة", "رئيس فئه"},
      {"decomposed waw + hamza composes like the precomposed", "\u0645\u0648\u0654\u062a\u0645\u0631",
       "مؤتمر"},
      {"lone hamza kept", "شيء", "شيء"},
      {"persian yeh and keheh", "\u06cc\u06a9", "يك"},
      // Diacritics and tatweel
      {"harakat", "كَتَبَ", "كتب"},
      {"tanwin", "شكراً كثيرٌ جداً", "شكرا كثير جدا"},
      {"shadda + fatha either order", "محمَّد محمَّد", "محمد محمد"},
      {"sukun", "مِنْ", "من"},
      {"superscript alef", "هٰذا", "هذا"},
      {"quranic marks", "الرَّحِيمِۖ", "الرحيم"},
      {"tatweel", "الـــمـغـرب", "المغرب"},
      {"tatweel with harakat", "جـَمـِيل", "جميل"},
      // Digits
      {"arabic-indic digits", "٠١٢٣٤٥٦٧٨٩", "0123456789"},
      {"persian digits", "۰۱۲۳۴۵۶۷۸۹", "0123456789"},
      {"date in arabic digits", "١٤ أبريل ٢٠٢٥", "14 ابريل 2025"},
      {"arabic decimal and percent", "٣٫٥٪", "3.5%"},
      {"fullwidth digits and letters", "２０２５ＡＢ", "2025ab"},
      // Punctuation
      {"arabic comma semicolon question", "نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"},
      {"guillemets kept", "«المغرب»", "«المغرب»"},
      // Case folding and compatibility forms
      {"ascii case", "Ministre De L'Intérieur", "ministre de l'intérieur"},
      {"accented uppercase", "ÉTÉ À PARIS", "été à paris"},
      {"sharp s folds to ss", "Straße", "strasse"},
      {"decomposed e acute composes", "e\u0301te\u0301", "\u00e9t\u00e9"},
      {"ligature fi", "ﬁn", "fin"},
      {"lam-alef presentation form", "ﻻ", "لا"},
      {"lam-alef with hamza presentation form", "ﻷ", "لا"},
      {"allah ligature", "ﷲ", "الله"},
      {"presentation forms word", "ﺍﻟﻤﻐﺮﺏ", "المغرب"},
      {"greek", "ΑΘΗΝΑ", "αθηνα"},
      {"cyrillic", "МОСКВА", "москва"},
      // Whitespace and invisible characters
      {"nbsp", "a\u00a0b", "a b"},
      {"whitespace run and trim", "  a \t\u2003 b  ", "a b"},
      {"line break kept as newline", "a \r\n\n b", "a\nb"},
      {"zero-width space is a space", "a\u200bb", "a b"},
      {"zwnj and zwj removed", "ن\u200cن\u200dن", "ننن"},
      {"bidi marks removed", "\u200f2025\u200e \u202bنص\u202c", "2025 نص"},
      {"bom and soft hyphen removed", "\ufeffin\u00adter", "inter"},
      {"control characters removed", "a\x01" "b\x7f", "ab"},
      {"only whitespace", " \u00a0\n ", ""},
      {"empty", "", ""},
      // Mixed scripts, emoji, invalid bytes
      {"mixed arabic and latin", "وزير الداخلية Bruno Retailleau في الرباط",
       "وزير الداخليه bruno retailleau في الرباط"},
      {"emoji kept", "جميل 😀!", "جميل 😀!"},
      {"invalid bytes become U+FFFD", "a\xff" "b\xd9", "a\uFFFDb\uFFFD"},
      {"combining mark after arabic letter", "ب\u0301", "ب\u0301"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(normalize_for_matching(c.input), c.expected) << c.name;
  }
}

// The matching form of text made of Arabic letters and marks, tatweel, 'a' and
// spaces, straight from its definition: nfkc_cf of the whole text, then the
// Arabic folding, then spaces collapsed and trimmed.
std::string matching_form_by_definition(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  std::string normalized;
  icu::StringByteSink<std::string> sink(&normalized);
  nfkc_cf->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                         nullptr, status);
  std::string out;
  bool pending_space = false;
  for (size_t i = 0; i < normalized.size();) {
    char32_t c = next_code_point(normalized, i);
    if (c == ' ') {
      pending_space = true;
      continue;
    }
    if (c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670) continue;
    if (c == 0x0622 || c == 0x0623 || c == 0x0625 || (c >= 0x0671 && c <= 0x0673)) c = 0x0627;
    if (c == 0x0649) c = 0x064A;
    if (c == 0x0629) c = 0x0647;
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    append_utf8(out, c);
  }
  return out;
}

TEST(NormalizeForMatchingTest, ArabicRunsWithCombiningMarksMatchTheDefinition) {
  // Runs of letters take a fast path; a mark after a letter (harakat, and madda and
  // hamza above and below, which compose with alef, waw and yeh) must still reach it.
  std::vector<std::string> pieces = {" ", "a", "\u0640", "\u0670"};
  for (char32_t cp = 0x0621; cp <= 0x064A; ++cp) {
    std::string c;
    append_utf8(c, cp);
    pieces.push_back(c);
  }
  const size_t marks_first = pieces.size();
  for (char32_t cp = 0x064B; cp <= 0x0655; ++cp) {
    std::string c;
    append_utf8(c, cp);
    pieces.push_back(c);
  }
  uint32_t state = 7;
  const auto random = [&state] { return state = state * 1103515245u + 12345u, state >> 8; };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t length = random() % 40;
    for (size_t k = 0; k < length; ++k)
      text += pieces[random() % 5 == 0 ? marks_first + random() % (pieces.size() - marks_first)
                                       : random() % pieces.size()];
    ASSERT_EQ(normalize_for_matching(text), matching_form_by_definition(text)) << text;
    const NormalizedText with_offsets = normalize_for_matching_with_offsets(text);
    ASSERT_EQ(with_offsets.text, normalize_for_matching(text)) << text;
  }
}

TEST(NormalizeForMatchingTest, IsIdempotent) {
  const std::vector<std::string> inputs = {
      "أَعْلَنَ وزيرُ الداخليّة الفرنسيّ برونو روتايو، يوم الاثنين ١٤ أبريل",
      "Le ministre de l'Intérieur, M. Retailleau, s'est rendu à Rabat.",
      "e\u0301 \u0627\u0654 ﻷ ﷺ  x\u200b\u200by", "a\xff\xfe"};
  for (const std::string& s : inputs) {
    const std::string once = normalize_for_matching(s);
    EXPECT_EQ(normalize_for_matching(once), once) << s;
  }
}

TEST(NormalizeDisplayTest, EdgeCaseTable) {
  const std::vector<Case> cases = {
      {"keeps hamza, diacritics, teh marbuta, tatweel", "أَعلنَ الـوزارة", "أَعلنَ الـوزارة"},
      {"keeps case and digits", "Rabat ١٤ أبريل 2025", "Rabat ١٤ أبريل 2025"},
      {"NFC composes", "e\u0301t\u00e9", "\u00e9t\u00e9"},
      {"NFC composes arabic hamza", "\u0627\u0654", "\u0623"},
      {"NFC does not fold compatibility forms", "ﻻ ﬁ", "ﻻ ﬁ"},
      {"collapses whitespace runs", " \t a \u00a0\u2009 b\n\nc ", "a b c"},
      {"zero-width space is a space", "a\u200bb", "a b"},
      {"removes bidi marks and bom", "\ufeff\u200fنص\u200e \u2066x\u2069", "نص x"},
      {"keeps zwnj and zwj", "می\u200cخواهم 👨\u200d👩", "می\u200cخواهم 👨\u200d👩"},
      {"removes control characters", "a\x01\x7f" "b", "ab"},
      {"invalid bytes become U+FFFD", "a\xff", "a\uFFFD"},
      {"empty", "", ""},
      {"only invisible", "\u200f \u200e", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(normalize_display(c.input), c.expected) << c.name;
  }
}

TEST(NormalizeWithOffsetsTest, TextEqualsPlainNormalization) {
  const std::string input = "  أَعْلَنَ  الـوزير، ﻷ e\u0301 ٢٠٢٥\r\n😀 x\xff";
  const NormalizedText n = normalize_for_matching_with_offsets(input);
  EXPECT_EQ(n.text, normalize_for_matching(input));
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_original.back(), input.size());
  for (size_t k = 1; k < n.to_original.size(); ++k) {
    EXPECT_LE(n.to_original[k - 1], n.to_original[k]) << k;
  }
}

TEST(NormalizeWithOffsetsTest, ByteOffsetsPointAtTheSourceCharacter) {
  const std::string input = "Aأ\u064e٣";  // A(0) أ(1-2) fatha(3-4) ٣(5-6)
  const NormalizedText n = normalize_for_matching_with_offsets(input);
  EXPECT_EQ(n.text, "aا3");
  EXPECT_EQ(n.to_original, (std::vector<uint32_t>{0, 1, 1, 5, 7}));
}

TEST(NormalizeWithOffsetsTest, SpaceMapsToTheStartOfItsRun) {
  const std::string input = "a \u00a0 b";  // a(0) ' '(1) nbsp(2-3) ' '(4) b(5)
  const NormalizedText n = normalize_for_matching_with_offsets(input);
  EXPECT_EQ(n.text, "a b");
  EXPECT_EQ(n.to_original, (std::vector<uint32_t>{0, 1, 5, 6}));
}

// A token found in the matching form maps back to the words as written.
TEST(NormalizeWithOffsetsTest, TokensMapBackToTheOriginalSubstring) {
  const std::string input =
      "\u200fأعلنَ وزيرُ الداخليّـة الفرنسيّ، «برونو روتايو»، يوم ١٤ أبريل Ministère e\u0301té ﻻ end";
  const NormalizedText n = normalize_for_matching_with_offsets(input);
  std::vector<std::string> originals;
  for (const Token& t : tokenize_words(n.text)) {
    const size_t b = n.to_original[t.begin];
    const size_t e = n.to_original[t.end];
    originals.push_back(input.substr(b, e - b));
  }
  const std::vector<std::string> expected = {
      "أعلنَ", "وزيرُ", "الداخليّـة", "الفرنسيّ", "برونو", "روتايو", "يوم", "١٤", "أبريل",
      "Ministère", "e\u0301té", "ﻻ", "end"};
  EXPECT_EQ(originals, expected);
}

}  // namespace
}  // namespace marsad::text

namespace marsad::text {
namespace {

// On the crawled seed pages: every token of the matching form maps back to a
// span of the page whose own matching form is that token.
TEST(NormalizeWithOffsetsTest, SeedPagesMapBack) {
  const std::filesystem::path seeds = std::filesystem::path(MARSAD_SHARED_DIR) / "corpus/seeds";
  if (!std::filesystem::is_directory(seeds)) GTEST_SKIP() << "no seed corpus at " << seeds;
  int pages = 0;
  for (const auto& file : std::filesystem::directory_iterator(seeds)) {
    if (file.path().extension() != ".txt") continue;
    std::ifstream in(file.path(), std::ios::binary);
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const NormalizedText n = normalize_for_matching_with_offsets(page);
    ASSERT_EQ(n.text, normalize_for_matching(page)) << file.path();
    ASSERT_EQ(normalize_for_matching(n.text), n.text) << file.path();
    int mismatches = 0;
    for (const Token& t : tokenize_words(n.text)) {
      const size_t b = n.to_original[t.begin];
      const size_t e = n.to_original[t.end];
      if (normalize_for_matching(page.substr(b, e - b)) != t.text && ++mismatches <= 3) {
        ADD_FAILURE() << file.path() << ": token " << t.text << " maps to "
                      << page.substr(b, e - b);
      }
    }
    ++pages;
  }
  EXPECT_GT(pages, 0);
}

TEST(NormalizeTest, IntoABufferIsTheSameAsReturned) {
  std::string buffer = "left over from before";
  for (const char* text : {"أعلنَ الوزيرُ ﻻ ﷲ «المغربيّة» ٢٠٢٥", "Ministre\u00A0de  l'Intérieur\n\nRabat",
                           "", "  \t ", "x\xC3\x28y", "ـــعـــاجـــل"}) {
    normalize_for_matching(text, buffer);
    EXPECT_EQ(buffer, normalize_for_matching(text)) << text;
  }
}

TEST(OriginalSpan, LeavesOutTheWhitespaceTheMatchingFormDroppedAtTheEnd) {
  const std::string page = "زار فرنسا\n \xC2\xA0";
  const NormalizedText n = normalize_for_matching_with_offsets(page);
  ASSERT_EQ(n.text, "زار فرنسا");
  const size_t b = n.text.find("فرنسا");
  const auto [begin, end] = original_span(n, page, b, n.text.size());
  EXPECT_EQ(page.substr(begin, end - begin), "فرنسا");
  // Inside the text a span ends where its last word does, diacritics included.
  const std::string voweled = "زارَ فرنسا";
  const NormalizedText v = normalize_for_matching_with_offsets(voweled);
  const auto [vb, ve] = original_span(v, voweled, 0, v.text.find(' '));
  EXPECT_EQ(voweled.substr(vb, ve - vb), "زارَ");
}

}  // namespace
}  // namespace marsad::text
