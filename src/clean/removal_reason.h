// Why the clean stage took a piece of text out of a page.
//
// Every removal is recorded with one of these reasons (the `why` of the JSONL
// contract), so that a reader can audit the cleaner and an evaluation can count
// removals per reason.
#pragma once

#include <string_view>

namespace marsad {

enum class RemovalReason {
  kChrome,         // site chrome and widgets, recognized by their words
  kRecurring,      // a short line that recurs across pages of the same outlet
  kTicker,         // one very long line made of many short headlines
  kForeignScript,  // a sentence in another script glued to the start of a paragraph
  kRepeat,         // content that repeats earlier content of the same page
  kRepeatedTitle,  // the title again
  kByline,         // the author line: metadata, not body
  kOutlet,         // the outlet's name in the page: metadata
  kDateline,       // a publication dateline: metadata
  kSignOff,        // an agency sign-off such as "// انتهى //"
  kContact,        // a contact line: phone numbers, e-mail, SMS codes
  kHeader,         // page header: short lines before the title
  kFooter,         // page footer: short lines after the last paragraph
};

inline constexpr RemovalReason kAllRemovalReasons[] = {
    RemovalReason::kChrome,  RemovalReason::kRecurring, RemovalReason::kTicker,
    RemovalReason::kForeignScript, RemovalReason::kRepeat, RemovalReason::kRepeatedTitle,
    RemovalReason::kByline,  RemovalReason::kOutlet,    RemovalReason::kDateline,
    RemovalReason::kSignOff, RemovalReason::kContact,   RemovalReason::kHeader,
    RemovalReason::kFooter,
};

// The reason's name as written in the JSONL output, e.g. "chrome".
std::string_view reason_name(RemovalReason reason);

}  // namespace marsad
