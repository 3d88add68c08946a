"""The studio's HTTP API (kinema.studio.app) through FastAPI's TestClient: a film made from a
prompt, edited, rendered in the worker process, reused after an edit, versions, every download
and the errors. Films are tiny (160x90, 24 fps, a few seconds) so the renders take seconds."""

from __future__ import annotations

import io
import json
import sqlite3
import time
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import cv2
import numpy as np
import opentimelineio as otio
import pytest
from fastapi.testclient import TestClient

from kinema.screenplay import parse
from kinema.studio.app import create_app

PROMPT = "A fox runs across a meadow. Start with a wide shot, then cut to a close-up of the fox."
SMALL = {"duration": 12, "resolution": "160x90", "fps": 24}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("studio")


@pytest.fixture(scope="module")
def client(data: Path) -> Iterator[TestClient]:
    with TestClient(create_app(data, workers=1)) as c:
        yield c


@pytest.fixture(scope="module")
def film(client: TestClient) -> dict[str, Any]:
    r = client.post("/api/films", json={"prompt": PROMPT, **SMALL})
    assert r.status_code == 201, r.text
    return dict(r.json())


def shot_ids(play: dict[str, Any]) -> list[str]:
    return [s["id"] for sc in play["scenes"] for s in sc["shots"]]


def wait(client: TestClient, job_id: str, limit: float = 90.0) -> dict[str, Any]:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        j = client.get(f"/api/jobs/{job_id}").json()
        if j["state"] in ("done", "failed"):
            return dict(j)
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish in {limit} s")


def events(client: TestClient, job_id: str) -> list[tuple[str, dict[str, Any]]]:
    out, kind = [], ""
    with client.stream("GET", f"/api/jobs/{job_id}/events") as s:
        assert s.headers["content-type"].startswith("text/event-stream")
        for line in s.iter_lines():
            if line.startswith("event: "):
                kind = line[7:]
            elif line.startswith("data: "):
                out.append((kind, json.loads(line[6:])))
    return out


def test_health_and_openapi(client: TestClient) -> None:
    h = client.get("/api/health").json()
    assert h["ok"] is True and h["worker"] is True
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/films", "/api/films/{film_id}", "/api/films/{film_id}/shots/{shot_id}",
              "/api/films/{film_id}/cast/{member_id}", "/api/films/{film_id}/scenes/{scene_id}/setting",
              "/api/films/{film_id}/cast/{member_id}/image", "/api/films/{film_id}/renders",
              "/api/jobs/{job_id}", "/api/jobs/{job_id}/events", "/api/films/{film_id}/video"):
        assert p in paths, p


def test_create_lists_and_reads_the_film(client: TestClient, film: dict[str, Any]) -> None:
    assert {"id", "screenplay", "notes"} <= set(film)
    assert isinstance(film["notes"], list)
    play = film["screenplay"]
    assert play["format"] == {"width": 160, "height": 90, "fps": 24}
    assert len(shot_ids(play)) >= 2 and play["cast"][0]["id"] == "fox"
    assert film["id"] in [f["id"] for f in client.get("/api/films").json()]
    got = client.get(f"/api/films/{film['id']}").json()
    assert {"id", "title", "screenplay", "version", "renders"} <= set(got)
    assert got["version"] == 1 and got["screenplay"] == play


def test_the_same_prompt_plans_the_same_film(client: TestClient, film: dict[str, Any]) -> None:
    again = client.post("/api/films", json={"prompt": PROMPT, **SMALL}).json()
    assert again["id"] != film["id"] and again["screenplay"] == film["screenplay"]


def test_database_is_in_wal_mode(data: Path, film: dict[str, Any]) -> None:
    con = sqlite3.connect(data / "studio.db")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT COUNT(*) FROM versions WHERE film_id = ?", (film["id"],)).fetchone()[0] >= 1


@pytest.mark.parametrize(("body", "field"), [
    ({"prompt": PROMPT, "duration": "long"}, "duration"),
    ({"prompt": PROMPT, "duration": 0}, "duration"),
    ({"prompt": PROMPT, "aspect": "2:1"}, "aspect"),
    ({"prompt": PROMPT, "lang": "fr"}, "lang"),
    ({"prompt": ""}, "prompt"),
    ({"duration": 3}, "prompt"),
    ({"prompt": PROMPT, "colour": "red"}, "colour"),
    ({"prompt": PROMPT, "resolution": "huge"}, "resolution"),
])
def test_a_bad_film_request_is_a_422_naming_the_field(client: TestClient, body: dict[str, Any],
                                                       field: str) -> None:
    r = client.post("/api/films", json=body)
    assert r.status_code == 422, r.text
    assert r.json()["detail"][0]["loc"][-1] == field


