#include "entity/formulas.h"

#include <string>

#include "text/normalize.h"
#include "text/tokenizer.h"

namespace marsad::entity {
namespace {

bool is_formula_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"الله", "الحمد", "تعالي", "سبحانه", "رضي", "عنه", "عنها",
                                                "رحمه", "حفظه", "يحفظه", "شاء", "اذن", "ان"};
  for (const std::string_view word : kWords)
    if (w == word) return true;
  return false;
}

}  // namespace

bool is_religious_formula(std::string_view mention) {
  const std::string norm = text::normalize_for_matching(mention);
  bool any = false;
  for (const text::Token& t : text::tokenize_words(norm)) {
    std::string_view w = t.text;
    bool formula = is_formula_word(w) || w == "لله";
    // One proclitic: ولله، بالله، والله، بإذن، فالحمد.
    for (const std::string_view p : {"و", "ف", "ب", "ل"})
      if (!formula && w.substr(0, p.size()) == p) formula = is_formula_word(w.substr(p.size())) || w.substr(p.size()) == "لله";
    if (!formula) return false;
    any = true;
  }
  return any;
}

}  // namespace marsad::entity
