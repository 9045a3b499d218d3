#include "ingest/utf8_repair.h"

#include <simdjson.h>

namespace marsad {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the sequence a lead byte starts and the range allowed for its second byte
// (Unicode Table 3-7); 0 for a byte that cannot start a sequence.
struct LeadByte {
  int length;
  unsigned char second_min, second_max;
};

LeadByte classify(unsigned char c) {
  if (c >= 0xC2 && c <= 0xDF) return {2, 0x80, 0xBF};
  if (c == 0xE0) return {3, 0xA0, 0xBF};
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return {3, 0x80, 0xBF};
  if (c == 0xED) return {3, 0x80, 0x9F};
  if (c == 0xF0) return {4, 0x90, 0xBF};
  if (c >= 0xF1 && c <= 0xF3) return {4, 0x80, 0xBF};
  if (c == 0xF4) return {4, 0x80, 0x8F};
  return {0, 0, 0};
}

}  // namespace

bool is_valid_utf8(std::string_view text) { return simdjson::validate_utf8(text); }

// Hand-written: ICU would do it, but ingest does not link ICU and this is the rare path.
Utf8Repair repair_utf8(std::string_view text) {
  Utf8Repair out;
  out.text.reserve(text.size() + 16);
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out.text += static_cast<char>(c);
      ++i;
      continue;
    }
    const LeadByte lead = classify(c);
    // `good` counts the bytes of the sequence that are well-formed so far.
    int good = lead.length == 0 ? 0 : 1;
    if (good) {
      for (int k = 1; k < lead.length && i + k < n; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        const bool ok = k == 1 ? (b >= lead.second_min && b <= lead.second_max)
                               : (b >= 0x80 && b <= 0xBF);
        if (!ok) break;
        ++good;
      }
    }
    if (lead.length != 0 && good == lead.length) {
      out.text.append(text.substr(i, good));
      i += good;
    } else {
      out.replaced_at.push_back(out.text.size());
      out.text.append(kReplacement);
      i += good == 0 ? 1 : good;
    }
  }
  return out;
}

}  // namespace marsad
