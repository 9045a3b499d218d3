#include "text/normalize.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include "text/script.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

const icu::Normalizer2& icu_normalizer(bool nfkc_casefold) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = nfkc_casefold ? icu::Normalizer2::getNFKCCasefoldInstance(status)
                                            : icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || n == nullptr) {
    std::fprintf(stderr, "marsad: ICU normalization data is missing (%s)\n", u_errorName(status));
    std::abort();
  }
  return *n;
}

// Runs an ICU normalizer over valid UTF-8.
void icu_normalize(const icu::Normalizer2& n, std::string_view valid_utf8, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(&out);
  n.normalizeUTF8(0, icu::StringPiece(valid_utf8.data(), static_cast<int32_t>(valid_utf8.size())),
                  sink, nullptr, status);
  if (U_FAILURE(status)) out.append(valid_utf8);  // cannot happen on valid UTF-8; keep the text
}

bool is_line_break(char32_t cp) {
  return cp == '\n' || cp == '\v' || cp == '\f' || cp == '\r' || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}

bool is_whitespace(char32_t cp) {
  return cp == 0x200B || u_isUWhiteSpace(static_cast<UChar32>(cp));
}

// Invisible characters removed from the display form (see header).
bool is_invisible_noise(char32_t cp) {
  return cp == 0x200E || cp == 0x200F || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || cp == 0x2060 || cp == 0x00AD ||
         cp == 0x180E;
}

// The Arabic orthographic folding applied after nfkc_cf (see header).
// Returns false if cp is removed; else sets *out to its replacement.
bool fold_arabic(char32_t cp, char32_t* out) {
  *out = cp;
  if (cp < 0x0600 || cp > 0x08FF) return true;
  switch (cp) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
      *out = 0x0627; return true;   // alef forms -> bare alef
    case 0x0649: case 0x06CC:
      *out = 0x064A; return true;   // alef maksura, Persian yeh -> yeh
    case 0x0629:
      *out = 0x0647; return true;   // teh marbuta -> heh
    case 0x06A9:
      *out = 0x0643; return true;   // keheh -> kaf
    case 0x060C: *out = ','; return true;
    case 0x061B: *out = ';'; return true;
    case 0x061F: *out = '?'; return true;
    case 0x066A: *out = '%'; return true;
    case 0x066B: *out = '.'; return true;
    case 0x066C: *out = ','; return true;
    case 0x066D: *out = '*'; return true;
    case 0x06D4: *out = '.'; return true;
    case 0x0640:  // tatweel
    case 0x0600: case 0x0601: case 0x0602: case 0x0603: case 0x0604: case 0x0605:
    case 0x061C: case 0x06DD: case 0x0890: case 0x0891: case 0x08E2:  // format characters
      return false;
    default:
      break;
  }
  if (cp >= 0x0660 && cp <= 0x0669) { *out = U'0' + (cp - 0x0660); return true; }
  if (cp >= 0x06F0 && cp <= 0x06F9) { *out = U'0' + (cp - 0x06F0); return true; }
  return !is_arabic_diacritic(cp);
}

// How one code point appears in the matching form when it stands alone.
enum Kind : uint8_t { kText, kSpace, kLineBreak, kDrop };

struct Entry {
  uint32_t pool_offset = 0;
  uint8_t len = 0;
  uint8_t kind = kDrop;
  bool boundary_before = true;    // starts a new nfkc_cf segment
  bool independent_mark = false;  // a removed Arabic mark that never composes with its base
  bool has_space = false;         // the text holds a ' ' (e.g. ﷺ)
};

// Matching-form mapping of every code point in the ranges most news text is
// made of, computed once from ICU's nfkc_cf and fold_arabic.
class MatchingTables {
 public:
  MatchingTables() : nfkc_cf_(icu_normalizer(true)) {
    for (char32_t cp = 0; cp < kRange0End; ++cp) fill(cp, low_[cp]);
    for (char32_t cp = kRange1Begin; cp < kRange1End; ++cp) fill(cp, punct_[cp - kRange1Begin]);
    for (char32_t cp = kRange2Begin; cp < kRange2End; ++cp) fill(cp, forms_[cp - kRange2Begin]);
    fill(kReplacementChar, replacement_);
    // U+0600..U+067F (leads D8, D9) that stand alone as two bytes of matching form.
    for (char32_t cp = 0x0600; cp < 0x0680; ++cp) {
      const Entry& e = low_[cp];
      if (e.kind != kText || e.len != 2 || e.has_space || !e.boundary_before) continue;
      auto& folded = two_byte_[cp - 0x0600];
      std::memcpy(folded.data(), text(e), 2);
    }
  }

