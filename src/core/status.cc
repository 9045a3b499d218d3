#include "core/status.h"

namespace marsad {

std::string Status::to_string() const {
  if (ok()) return "ok";
  if (where_.empty()) return what_;
  return where_ + ": " + what_;
}

}  // namespace marsad