def test_bad_edits_are_422s_naming_the_field(client: TestClient, film: dict[str, Any]) -> None:
    fid, first = film["id"], shot_ids(film["screenplay"])[0]
    scene = film["screenplay"]["scenes"][0]["id"]
    for url, body, field in [
        (f"/api/films/{fid}/shots/{first}", {"size": "gigantic"}, "size"),
        (f"/api/films/{fid}/shots/{first}", {"move": "somersault"}, "move"),
        (f"/api/films/{fid}/shots/{first}", {"duration": -1}, "duration"),
        (f"/api/films/{fid}/shots/{first}", {"duration": "soon"}, "duration"),
        (f"/api/films/{fid}/shots/{first}", {"subjects": ["dragon"]}, "subjects"),
        (f"/api/films/{fid}/shots/{first}", {"lens": 35}, "lens"),
        (f"/api/films/{fid}/cast/fox", {"tint": "red"}, "tint"),
        (f"/api/films/{fid}/cast/fox", {"scale": 0}, "scale"),
        (f"/api/films/{fid}/scenes/{scene}/setting", {"weather": "hail"}, "weather"),
        (f"/api/films/{fid}/scenes/{scene}/setting", {"time": "teatime"}, "time"),
    ]:
        r = client.patch(url, json=body)
        assert r.status_code == 422, (url, body, r.text)
        assert r.json()["detail"][0]["loc"][-1] == field, (body, r.json())
    assert client.get(f"/api/films/{fid}").json()["version"] == 1  # nothing refused became a version


def test_unknown_ids_are_404(client: TestClient, film: dict[str, Any]) -> None:
    fid = film["id"]
    assert client.get("/api/films/nope").status_code == 404
    assert client.patch("/api/films/nope/shots/s1-1", json={"size": "wide"}).status_code == 404
    assert client.patch(f"/api/films/{fid}/shots/s9-9", json={"size": "wide"}).status_code == 404
    assert client.patch(f"/api/films/{fid}/cast/dragon", json={"tint": "#ff0000"}).status_code == 404
    assert client.patch(f"/api/films/{fid}/scenes/s9/setting", json={"time": "night"}).status_code == 404
    assert client.get("/api/jobs/nope").status_code == 404
    assert client.get("/api/jobs/nope/events").status_code == 404
    assert client.post("/api/films/nope/renders", json={}).status_code == 404
    assert client.get(f"/api/films/{fid}/versions/99").status_code == 404
    assert "no shot" in client.patch(f"/api/films/{fid}/shots/s9-9", json={"size": "wide"}).json()["detail"]


def test_render_edit_and_reuse(client: TestClient, data: Path) -> None:
    made = client.post("/api/films", json={"prompt": PROMPT, **SMALL, "seed": 3}).json()
    fid = made["id"]
    ids = shot_ids(made["screenplay"])
    r = client.post(f"/api/films/{fid}/renders", json={})
    assert r.status_code == 202
    job = r.json()["job_id"]
    seen = events(client, job)
    kinds = [k for k, _ in seen]
    assert kinds[-1] == "end" and seen[-1][1]["state"] == "done"
    progress = [e["progress"] for _, e in seen]
    assert progress == sorted(progress) and progress[-1] == 1.0
    first = seen[-1][1]
    assert first["shots_rendered"] == ids and first["shots_reused"] == []
    assert [s["state"] for s in first["shots"]] == ["rendered"] * len(ids)

    # An edit of the last shot: the next render takes every other shot from the shot cache.
    edited = client.patch(f"/api/films/{fid}/shots/{ids[-1]}", json={"duration": 1.5, "move": "push-in"})
    assert edited.status_code == 200 and edited.json()["version"] == 2
    job2 = client.post(f"/api/films/{fid}/renders", json={}).json()["job_id"]
    second = wait(client, job2)
    assert second["state"] == "done", second["error"]
    assert second["shots_reused"] == ids[:-1] and second["shots_rendered"] == [ids[-1]]
    assert [s["state"] for s in second["shots"]] == ["reused"] * (len(ids) - 1) + ["rendered"]

    # Both renders are listed with the film; each plays its own version.
    renders = client.get(f"/api/films/{fid}").json()["renders"]
    assert [(x["job_id"], x["version"], x["state"]) for x in renders] == [(job, 1, "done"), (job2, 2, "done")]
    lengths = []
    for j in (job, job2):
        mp4 = client.get(f"/api/films/{fid}/video", params={"job": j}).content
        with av.open(io.BytesIO(mp4)) as c:
            v = c.streams.video[0]
            assert (v.codec_context.width, v.codec_context.height) == (160, 90)
            lengths.append(sum(1 for _ in c.decode(video=0)))
    before = made["screenplay"]["scenes"][-1]["shots"][-1]["duration"]
    assert lengths[1] - lengths[0] == round((1.5 - before) * 24)


