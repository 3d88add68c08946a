"""The studio's guards: the token off localhost, JSON or multipart only for changes, caps on
requests (renders per client, resolution, uploads, SVG content) and the fair job queue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from kinema.cli import app as cli
from kinema.studio import db
from kinema.studio.app import create_app

PROMPT = "A fox runs across a meadow. Start with a wide shot, then cut to a close-up of the fox."
SMALL = {"prompt": PROMPT, "duration": 12, "resolution": "160x90", "fps": 12}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with TestClient(create_app(tmp_path_factory.mktemp("guarded"), workers=0, max_jobs_per_client=2)) as c:
        yield c


def test_off_localhost_needs_a_token() -> None:
    r = CliRunner().invoke(cli, ["studio", "--host", "0.0.0.0"], env={"KINEMA_STUDIO_TOKEN": ""})
    assert r.exit_code == 2 and "--token" in r.output


def test_every_request_carries_the_token(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path, workers=0, token="s3cret-token")) as c:
        assert c.get("/api/health").status_code == 401
        assert c.get("/api/films").status_code == 401
        assert c.get("/", follow_redirects=False).status_code == 401
        assert c.get("/api/health", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/health", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        # The page: opened once as /?token=..., it keeps the token in a same-site cookie.
        r = c.get("/?token=s3cret-token", follow_redirects=False)
        assert r.status_code == 303 and "samesite=strict" in r.headers["set-cookie"].lower()
        assert c.get("/api/films").status_code == 200  # the client now sends the cookie
        assert c.get("/").status_code == 200


def test_changes_are_json_or_multipart_only(client: TestClient) -> None:
    film = client.post("/api/films", json=SMALL).json()
    form = client.post("/api/films", data={"prompt": PROMPT})
    assert form.status_code == 415
    assert client.post(f"/api/films/{film['id']}/renders").status_code == 415  # no content type
    text = client.post(f"/api/films/{film['id']}/versions/1/restore", content=b"x",
                       headers={"Content-Type": "text/plain"})
    assert text.status_code == 415
    patch = client.patch(f"/api/films/{film['id']}/shots/s1-1", content=b"size=wide",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert patch.status_code == 415
    assert client.get(f"/api/films/{film['id']}").json()["version"] == 1


def test_renders_are_capped_per_client(client: TestClient) -> None:
    ids = [client.post("/api/films", json={**SMALL, "seed": s}).json()["id"] for s in (1, 2, 3)]
    first = client.post(f"/api/films/{ids[0]}/renders", json={})
    assert first.status_code == 202
    assert client.post(f"/api/films/{ids[0]}/renders", json={}).json() == first.json()  # the same job
    assert client.post(f"/api/films/{ids[1]}/renders", json={}).status_code == 202
    third = client.post(f"/api/films/{ids[2]}/renders", json={})
    assert third.status_code == 429 and "already queued or running" in third.json()["detail"]


@pytest.mark.parametrize(("body", "field"), [
    ({"resolution": "2160p"}, "resolution"), ({"resolution": "3840x2160"}, "resolution"),
    ({"duration": 601}, "duration"), ({"prompt": "x" * 5001}, "prompt"),
])
def test_caps(client: TestClient, body: dict[str, Any], field: str) -> None:
    r = client.post("/api/films", json={**SMALL, **body})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == field


@pytest.mark.parametrize(("svg", "why"), [
    (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "script"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><rect onload="alert(1)" width="9" height="9"/></svg>', "onload"),
    (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
     b'<image xlink:href="file:///etc/passwd" width="9" height="9"/></svg>', "file:///etc/passwd"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(http://evil/x)" width="9" height="9"/></svg>',
     "http://evil"),
    (b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>', "ENTITY"),
])
def test_uploaded_svg_that_could_run_or_fetch_is_refused(client: TestClient, svg: bytes, why: str) -> None:
    film = client.post("/api/films", json=SMALL).json()
    r = client.post(f"/api/films/{film['id']}/cast/fox/image", files={"file": ("a.svg", svg, "image/svg+xml")})
    assert r.status_code == 422 and why in r.json()["detail"][0]["msg"]


def test_uploads_are_capped(client: TestClient) -> None:
    film = client.post("/api/films", json=SMALL).json()
    url = f"/api/films/{film['id']}/cast/fox/image"
    big = b"\x89PNG\r\n\x1a\n" + bytes(5 * 1024 * 1024)
    r = client.post(url, files={"file": ("big.png", big, "image/png")})
    assert r.status_code == 422 and "limit" in r.json()["detail"][0]["msg"]
    huge = cv2.imencode(".png", np.zeros((8200, 8, 4), np.uint8))[1].tobytes()  # small file, tall picture
    r = client.post(url, files={"file": ("tall.png", huge, "image/png")})
    assert r.status_code == 422 and "pixels" in r.json()["detail"][0]["msg"]
    ok = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs>'
          b'<rect fill="url(#g)" width="10" height="10"/></svg>')
    assert client.post(url, files={"file": ("ok.svg", ok, "image/svg+xml")}).status_code == 200


def test_the_queue_is_fair_between_films(tmp_path: Path) -> None:
    con = db.connect(tmp_path / "q.db")
    a = db.add_film(con, "a", "{}", "")
    b = db.add_film(con, "b", "{}", "")
    a1, a2 = db.add_job(con, a, 1, []), db.add_job(con, a, 1, [])
    b1 = db.add_job(con, b, 1, [])
    claimed = [db.claim(con, 1), db.claim(con, 2), db.claim(con, 3), db.claim(con, 4)]
    assert [j.id if j else None for j in claimed] == [a1, b1, a2, None]
