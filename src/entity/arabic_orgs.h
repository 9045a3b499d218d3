// Organizations in Arabic text that a tagger trained on ANERcorp tends to
// miss: a head word (وكالة، منظمة، وزارة، مديرية ...) followed by the words
// with ال that complete it, and the body a director heads (المديرة العامة
// للأمن الداخلي → الأمن الداخلي).
//
//   for (const EntitySpan& s : find_arabic_organizations(text)) ...  // type "ORG"
//
// The head words are <data dir>/entity/org_heads.txt and
// institution_heads.txt, read once. Thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "entity/ner_tagger.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace marsad::entity {

// The organizations of an Arabic text in text order, with byte offsets into
// it. A head (any proclitics on it) needs one to four following words that
// begin with ال, separated by single spaces; the span holds the head and them.
// After مدير / مديرة (optionally عام / عامة) a word that begins with لل opens
// the directed body: the span starts at that word and takes the ال words
// after it. An institution named after a person is one span too: a head of
// org_heads.txt or institution_heads.txt (مطار، مستشفى، مركز ...), a title
// (الملك، الأمير، الشيخ، الإمام، السلطان), a name word with up to two "بن X"
// links, then the ال words: مطار الملك خالد الدولي، جامعة الإمام محمد بن سعود
// الإسلامية. Such a name, and one whose head has the article (الشركة
// السعودية), goes on with a word that begins with لل, its ال words and one
// more joined by و: الشركة السعودية للكهرباء، مدينة الملك عبدالعزيز للعلوم
// والتقنية; after a head without the article the لل word is a preposition
// (وزارة الصحة للمواطنين).
std::vector<EntitySpan> find_arabic_organizations(std::string_view text);

// True if `matching_word` (matching form, no proclitic) opens organization
// names: a word of org_heads.txt or institution_heads.txt, with or without ال.
bool is_organization_head(std::string_view matching_word);

// The same, for a caller that already holds the text's matching form and its
// words (the place gazetteer reads the same ones): `norm` must be
// normalize_for_matching_with_offsets(text) and `tokens` tokenize_words(norm.text).
std::vector<EntitySpan> find_arabic_organizations(std::string_view text, const text::NormalizedText& norm,
                                                  const std::vector<text::Token>& tokens);

}  // namespace marsad::entity
