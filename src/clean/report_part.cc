#include "clean/report_part.h"

namespace marsad {
namespace {

constexpr std::string_view kAddendum = "إضافة";
// Longest first: "أولى وأخيرة" (the first and last) before "وأخيرة".
constexpr std::string_view kOrdinals[] = {
    "أولى وأخيرة", "أولى واخيرة", "اولى وأخيرة", "اولى واخيرة", "أولى", "اولى", "ثانية", "ثالثة", "رابعة",
    "خامسة", "سادسة", "سابعة", "ثامنة", "تاسعة", "عاشرة", "أخيرة", "اخيرة", "وأخيرة", "واخيرة"};

// Spaces, and the slash some feeds put before the marker ("... / إضافة أولى").
std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '/')) s.remove_suffix(1);
  return s;
}

}  // namespace

ReportPart report_part(std::string_view title) {
  const std::string_view trimmed = trim_right(title);
  for (const std::string_view ordinal : kOrdinals) {
    if (!trimmed.ends_with(ordinal)) continue;
    std::string_view rest = trim_right(trimmed.substr(0, trimmed.size() - ordinal.size()));
    if (rest.size() == trimmed.size() - ordinal.size() || !rest.ends_with(kAddendum)) continue;  // no space before
    rest = rest.substr(0, rest.size() - kAddendum.size());
    if (!rest.empty() && rest.back() != ' ' && rest.back() != '\t') continue;  // "لإضافة": another word
    return {trim_right(rest), true};
  }
  return {trimmed, false};
}

}  // namespace marsad
