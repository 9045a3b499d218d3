// A wire report its agency split into parts: the Saudi Press Agency sends a
// long report as "X", then "X إضافة أولى", "X إضافة ثانية", ... ("addendum
// one, two"), each part a page of its own with the rest of the text. The parts
// tell one happening; their titles say which report they continue.
//
//   ReportPart p = report_part("وزير الخارجية يلتقي نظيره الروسي إضافة أولى");
//   p.base     // "وزير الخارجية يلتقي نظيره الروسي"
//   p.is_part  // true
#pragma once

#include <string_view>

namespace marsad {

struct ReportPart {
  std::string_view base;  // the title without a trailing part marker and the spaces before it
  bool is_part = false;   // the title ended with "إضافة <ordinal>" (أولى ... عاشرة, أخيرة)
};

// The part marker is recognized with or without hamza on the alef (أولى / اولى,
// أخيرة / اخيرة, وأخيرة); a title that only mentions an addition ("إضافة تواريخ
// ميلادهم") is no part.
ReportPart report_part(std::string_view title);

}  // namespace marsad