  // The matching form of the two bytes at p if they are a character of U+0600..U+067F
  // that starts a segment and becomes two bytes when alone (the letters of the Arabic
  // alphabet, ؤ ئ, ...), else nullptr.
  const char* two_byte(const char* p) const {
    const unsigned lead = static_cast<unsigned char>(p[0]), trail = static_cast<unsigned char>(p[1]);
    if ((lead != 0xD8 && lead != 0xD9) || (trail & 0xC0) != 0x80) return nullptr;
    const auto& folded = two_byte_[(lead - 0xD8) * 64 + (trail - 0x80)];
    return folded[0] != 0 ? folded.data() : nullptr;
  }

  const Entry* find(char32_t cp) const {
    if (cp < kRange0End) return &low_[cp];
    if (cp >= kRange1Begin && cp < kRange1End) return &punct_[cp - kRange1Begin];
    if (cp >= kRange2Begin && cp < kRange2End) return &forms_[cp - kRange2Begin];
    if (cp == kReplacementChar) return &replacement_;
    return nullptr;
  }
  const char* text(const Entry& e) const { return pool_.data() + e.pool_offset; }
  const icu::Normalizer2& nfkc_cf() const { return nfkc_cf_; }

  // Appends the folded form of cp (already nfkc_cf) to out.
  static void append_folded(char32_t cp, std::string& out) {
    char32_t folded;
    if (fold_arabic(cp, &folded)) append_utf8(out, folded);
  }

 private:
  static constexpr char32_t kRange0End = 0x0800;     // ASCII .. Arabic, NKo
  static constexpr char32_t kRange1Begin = 0x2000;   // general punctuation
  static constexpr char32_t kRange1End = 0x2070;
  static constexpr char32_t kRange2Begin = 0xFB50;   // Arabic presentation forms
  static constexpr char32_t kRange2End = 0xFF00;

  void fill(char32_t cp, Entry& e) {
    e.boundary_before = nfkc_cf_.hasBoundaryBefore(static_cast<UChar32>(cp));
    if (is_whitespace(cp)) {
      // nfkc_cf deletes U+200B (and so joins it to the segment before); here
      // it is a space, which never combines with anything.
      e.boundary_before = true;
      e.kind = is_line_break(cp) ? kLineBreak : kSpace;
      return;
    }
    if (u_charType(static_cast<UChar32>(cp)) == U_CONTROL_CHAR) return;  // kDrop
    std::string single, normalized, folded;
    append_utf8(single, cp);
    icu_normalize(nfkc_cf_, single, normalized);
    for (size_t i = 0; i < normalized.size();) append_folded(next_code_point(normalized, i), folded);
    if (folded.empty()) {
      e.independent_mark = is_arabic_diacritic(cp) && !(cp >= 0x0653 && cp <= 0x0655);
      return;  // kDrop
    }
    e.kind = kText;
    e.pool_offset = static_cast<uint32_t>(pool_.size());
    e.len = static_cast<uint8_t>(folded.size());
    e.has_space = folded.find(' ') != std::string::npos;
    pool_ += folded;
  }

  const icu::Normalizer2& nfkc_cf_;
  std::string pool_;
  std::array<Entry, kRange0End> low_;
  std::array<Entry, kRange1End - kRange1Begin> punct_;
  std::array<Entry, kRange2End - kRange2Begin> forms_;
  Entry replacement_;
  std::array<std::array<char, 2>, 128> two_byte_{};  // by code point - U+0600; {0, 0}: none
};

const MatchingTables& matching_tables() {
  static const MatchingTables tables;
  return tables;
}

// Writes the matching form, collapsing whitespace runs, and (if kOffsets)
// the origin of every byte written.
template <bool kOffsets>
class Writer {
 public:
  // Writes into out (which must be empty) sized for about `expected` bytes;
  // finish() trims it. Bytes are stored through a raw pointer because
  // std::string::append costs more than the copy of the one or two bytes of
  // most characters.
  Writer(std::string& out, std::vector<uint32_t>* offsets, size_t expected)
      : out_(out), offsets_(offsets) {
    out_.resize(expected + 16);
  }

