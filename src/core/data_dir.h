// Where marsad finds its own data files (word lists, gazetteers, models).
//
// The MARSAD_DATA_DIR environment variable wins; otherwise the `data/` folder of
// the source tree the binary was built from.
#pragma once

#include <string>
#include <string_view>

namespace marsad {

std::string data_dir();
// data_dir() + "/" + relative
std::string data_path(std::string_view relative);

}  // namespace marsad
