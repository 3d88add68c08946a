"""pytest plugin (-p kinema_cuda_tests): run tests/test_neural.py's backends on KINEMA_TEST_DEVICE.

test_neural.py builds every backend from its module-level FAST options, whose device is "cpu";
with KINEMA_TEST_DEVICE=cuda this plugin switches that one entry after collection, so the same
tests drive the tiny pipelines on the GPU (in bfloat16, as kinema loads them on CUDA). The CLI
tests pass --device cpu themselves and stay on the CPU."""

from __future__ import annotations

import os
import sys
from typing import Any


def pytest_collection_modifyitems(session: Any, config: Any, items: list[Any]) -> None:
    device = os.environ.get("KINEMA_TEST_DEVICE")
    if not device:
        return
    switched = []
    for name, module in list(sys.modules.items()):
        fast = getattr(module, "FAST", None)
        if name.rsplit(".", 1)[-1] == "test_neural" and isinstance(fast, dict) and "device" in fast:
            fast["device"] = device
            switched.append(name)
    print(f"\nkinema_cuda_tests: FAST['device'] = {device!r} in {switched or 'NOTHING (not found)'}")