def test_video_serves_ranges(client: TestClient, film: dict[str, Any]) -> None:
    fid = film["id"]
    assert client.get(f"/api/films/{fid}/video").status_code == 404  # nothing rendered yet
    job = client.post(f"/api/films/{fid}/renders", json={}).json()["job_id"]
    assert wait(client, job)["state"] == "done"
    whole = client.get(f"/api/films/{fid}/video")
    assert whole.status_code == 200 and whole.headers["content-type"] == "video/mp4"
    part = client.get(f"/api/films/{fid}/video", headers={"Range": "bytes=100-199"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 100-199/{len(whole.content)}"
    assert part.content == whole.content[100:200]
    assert whole.content[4:8] == b"ftyp"


def test_versions_compare_and_go_back(client: TestClient) -> None:
    made = client.post("/api/films", json={"prompt": PROMPT, **SMALL, "seed": 9}).json()
    fid, first = made["id"], shot_ids(made["screenplay"])[0]
    v2 = client.patch(f"/api/films/{fid}/shots/{first}", json={"description": "the meadow at dawn",
                                                                "size": "extreme-wide"}).json()
    assert v2["version"] == 2
    one, two = (client.get(f"/api/films/{fid}/versions/{n}").json() for n in (1, 2))
    assert one["screenplay"] == made["screenplay"]
    s2 = two["screenplay"]["scenes"][0]["shots"][0]
    assert (s2["description"], s2["size"]) == ("the meadow at dawn", "extreme-wide")
    back = client.post(f"/api/films/{fid}/versions/1/restore", json={}).json()
    assert back["version"] == 3 and back["screenplay"] == made["screenplay"]
    assert [v["n"] for v in back["versions"]] == [1, 2, 3]
    assert "back to version 1" in back["versions"][-1]["note"]


def test_insert_reorder_delete(client: TestClient) -> None:
    made = client.post("/api/films", json={"prompt": PROMPT, **SMALL, "seed": 11}).json()
    fid = made["id"]
    ids = shot_ids(made["screenplay"])
    r = client.post(f"/api/films/{fid}/shots", json={"after": ids[0], "size": "medium",
                                                     "description": "a look"})
    assert r.status_code == 201
    new = f"{ids[0]}.1"
    assert shot_ids(r.json()["screenplay"]) == [ids[0], new, *ids[1:]]
    order = [new, ids[0], *ids[1:]]
    r = client.put(f"/api/films/{fid}/order", json={"order": order})
    assert r.status_code == 200 and shot_ids(r.json()["screenplay"]) == order
    assert client.put(f"/api/films/{fid}/order", json={"order": order[:1]}).status_code == 422
    r = client.delete(f"/api/films/{fid}/shots/{new}")
    assert r.status_code == 200 and shot_ids(r.json()["screenplay"]) == ids
    assert r.json()["version"] == 4


def test_cast_setting_and_own_image(client: TestClient) -> None:
    made = client.post("/api/films", json={"prompt": PROMPT, **SMALL, "seed": 13}).json()
    fid, scene = made["id"], made["screenplay"]["scenes"][0]["id"]
    square = np.zeros((64, 64, 4), np.uint8)
    square[8:56, 8:56] = (40, 200, 90, 255)
    png = cv2.imencode(".png", square)[1].tobytes()
    r = client.post(f"/api/films/{fid}/cast/fox/image", files={"file": ("me.png", png, "image/png")})
    assert r.status_code == 200, r.text
    asset = r.json()["screenplay"]["cast"][0]["asset"]
    assert asset["file"].endswith(".png") and asset["emoji"] is None
    bad = client.post(f"/api/films/{fid}/cast/fox/image",
                      files={"file": ("x.png", b"not a picture", "image/png")})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"][-1] == "file"
    # The film's own picture is drawn (by day, untinted): the shot's thumbnail now holds its green.
    url = f"/api/films/{fid}/shots/{shot_ids(made['screenplay'])[0]}/thumb.png"
    thumb = cv2.imdecode(np.frombuffer(client.get(url).content, np.uint8), cv2.IMREAD_COLOR)
    green = (thumb[:, :, 1] > 150) & (thumb[:, :, 0] < 120) & (thumb[:, :, 2] < 100)
    assert green.sum() > 20
    r = client.patch(f"/api/films/{fid}/cast/fox", json={"tint": "#3366cc", "name_en": "Rusty"})
    m = r.json()["screenplay"]["cast"][0]
    assert (m["appearance"]["tint"], m["name"]["en"]) == ("#3366cc", "Rusty")
    r = client.patch(f"/api/films/{fid}/cast/fox", json={"top": "#ffcc00", "bottom": "#102030"})
    wear = r.json()["screenplay"]["cast"][0]["appearance"]["clothing"]
    assert (wear["top"], wear["bottom"], wear["shoes"]) == ("#ffcc00", "#102030", None)
    bad = client.patch(f"/api/films/{fid}/cast/fox", json={"top": "yellow"})
    assert bad.status_code == 422 and "top" in json.dumps(bad.json()["detail"])
    r = client.patch(f"/api/films/{fid}/cast/fox", json={"hair_style": "ponytail", "hair_colour": "#b4441f"})
    hair = r.json()["screenplay"]["cast"][0]["appearance"]["hair"]
    assert hair == {"style": "ponytail", "colour": "#b4441f"}
    bad = client.patch(f"/api/films/{fid}/cast/fox", json={"hair_style": "mohawk"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"][-1] == "hair_style", bad.text
    r = client.patch(f"/api/films/{fid}/cast/fox", json={"hair_style": ""})  # back to the emoji's own
    assert r.json()["screenplay"]["cast"][0]["appearance"]["hair"] == {"style": None, "colour": "#b4441f"}
    assert "ponytail" in client.get("/api/options").json()["hair_styles"]
    r = client.patch(f"/api/films/{fid}/scenes/{scene}/setting", json={"time": "night", "weather": "snow"})
    setting = r.json()["screenplay"]["scenes"][0]["setting"]
    assert (setting["time"], setting["weather"]) == ("night", "snow")


def test_every_download(client: TestClient, film: dict[str, Any]) -> None:
    fid, play = film["id"], film["screenplay"]
    ids = shot_ids(play)
    y = client.get(f"/api/films/{fid}/screenplay.yaml")
    assert y.status_code == 200 and parse(y.text).model_dump(mode="json") == play
    png = client.get(f"/api/films/{fid}/storyboard.png")
    sheet = cv2.imdecode(np.frombuffer(png.content, np.uint8), cv2.IMREAD_COLOR)
    assert sheet is not None and sheet.shape[0] > 200 and sheet.std() > 10
    pdf = client.get(f"/api/films/{fid}/storyboard.pdf")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    tl = otio.adapters.read_from_string(client.get(f"/api/films/{fid}/timeline.otio").text, "otio_json")
    assert [c.name.split()[0].rstrip(":") for c in tl.find_clips()] == ids
    edl = client.get(f"/api/films/{fid}/timeline.edl").text
    assert edl.count("* FROM CLIP NAME:") == len(ids) and "segment.mp4" in edl
    root = ET.fromstring(client.get(f"/api/films/{fid}/timeline.fcpxml").content)
    assert len(root.findall(".//clipitem")) >= len(ids)
    z = zipfile.ZipFile(io.BytesIO(client.get(f"/api/films/{fid}/stems.zip").content))
    assert sorted(z.namelist()) == ["ambience.wav", "effects.wav", "music.wav", "voice.wav"]
    for sid in ids:
        t = client.get(f"/api/films/{fid}/shots/{sid}/thumb.png")
        assert t.status_code == 200 and cv2.imdecode(np.frombuffer(t.content, np.uint8), 1) is not None
    assert client.get(f"/api/films/{fid}/shots/zz/thumb.png").status_code == 404
    art = client.get(f"/api/films/{fid}/cast/fox/picture")
    assert art.headers["content-type"] == "image/svg+xml" and b"<svg" in art.content
    assert client.get("/fonts/sans-sc.otf").content[:4] == b"OTTO"  # the page's Chinese, served here
    assert "close-up" in client.get("/api/options").json()["sizes"]
    assert client.get(f"/api/films/{fid}/storyboard.gif").status_code == 422
