// HTML character references left in text that is not HTML: crawlers write
// titles into JSON as they found them in the page's markup, escaped
// ("وزير الخارجية: &quot;لا حل عسكريا&quot;", "&#39;سيناء&#39;"). 630 of
// SaudiNewsNet's fields hold one, most of them sabq titles.
//
//   std::string t = decode_html_references("&quot;سابك&quot; &#8211; نتائج");  // "\"سابك\" – نتائج"
//
// Decoded: the numeric references (&#1234; &#x4D2;) of a code point that is
// not NUL, a surrogate or beyond U+10FFFF, and the named ones text is escaped
// with (&quot; &amp; &lt; &gt; &apos; &nbsp;, the last as a plain space).
// Anything else, a bare "&" or an unknown name, is left as written.
#pragma once

#include <string>
#include <string_view>

namespace marsad {

std::string decode_html_references(std::string_view text);

// Decodes in place; returns whether anything changed.
bool decode_html_references_in(std::string* text);

}  // namespace marsad
