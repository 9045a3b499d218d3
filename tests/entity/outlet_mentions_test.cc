#include "entity/outlet_mentions.h"

#include <gtest/gtest.h>

#include <string>

namespace marsad::entity {
namespace {

// Whether the first occurrence of `name` in `text`, as a span, names an outlet.
bool outlet(const std::string& text, const std::string& name) {
  EntitySpan span;
  span.type = "LOC";
  span.begin = text.find(name);
  span.end = span.begin + name.size();
  span.text = name;
  return names_an_outlet(text, span);
}

TEST(OutletMentions, AQuotedNameToldSomethingIsAnOutlet) {
  EXPECT_TRUE(outlet("وقال مصدر لـ«الشرق الأوسط» إن", "الشرق الأوسط"));
  EXPECT_TRUE(outlet("وقال مصدر لـ \"الشرق الأوسط\" إن", "الشرق الأوسط"));
  EXPECT_TRUE(outlet("وأكد ول«الوطن» أن", "الوطن"));
}

TEST(OutletMentions, ANameAfterAWordForAnOutletIsOne) {
  EXPECT_TRUE(outlet("ونقلت صحيفة الرياض عن مسؤول", "الرياض"));
  EXPECT_TRUE(outlet("وقال لصحيفة «الشرق الأوسط»", "الشرق الأوسط"));
  EXPECT_TRUE(outlet("بثت قناة العربية", "العربية"));
}

TEST(OutletMentions, APlaceIsAPlace) {
  EXPECT_FALSE(outlet("إن الوضع في الشرق الأوسط صعب", "الشرق الأوسط"));
  EXPECT_FALSE(outlet("عن مسؤول في الرياض", "الرياض"));
  EXPECT_FALSE(outlet("«السهم الذهبي» تحرر «العند»", "العند"));  // quoted for emphasis
  EXPECT_FALSE(outlet("وصل للرياض أمس", "للرياض"));
  EXPECT_FALSE(outlet("الرياض", "الرياض"));  // at the start of the text
}

}  // namespace
}  // namespace marsad::entity
