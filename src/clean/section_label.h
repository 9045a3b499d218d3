// A section label glued before a title by the site's feed: "عام / خادم
// الحرمين يهنئ ...", "اقتصادي / الأسهم ...", "Sport / ...". It names the
// desk, not the news, and would head a story card or weigh as a title word.
//
//   size_t cut = section_label_length(title);   // 0 if none
//   if (cut) { label = title.substr(0, cut); title = title.substr(cut); }
#pragma once

#include <cstddef>
#include <string_view>

namespace marsad {

// The length in bytes of a leading "LABEL / " (LABEL one or two words of
// letters, at most 24 bytes; the slash with spaces around it) when at least
// three words follow it; 0 otherwise. "السعودية/مصر" or "24/7" are no labels.
size_t section_label_length(std::string_view title);

}  // namespace marsad
