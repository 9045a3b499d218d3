#include "core/data_dir.h"

#include <cstdlib>

#ifndef MARSAD_DATA_DIR
#define MARSAD_DATA_DIR "data"
#endif

namespace marsad {

std::string data_dir() {
  if (const char* env = std::getenv("MARSAD_DATA_DIR"); env && *env) return env;
  return MARSAD_DATA_DIR;
}

std::string data_path(std::string_view relative) {
  std::string path = data_dir();
  path += '/';
  path += relative;
  return path;
}

}  // namespace marsad
