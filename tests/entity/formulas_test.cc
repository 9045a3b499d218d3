#include "entity/formulas.h"

#include <gtest/gtest.h>

namespace marsad::entity {
namespace {

TEST(ReligiousFormula, TheFormulaAloneIsDropped) {
  EXPECT_TRUE(is_religious_formula("الله"));
  EXPECT_TRUE(is_religious_formula("ولله الحمد"));
  EXPECT_TRUE(is_religious_formula("بالله"));
  EXPECT_TRUE(is_religious_formula("بإذن الله"));
  EXPECT_TRUE(is_religious_formula("سبحانه وتعالى"));
}

TEST(ReligiousFormula, NamesThatHoldAllahAreKept) {
  EXPECT_FALSE(is_religious_formula("عبدالله"));
  EXPECT_FALSE(is_religious_formula("عبد الله"));
  EXPECT_FALSE(is_religious_formula("حزب الله"));
  EXPECT_FALSE(is_religious_formula("بيت الله الحرام"));
  EXPECT_FALSE(is_religious_formula("علي عبدالله صالح"));
  EXPECT_FALSE(is_religious_formula(""));
}

}  // namespace
}  // namespace marsad::entity
