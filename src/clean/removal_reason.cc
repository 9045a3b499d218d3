#include "clean/removal_reason.h"

namespace marsad {

std::string_view reason_name(RemovalReason reason) {
  switch (reason) {
    case RemovalReason::kChrome: return "chrome";
    case RemovalReason::kRecurring: return "recurring";
    case RemovalReason::kTicker: return "ticker";
    case RemovalReason::kForeignScript: return "foreign-script";
    case RemovalReason::kRepeat: return "repeat";
    case RemovalReason::kRepeatedTitle: return "repeated-title";
    case RemovalReason::kByline: return "byline";
    case RemovalReason::kOutlet: return "outlet";
    case RemovalReason::kDateline: return "dateline";
    case RemovalReason::kSignOff: return "sign-off";
    case RemovalReason::kContact: return "contact";
    case RemovalReason::kHeader: return "header";
    case RemovalReason::kFooter: return "footer";
  }
  return "unknown";
}

}  // namespace marsad
