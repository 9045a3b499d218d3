#include "ingest/html_references.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

TEST(HtmlReferences, NamedAndNumericReferencesAreDecoded) {
  EXPECT_EQ(decode_html_references("وزير الخارجية: &quot;لا حل عسكريا&quot;"), "وزير الخارجية: \"لا حل عسكريا\"");
  EXPECT_EQ(decode_html_references("مصر تمدد حالة الطوارئ في شمال &#39;سيناء&#39;"),
            "مصر تمدد حالة الطوارئ في شمال 'سيناء'");
  EXPECT_EQ(decode_html_references("&#8220;سابك&#8221; &#x2013; نتائج"), "\u201Cسابك\u201D \u2013 نتائج");
  EXPECT_EQ(decode_html_references("A&amp;B&lt;C&gt;D&apos;E&nbsp;F"), "A&B<C>D'E F");
  // Decoded once: an escaped reference stays a reference.
  EXPECT_EQ(decode_html_references("&amp;quot;"), "&quot;");
}

TEST(HtmlReferences, WhatIsNoReferenceIsLeftAsWritten) {
  for (const char* text : {"AT&T", "& ;", "&;", "&#;", "&#x;", "&#12a;", "&unknown;", "&#0;", "&#xD800;",
                           "&#1114112;", "&#99999999;", "a & b; c", "&quot", "&"}) {
    EXPECT_EQ(decode_html_references(text), text) << text;
  }
  std::string unchanged = "لا شيء هنا";
  EXPECT_FALSE(decode_html_references_in(&unchanged));
  std::string changed = "&quot;x&quot;";
  EXPECT_TRUE(decode_html_references_in(&changed));
  EXPECT_EQ(changed, "\"x\"");
}

}  // namespace
}  // namespace marsad
