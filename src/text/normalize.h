// Text normalization: one form to show, one form to match.
//
// Display form keeps the text as its author wrote it, minus invisible noise;
// matching form is what indexes, fingerprints, stopword lists and gazetteers
// compare, so that "أعلن" and "اعلن", "المغربية" and "المغربيّة", "٢٠٢٥" and
// "2025", "Ministre" and "ministre" are the same string.
//
//   std::string title = normalize_display(raw_title);      // shown to a person
//   std::string key = normalize_for_matching(raw_word);     // compared
//   NormalizedText n = normalize_for_matching_with_offsets(page);
//   // a match at bytes [b, e) of n.text is page.substr(n.to_original[b],
//   //                                                  n.to_original[e] - n.to_original[b])
//
// All functions accept invalid UTF-8: each invalid byte becomes U+FFFD.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace marsad::text {

// Unicode NFC (ICU); every run of whitespace (spaces, tabs, line breaks, NBSP
// and the other Unicode spaces, zero-width space U+200B) becomes one ' ';
// bidi controls (LRM, RLM, ALM, embeddings, isolates), BOM, word joiner,
// soft hyphen and control characters are removed; the result is trimmed.
// ZWJ and ZWNJ are kept: they change how Persian words and emoji sequences
// look. Letters, diacritics, tatweel, digits and punctuation stay as written.
std::string normalize_display(std::string_view text);

// The matching form:
//   - NFKC with case folding (ICU's nfkc_cf: also removes default-ignorable
//     characters such as ZWJ, ZWNJ, bidi marks, soft hyphen), so presentation
//     forms, ligatures (ﻻ, ﷲ), fullwidth letters and case differences vanish;
//   - Arabic orthography: أ إ آ ٱ ٲ ٳ → ا; ى → ي; ة → ه; Persian ی → ي and
//     ک → ك (typed on Persian keyboards); diacritics (harakat, tanwin, shadda,
//     sukun, superscript alef, Quranic marks) and tatweel removed;
//     ؤ and ئ are KEPT: folding them to و/ي makes unrelated words collide
//     (فئة "group" would become فيه "in it", a stopword), while the one common
//     variant pair they split (مسؤول/مسئول) is rare enough to leave to the stemmer;
//   - digits: Arabic-Indic ٠-٩ and Persian ۰-۹ → 0-9; Arabic punctuation
//     ، ؛ ؟ ٪ ٫ ٬ → , ; ? % . , ;
//   - whitespace: a run of whitespace becomes one '\n' if it holds a line
//     break, else one ' '; leading and trailing whitespace is removed;
//     control characters are removed.
// ASCII and Arabic go through tables built once from ICU's own data; other
// scripts go through ICU per normalization segment. Idempotent.
std::string normalize_for_matching(std::string_view text);

// The same into `out`, whose contents are replaced: a caller that normalizes
// line after line keeps one buffer's capacity instead of allocating a string each time.
void normalize_for_matching(std::string_view text, std::string& out);

// The matching form and, for each of its bytes, where it came from.
struct NormalizedText {
  std::string text;  // normalize_for_matching(input)
  // to_original[k] is the byte offset in the input of the character that
  // produced byte k of text (a space that replaced a whitespace run points at
  // the run's first character; bytes made by composing several characters
  // point at the first of them). Size text.size() + 1; the last is input.size().
  // Non-decreasing, so [to_original[b], to_original[e]) is the original span of
  // text[b, e) (including any removed characters inside or just after it).
  std::vector<uint32_t> to_original;
};

NormalizedText normalize_for_matching_with_offsets(std::string_view text);

// The bytes of `original` that text[b, e) of its matching form `n` came from,
// as a [begin, end) pair: [to_original[b], to_original[e]) less the whitespace
// it ends with (which the matching form dropped at the end of the text).
std::pair<size_t, size_t> original_span(const NormalizedText& n, std::string_view original, size_t b, size_t e);

}  // namespace marsad::text
