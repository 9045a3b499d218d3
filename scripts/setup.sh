#!/usr/bin/env bash
# Installs what marsad needs to build and test, from Debian's packages.
# Installs only what is missing, so a second run is quick and needs no network.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libicu-dev libstemmer-dev libcld2-dev
  nlohmann-json3-dev libsimdjson-dev libxxhash-dev
  libarchive-dev libdeflate-dev libsqlite3-dev libcpp-httplib-dev libgumbo-dev liblinear-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  iso-codes time
  libgeonames-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "marsad setup: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" != 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
