#include "core/document.h"

namespace marsad {

std::string Segment::text() const {
  std::string out;
  size_t size = 0;
  for (const auto& p : paragraphs) size += p.size() + 1;
  out.reserve(size);
  for (const auto& p : paragraphs) {
    if (!out.empty()) out += '\n';
    out += p;
  }
  return out;
}

}  // namespace marsad
