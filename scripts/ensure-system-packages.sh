#!/usr/bin/env bash
# Installs the Debian packages listed in system-packages.txt that are missing (tests use the real
# programs: a browser, document converters). Needs root or sudo and apt; otherwise it says what to
# install and the tests that need those programs are skipped with that reason.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
while read -r package _; do
  [[ -z "$package" || "$package" == \#* ]] && continue
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done < system-packages.txt
[[ ${#missing[@]} -eq 0 ]] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Missing system packages (no apt-get here): ${missing[*]}" >&2; exit 0
fi
sudo=""
[[ $(id -u) -ne 0 ]] && { command -v sudo >/dev/null && sudo="sudo -n" || { echo "Install as root: apt-get install ${missing[*]}" >&2; exit 0; }; }
echo "Installing system packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null || true
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