  void text(const char* p, size_t len, uint32_t origin) {
    if (pending_ != kDrop) {
      if (size_ > 0) put(pending_ == kLineBreak ? '\n' : ' ', pending_origin_);
      pending_ = kDrop;
    }
    reserve(len);
    char* dst = out_.data() + size_;
    if (len == 2) {
      std::memcpy(dst, p, 2);  // an Arabic letter: a fixed-size copy is a single move
    } else {
      std::memcpy(dst, p, len);
    }
    size_ += len;
    if constexpr (kOffsets) offsets_->insert(offsets_->end(), len, origin);
  }

  // A run of characters that each become two bytes, given by `folded` (see
  // MatchingTables::two_byte), each its own segment; origin is the run's start.
  void two_byte_run(const MatchingTables& t, const char* p, size_t len, uint32_t origin) {
    if (pending_ != kDrop) {
      if (size_ > 0) put(pending_ == kLineBreak ? '\n' : ' ', pending_origin_);
      pending_ = kDrop;
    }
    reserve(len);
    char* dst = out_.data() + size_;
    for (size_t k = 0; k < len; k += 2) {
      std::memcpy(dst + k, t.two_byte(p + k), 2);
      if constexpr (kOffsets) offsets_->insert(offsets_->end(), 2, origin + static_cast<uint32_t>(k));
    }
    size_ += len;
  }

  void space(uint8_t kind, uint32_t origin) {
    if (pending_ == kDrop) {
      pending_ = kind;
      pending_origin_ = origin;
    } else if (kind == kLineBreak) {
      pending_ = kLineBreak;
    }
  }

  void entry(const MatchingTables& t, const Entry& e, uint32_t origin) {
    switch (e.kind) {
      case kText:
        if (!e.has_space) {
          text(t.text(e), e.len, origin);
        } else {
          text_with_spaces(std::string_view(t.text(e), e.len), origin);
        }
        break;
      case kSpace: case kLineBreak:
        space(e.kind, origin);
        break;
      default:
        break;
    }
  }

  void text_with_spaces(std::string_view s, uint32_t origin) {
    size_t start = 0;
    while (start < s.size()) {
      size_t sp = s.find(' ', start);
      if (sp == std::string_view::npos) sp = s.size();
      if (sp > start) text(s.data() + start, sp - start, origin);
      if (sp < s.size()) space(kSpace, origin);
      start = sp + 1;
    }
  }

  void finish(size_t input_size) {
    out_.resize(size_);
    if constexpr (kOffsets) offsets_->push_back(static_cast<uint32_t>(input_size));
  }

 private:
  void reserve(size_t more) {
    if (size_ + more > out_.size()) out_.resize(std::max(out_.size() * 2, size_ + more));
  }

  void put(char c, uint32_t origin) {
    reserve(1);
    out_[size_++] = c;
    if constexpr (kOffsets) offsets_->push_back(origin);
  }

  std::string& out_;
  size_t size_ = 0;  // bytes written to out_
  std::vector<uint32_t>* offsets_;
  uint8_t pending_ = kDrop;
  uint32_t pending_origin_ = 0;
};

