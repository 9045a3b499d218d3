// A "link to this story" footer some outlets glue to the end of the last
// paragraph: "... في ختام التعاملات. رابط الخبر بصحيفة الوئام: النفط يتراجع
// نحو 1 %" (2,090 SaudiNewsNet pages of alweeam). Left in, it repeats the
// title and names a place (الخبر is also the city of Khobar).
#pragma once

#include <cstddef>
#include <string_view>

namespace marsad {

// Where such a footer begins in `line` (a byte offset), or npos: a link
// phrase (رابط الخبر، رابط المقال، رابط الموضوع، الرابط المختصر ...) that starts
// the line or follows a space, then within six words a colon, and no
// sentence end between them.
size_t story_link_start(std::string_view line);

}  // namespace marsad
