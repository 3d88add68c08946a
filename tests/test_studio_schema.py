"""Schemathesis against the studio's OpenAPI schema: whatever the schema allows, sent to every
operation, gets no 5xx. Planning a film (POST /api/films) is left out: its cases would plan films
up to 600 s long each; test_studio_api covers its inputs, good and bad."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from kinema.studio.app import create_app  # noqa: E402

# Schemathesis reads the schema when the module is collected: the app over a fresh folder.
_DATA = Path(tempfile.mkdtemp(prefix="kinema-studio-schema-"))
atexit.register(shutil.rmtree, _DATA, True)
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_DATA, workers=0)).exclude(
    path="/api/films", method="POST")


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(checks=[not_a_server_error])
