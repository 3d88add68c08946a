"""GPU-kit stand-in for pylopdf-fonts-zh-cn (17 MB of CJK fonts that would not fit the 64 MiB
transfer). kinema opens these fonts only to draw titles, subtitles and storyboard labels; the
tiny neural runs (benchmarks/neural_cuda.py, tests/test_neural.py minus the mp4 test) draw none.
If something does draw text, skia fails to open the missing file and kinema says
"cannot load the CJK font": move .gpukit/extra/pylopdf_fonts_zh_cn-*.whl into .gpukit/opt/ then."""

from __future__ import annotations

from pathlib import Path

__version__ = "0.0.0+gpukit-stub"
__all__ = ["sans_path", "serif_path"]

_BASE = Path(__file__).parent


def sans_path() -> Path:
    return _BASE / "NotoSansSC-Regular.otf"


def serif_path() -> Path:
    return _BASE / "NotoSerifSC-Regular.otf"
