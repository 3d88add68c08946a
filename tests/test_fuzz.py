"""The fuzzing harness in `make test`: a few hundred hostile cases through the CLI, in process,
and every case that ever failed (tests/data/fuzz_regressions) replayed. `make fuzz` runs 10,000."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzzing import HOSTILE_FILES, Case, Outcome, cases, make_hostile_files, regression_cases, run_in_tmp
from hypothesis import HealthCheck, given, settings


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    make_hostile_files(folder)
    return folder


def _judge(o: Outcome) -> None:
    assert o.ok, f"{o.why}\n{o.case.to_yaml()[:3000]}\n{o.output[-3000:]}"
    assert o.exit_code in (0, 2)


# Derandomized: the same few hundred cases on every run; `make fuzz` explores further.
@settings(max_examples=240, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.large_base_example])
@given(case=cases(HOSTILE_FILES))
def test_hostile_cases_exit_0_or_2_and_leave_nothing(hostile: Path, case: Case) -> None:
    _judge(run_in_tmp(case, hostile))


REGRESSIONS = regression_cases()


@pytest.mark.parametrize("case", [c for _, c in REGRESSIONS], ids=[n for n, _ in REGRESSIONS])
def test_regressions_stay_fixed(hostile: Path, case: Case) -> None:
    o = run_in_tmp(case, hostile)
    _judge(o)
    if case.expect is not None:
        assert o.exit_code == case.expect, o.output
