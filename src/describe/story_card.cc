#include "describe/story_card.h"

namespace marsad {

std::string card_article_key(const std::string& id, int segment) {
  return segment == 0 ? id : id + "#" + std::to_string(segment);
}

const char* date_basis_name(DateBasis basis) {
  switch (basis) {
    case DateBasis::kText: return "text";
    case DateBasis::kPublished: return "published";
    case DateBasis::kUnknown: break;
  }
  return "unknown";
}

std::optional<DateBasis> parse_date_basis(const std::string& name) {
  if (name == "text") return DateBasis::kText;
  if (name == "published") return DateBasis::kPublished;
  if (name == "unknown") return DateBasis::kUnknown;
  return std::nullopt;
}

}  // namespace marsad
