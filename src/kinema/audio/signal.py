"""scipy.signal's filters without scipy.stats: a third of the import's CPU for one function.

`scipy.signal` imports `scipy.stats` at load time only for `scoreatpercentile`, which
`find_peaks_cwt` alone calls (kinema never does); that import is ~0.35 s of CPU in every
`kinema render` (docs/benchmarks.md). While scipy.signal loads, a stand-in module answers
`from scipy.stats import scoreatpercentile` with a function that imports the real scipy.stats on
its first call; the stand-in is gone from `sys.modules` before anything else can import
scipy.stats, so every other `import scipy.stats` gets the real module.
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
from typing import Any

_lock = threading.Lock()


def _scoreatpercentile(*args: Any, **kwargs: Any) -> Any:
    return importlib.import_module("scipy.stats").scoreatpercentile(*args, **kwargs)


def _load() -> None:
    with _lock:
        if "scipy.signal" in sys.modules or "scipy.stats" in sys.modules:
            return
        stand_in = types.ModuleType("scipy.stats")
        stand_in.scoreatpercentile = _scoreatpercentile  # type: ignore[attr-defined]
        sys.modules["scipy.stats"] = stand_in
        try:
            importlib.import_module("scipy.signal")
        except ImportError:
            # A scipy whose signal module wants more of stats than the stand-in has: load it whole.
            for name in [m for m in sys.modules if m == "scipy.signal" or m.startswith("scipy.signal.")]:
                del sys.modules[name]
            del sys.modules["scipy.stats"]
            importlib.import_module("scipy.signal")
        finally:
            if sys.modules.get("scipy.stats") is stand_in:
                del sys.modules["scipy.stats"]


_load()

from scipy.signal import butter, firwin, oaconvolve, resample_poly, sosfilt  # noqa: E402

__all__ = ["butter", "firwin", "oaconvolve", "resample_poly", "sosfilt"]
