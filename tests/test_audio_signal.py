"""kinema.audio.signal: scipy.signal loaded without scipy.stats, and nothing else changed."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

PROBE = """
import sys
import kinema.audio.signal as s
import scipy.signal
assert "scipy.stats" not in sys.modules, "scipy.stats loaded with the filters"
import numpy as np
x = np.sin(np.linspace(0, 20 * np.pi, 2000)) + np.linspace(0, 1, 2000)
peaks = scipy.signal.find_peaks_cwt(x, np.arange(5, 30))  # the one user of scoreatpercentile
import scipy.stats
assert scipy.stats.scoreatpercentile([1, 2, 3, 4], 50) == 2.5
assert hasattr(scipy.stats, "norm")  # the real module, not the stand-in
assert s.sosfilt is scipy.signal.sosfilt
print(len(peaks))
"""


def test_filters_load_without_scipy_stats_and_stats_still_works() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert int(out.stdout) > 0


def test_the_same_filters_as_scipy_signal() -> None:
    import scipy.signal

    from kinema.audio import signal

    x = np.random.default_rng(1).standard_normal(4800)
    sos = signal.butter(4, 2000, "lowpass", fs=48000, output="sos")
    assert np.array_equal(signal.sosfilt(sos, x), scipy.signal.sosfilt(sos, x))
    assert np.array_equal(signal.resample_poly(x, 4, 1), scipy.signal.resample_poly(x, 4, 1))
