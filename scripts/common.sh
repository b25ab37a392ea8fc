# Shared by ./run and ./test: Debian packages and the project's virtual environment.
# shellcheck shell=bash

# Qt's xcb platform plugin needs these at run time on a bare Debian/Ubuntu machine.
RUNTIME_PKGS=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0
  libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
# What the tests use for real: an X server, a Secret Service, PDF tools.
# desktop-file-utils and appstream validate the menu entry and the AppStream metainfo.
# libgtk-3-0 lets Qt load its GTK platform theme, so the test that no file dialog writes
# "recent files" runs with the GTK file chooser really available.
TEST_PKGS=("${RUNTIME_PKGS[@]}" xvfb xauth xdotool dbus gnome-keyring libsecret-tools
  poppler-utils qpdf desktop-file-utils appstream libgtk-3-0)

root_dir() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

missing_debs() {
  local missing=()
  command -v dpkg-query >/dev/null || return 0
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  echo "${missing[@]:-}"
}

ensure_debs() {
  local missing
  missing=$(missing_debs "$@")
  [[ -z $missing ]] && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages: $missing"
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "Haven needs these Debian packages first. Please run:" >&2
    echo "  sudo apt-get install --no-install-recommends $missing" >&2
    exit 1
  fi
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "Haven needs Python 3.11 or newer (python3 --version shows yours)." >&2
  exit 1
}

# Create .venv on first use and (re)install when pyproject.toml or constraints.txt changes.
# constraints.txt pins the test and build tools, so every machine gets what CI got.
ensure_venv() {
  local extra=$1 root py stamp pins
  root=$(root_dir)
  py=$(find_python)
  if [[ ! -x $root/.venv/bin/python ]]; then
    if ! "$py" -m venv "$root/.venv" 2>/dev/null; then
      rm -rf "$root/.venv"
      ensure_debs python3-venv
      "$py" -m venv "$root/.venv"
    fi
  fi
  pins="$root/constraints.txt"
  stamp="$root/.venv/.installed-$extra-$(cat "$root/pyproject.toml" "$pins" | sha256sum | cut -c1-16)"
  if [[ ! -f $stamp ]]; then
    "$root/.venv/bin/python" -m pip install -q -c "$pins" --upgrade pip
    local target=$root
    [[ $extra == test ]] && target="$root[test]"
    "$root/.venv/bin/python" -m pip install -q -c "$pins" --build-constraint "$pins" -e "$target"
    touch "$stamp"
  fi
}
