#include "describe/term_statistics.h"

#include <cmath>
#include <unordered_set>

namespace marsad {

void DocumentFrequencies::add_document(const std::vector<std::string>& terms) {
  ++documents_;
  std::unordered_set<std::string_view> seen;
  for (const std::string& t : terms) {
    if (seen.insert(t).second) ++df_[t];
  }
}

size_t DocumentFrequencies::document_frequency(std::string_view term) const {
  auto it = df_.find(term);
  return it == df_.end() ? 0 : it->second;
}

double DocumentFrequencies::idf(std::string_view term) const {
  const double n = static_cast<double>(documents_);
  return std::log((1.0 + n) / (1.0 + static_cast<double>(document_frequency(term)))) + 1.0;
}

}  // namespace marsad