template <bool kOffsets>
void normalize_matching(std::string_view s, std::string& out, std::vector<uint32_t>* offsets) {
  const MatchingTables& t = matching_tables();
  Writer<kOffsets> w(out, offsets, s.size());
  if constexpr (kOffsets) offsets->reserve(s.size() + 1);
  const size_t n = s.size();
  std::string segment, normalized;
  // The character that ended the previous segment, decoded once: it starts the next one.
  bool carried = false;
  char32_t carried_cp = 0;
  const Entry* carried_entry = nullptr;
  size_t carried_end = 0;
  size_t i = 0;
  while (i < n) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    // An ASCII character followed by ASCII is a normalization segment by itself.
    if (b < 0x80 && (i + 1 == n || static_cast<unsigned char>(s[i + 1]) < 0x80)) {
      w.entry(t, *t.find(b), static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    // A run of Arabic letters (the bulk of Arabic text): each is a segment by itself
    // unless the character after it combines with it, so the run stops one letter
    // short of a non-ASCII character that follows it.
    if (b == 0xD8 || b == 0xD9) {
      size_t run_end = i;
      while (run_end + 1 < n && t.two_byte(s.data() + run_end) != nullptr) run_end += 2;
      if (run_end < n && static_cast<unsigned char>(s[run_end]) >= 0x80 && run_end > i) run_end -= 2;
      if (run_end > i) {
        w.two_byte_run(t, s.data() + i, run_end - i, static_cast<uint32_t>(i));
        carried = false;  // a character carried over from the last segment started at i
        i = run_end;
        continue;
      }
    }
    const size_t start = i;
    char32_t cp;
    const Entry* e;
    if (carried) {
      cp = carried_cp;
      e = carried_entry;
      i = carried_end;
      carried = false;
    } else {
      cp = next_code_point(s, i);
      e = t.find(cp);
    }
    bool table_only = e != nullptr;
    // The segment goes on over the characters that may combine with this one.
    size_t end = i;
    while (end < n && static_cast<unsigned char>(s[end]) >= 0x80) {
      size_t next_end = end;
      const char32_t next = next_code_point(s, next_end);
      const Entry* ne = t.find(next);
      const bool boundary =
          ne ? ne->boundary_before : t.nfkc_cf().hasBoundaryBefore(static_cast<UChar32>(next));
      if (boundary) {
        carried = true;
        carried_cp = next;
        carried_entry = ne;
        carried_end = next_end;
        break;
      }
      if (ne == nullptr || !ne->independent_mark) table_only = false;
      end = next_end;
    }
    if (table_only) {
      // Any characters after the first are independent marks, all removed.
      w.entry(t, *e, static_cast<uint32_t>(start));
    } else {
      segment.clear();
      for (size_t k = start; k < end;) append_utf8(segment, next_code_point(s, k));
      normalized.clear();
      icu_normalize(t.nfkc_cf(), segment, normalized);
      for (size_t k = 0; k < normalized.size();) {
        const size_t cp_start = k;
        const char32_t c = next_code_point(normalized, k);
        if (const Entry* ce = t.find(c)) {
          w.entry(t, *ce, static_cast<uint32_t>(start));
        } else {
          w.text(normalized.data() + cp_start, k - cp_start, static_cast<uint32_t>(start));
        }
      }
    }
    i = end;
  }
  w.finish(n);
}

}  // namespace

std::string normalize_display(std::string_view text) {
  std::string valid;
  if (!is_valid_utf8(text)) {
    valid = sanitize_utf8(text);
    text = valid;
  }
  std::string nfc;
  nfc.reserve(text.size());
  icu_normalize(icu_normalizer(false), text, nfc);

  std::string out;
  out.reserve(nfc.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < nfc.size()) {
    const size_t start = i;
    const char32_t cp = next_code_point(nfc, i);
    if (is_whitespace(cp)) {
      pending_space = true;
      continue;
    }
    if (is_invisible_noise(cp) || (cp < 0xA0 && u_charType(static_cast<UChar32>(cp)) == U_CONTROL_CHAR)) {
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.append(nfc, start, i - start);
  }
  return out;
}

std::string normalize_for_matching(std::string_view text) {
  std::string out;
  normalize_matching<false>(text, out, nullptr);
  return out;
}

void normalize_for_matching(std::string_view text, std::string& out) {
  out.clear();
  normalize_matching<false>(text, out, nullptr);
}

NormalizedText normalize_for_matching_with_offsets(std::string_view text) {
  NormalizedText result;
  normalize_matching<true>(text, result.text, &result.to_original);
  return result;
}

std::pair<size_t, size_t> original_span(const NormalizedText& n, std::string_view original, size_t b, size_t e) {
  const size_t begin = n.to_original[b];
  size_t end = n.to_original[e];
  while (end > begin) {
    const unsigned char last = static_cast<unsigned char>(original[end - 1]);
    if (last == ' ' || last == '\t' || last == '\n' || last == '\r' || last == '\f' || last == '\v') {
      --end;
    } else if (end - begin >= 2 && original.substr(end - 2, 2) == "\xC2\xA0") {  // no-break space
      end -= 2;
    } else {
      break;
    }
  }
  return {begin, end};
}

}  // namespace marsad::text
