"""The studio's HTTP API and page (docs/studio.md). JSON in and out; OpenAPI at /openapi.json.

Every edit makes a new version of the film (the whole screenplay, validated); renders are jobs
in the job table, run by the worker process (kinema.studio.jobs) and followed by polling
GET /api/jobs/{id} or its server-sent events.
"""


import asyncio
import hashlib
import hmac
import json
import os
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, File, Request, UploadFile
from fastapi.responses import (
    FileResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field

from kinema import __version__
from kinema.errors import KinemaError
from kinema.screenplay.model import Screenplay
from kinema.studio import db, films, jobs, outputs

STATIC = Path(__file__).parent / "static"
MAX_IMAGE_BYTES = 5 * 1024 * 1024
SSE_POLL_S = 0.2
MAX_JOBS_PER_CLIENT = 4  # renders queued or running for one address
MAX_SHORT_SIDE = 1080  # pixels: the studio renders at most 1080p
COOKIE = "kinema_studio_token"
WATCH_S = 1.0


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")  # an unknown field is a 422 that names it


class FilmIn(_In):
    prompt: Annotated[str, Field(min_length=1, max_length=5000)]
    duration: Annotated[float, Field(ge=1, le=600)] = 10.0
    aspect: Literal["16:9", "9:16", "1:1", "4:3", "21:9"] = "16:9"
    lang: Literal["auto", "zh", "en"] = "auto"
    seed: Annotated[int, Field(ge=0, le=2**31 - 1)] = 0
    resolution: Annotated[str, Field(max_length=16)] | None = None  # 480p, 720p ... or WxH
    fps: Annotated[int, Field(ge=1, le=60)] | None = None


class ShotIn(_In):
    size: str | None = None
    move: str | None = None
    duration: float | None = None
    description: str | None = None
    subjects: list[str] | None = None


class ShotInsert(ShotIn):
    after: str


class OrderIn(_In):
    order: list[str]


class CastIn(_In):
    tint: str | None = None  # #rrggbb; a person's clothes are drawn in it unless set below
    top: str | None = None  # #rrggbb: appearance.clothing.top (a person's shirt, coat)
    bottom: str | None = None  # #rrggbb: appearance.clothing.bottom (trousers, skirt)
    shoes: str | None = None  # #rrggbb: appearance.clothing.shoes
    hair_style: str | None = None  # appearance.hair.style (ponytail, bun ...); "" the face emoji's own
    hair_colour: str | None = None  # #rrggbb: appearance.hair.colour
    scale: float | None = None
    name_en: str | None = None
    name_zh: str | None = None


class SettingIn(_In):
    place: str | None = None
    time: str | None = None
    weather: str | None = None


class RenderIn(_In):
    version: int | None = None


class Problem(Exception):
    def __init__(self, status: int, detail: Any) -> None:
        self.status, self.detail = status, detail


def _not_found(what: str) -> Problem:
    return Problem(404, what)


def _authorized(request: Request, token: str) -> bool:
    """The token from the Authorization header or the page's cookie, compared in constant time."""
    header = request.headers.get("authorization", "")
    given = header[7:] if header[:7].lower() == "bearer " else request.cookies.get(COOKIE, "")
    return hmac.compare_digest(given.encode(), token.encode())


def create_app(data: Path, workers: int | None = None, token: str | None = None,
               max_jobs_per_client: int = MAX_JOBS_PER_CLIENT) -> FastAPI:
    """The studio over the data folder `data`. `workers` render processes (default one per core;
    0 leaves jobs queued, for tests of the queue). With a `token`, every request must carry it
    (`Authorization: Bearer`, or the cookie the page gets from `/?token=...`)."""
    data = Path(data).expanduser()
    data.mkdir(parents=True, exist_ok=True)
    db_path = data / "studio.db"
    db.connect(db_path).close()  # the schema, once
    count = max(1, os.cpu_count() or 1) if workers is None else workers

    def live() -> frozenset[int]:
        return frozenset(p.pid for p in app.state.workers if p.poll() is None)

    def recover() -> None:
        con = db.connect(db_path)
        try:
            for line in jobs.recover(con, live()):
                print(f"kinema studio: {line}", flush=True)
        finally:
            con.close()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        recover()
        app.state.workers = [jobs.start_worker(data) for _ in range(count)]
        watch = asyncio.create_task(watchdog(app)) if count else None
        try:
            yield
        finally:
            if watch is not None:
                watch.cancel()
            for proc in app.state.workers:
                proc.terminate()
            for proc in app.state.workers:
                try:
                    proc.wait(10)
                except Exception:
                    proc.kill()
                    proc.wait()

    async def watchdog(app: FastAPI) -> None:
        """A worker that died (killed, out of memory) is replaced, and its job queued again."""
        while True:
            await asyncio.sleep(WATCH_S)
            dead = [p for p in app.state.workers if p.poll() is not None]
            if dead:
                app.state.workers = [p for p in app.state.workers if p not in dead]
                recover()
                app.state.workers += [jobs.start_worker(data) for _ in dead]

    app = FastAPI(title="kinema studio", version=__version__, lifespan=lifespan)
    app.state.workers = []

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if token is not None and not _authorized(request, token):
            if request.url.path == "/" and hmac.compare_digest(request.query_params.get("token", ""), token):
                page = RedirectResponse("/", status_code=303)  # the token becomes a same-site cookie
                page.set_cookie(COOKIE, token, httponly=True, samesite="strict")
                return page
            return JSONResponse({"detail": "a token is needed: Authorization: Bearer <token>"}, status_code=401,
                                headers={"WWW-Authenticate": "Bearer"})
        # No cross-site form can post: a mutating request is JSON or multipart, which a browser
        # sends to another site only after a CORS preflight that this server never grants.
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if request.method == "POST" and kind not in ("application/json", "multipart/form-data"):
            return JSONResponse({"detail": f"a POST must be application/json or multipart/form-data, got "
                                           f"{kind or 'no content type'}"}, status_code=415)
        if request.method in ("PUT", "PATCH") and kind != "application/json":
            return JSONResponse({"detail": f"a {request.method} must be application/json, got "
                                           f"{kind or 'no content type'}"}, status_code=415)
        return await call_next(request)

    def get_con() -> Iterator[sqlite3.Connection]:
        con = db.connect(db_path)
        try:
            yield con
        finally:
            con.close()

    Con = Annotated[sqlite3.Connection, Depends(get_con)]

    @app.exception_handler(Problem)
    async def _problem(request: Request, e: Problem) -> JSONResponse:
        return JSONResponse({"detail": e.detail}, status_code=e.status)

    @app.exception_handler(films.NotFound)
    async def _missing(request: Request, e: films.NotFound) -> JSONResponse:
        return JSONResponse({"detail": str(e)}, status_code=404)

    @app.exception_handler(films.EditProblem)
    async def _refused(request: Request, e: films.EditProblem) -> JSONResponse:
        item = {"type": "value_error", "loc": ["body", e.field], "msg": e.message}
        if e.path:
            item["screenplay_path"] = e.path
        return JSONResponse({"detail": [item]}, status_code=e.status)

    def current(con: sqlite3.Connection, film_id: str, n: int | None = None) -> tuple[sqlite3.Row, int,
                                                                                      Screenplay]:
        row = db.film(con, film_id)
        if row is None:
            raise _not_found(f"no film {film_id!r}")
        n = row["version"] if n is None else n
        v = db.version(con, film_id, n)
        if v is None:
            raise _not_found(f"film {film_id!r} has no version {n}")
        return row, n, Screenplay.model_validate_json(v["screenplay"])

    def render_view(j: db.Job) -> dict[str, Any]:
        out = j.public()
        out["job_id"] = out.pop("id")
        out["video"] = f"/api/films/{j.film_id}/video?job={j.id}" if j.state == "done" else None
        return out

    def view(con: sqlite3.Connection, film_id: str) -> dict[str, Any]:
        row, n, play = current(con, film_id)
        versions = con.execute("SELECT n, note, created FROM versions WHERE film_id = ? ORDER BY n",
                               (film_id,)).fetchall()
        return {"id": film_id, "title": row["title"], "version": n, "screenplay": play.model_dump(mode="json"),
                "renders": [render_view(j) for j in db.film_jobs(con, film_id)],
                "versions": [dict(v) for v in versions]}

    def edit(con: sqlite3.Connection, film_id: str,
             change: Callable[[Screenplay], tuple[Screenplay, str]]) -> dict[str, Any]:
        row, _, play = current(con, film_id)
        new, note = change(play)
        db.add_version(con, film_id, new.model_dump_json(), note, new.title or row["title"])
        return view(con, film_id)

    @app.get("/api/health")
    def health(con: Con) -> dict[str, Any]:
        queued = con.execute("SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')").fetchone()[0]
        return {"ok": True, "version": __version__, "worker": bool(live()), "workers": len(live()),
                "jobs_waiting": queued}

    @app.get("/api/options")
    def options() -> dict[str, list[str]]:
        """The values the page offers in its menus: the screenplay's own enums."""
        from kinema.screenplay.model import HAIR_STYLES, CameraMove, Place, ShotSize, TimeOfDay, Weather

        return {"sizes": [x.value for x in ShotSize], "moves": [x.value for x in CameraMove],
                "hair_styles": list(HAIR_STYLES),
                "places": [x.value for x in Place], "times": [x.value for x in TimeOfDay],
                "weathers": [x.value for x in Weather], "aspects": ["16:9", "9:16", "1:1", "4:3", "21:9"]}

    @app.post("/api/films", status_code=201)
    def create_film(body: FilmIn, con: Con) -> dict[str, Any]:
        try:
            made = films.make(body.prompt, body.duration, body.aspect, body.lang, body.seed, body.resolution,
                              body.fps)
        except KinemaError as e:
            msg = str(e)
            field = next((f for f in ("resolution", "fps", "duration", "lang") if f in msg), "prompt")
            raise films.EditProblem(field, msg) from None
        fmt = made.play.format
        short, long = sorted((fmt.width, fmt.height))
        if short > MAX_SHORT_SIDE or long > MAX_SHORT_SIDE * 21 // 9 + 1:  # 1080p, up to 21:9
            raise films.EditProblem("resolution", f"at most 1080p here, got {fmt.width}x{fmt.height}")
        title = made.play.title or body.prompt[:60]
        film_id = db.add_film(con, title, made.play.model_dump_json(), "made from the prompt")
        return {"id": film_id, "title": title, "version": 1, "screenplay": made.play.model_dump(mode="json"),
                "notes": made.notes}

    @app.get("/api/films")
    def list_films(con: Con) -> list[dict[str, Any]]:
        rows = con.execute("SELECT id, title, version, created FROM films ORDER BY created DESC, id").fetchall()
        return [dict(r) for r in rows]

    @app.get("/api/films/{film_id}")
    def get_film(film_id: str, con: Con) -> dict[str, Any]:
        return view(con, film_id)

    @app.get("/api/films/{film_id}/versions/{n}")
    def get_version(film_id: str, n: int, con: Con) -> dict[str, Any]:
        _, n, play = current(con, film_id, n)
        v = db.version(con, film_id, n)
        assert v is not None
        return {"n": n, "note": v["note"], "screenplay": play.model_dump(mode="json")}

    @app.post("/api/films/{film_id}/versions/{n}/restore")
    def restore(film_id: str, n: int, con: Con) -> dict[str, Any]:
        """Go back to version n: it becomes the newest version (history is kept)."""
        _, n, old = current(con, film_id, n)
        return edit(con, film_id, lambda play: (old, f"back to version {n}"))

    @app.patch("/api/films/{film_id}/shots/{shot_id}")
    def patch_shot(film_id: str, shot_id: str, body: ShotIn, con: Con) -> dict[str, Any]:
        return edit(con, film_id, lambda p: films.edit_shot(p, shot_id, body.model_dump()))

    @app.post("/api/films/{film_id}/shots", status_code=201)
    def insert_shot(film_id: str, body: ShotInsert, con: Con) -> dict[str, Any]:
        fields = body.model_dump(exclude={"after"})
        return edit(con, film_id, lambda p: films.insert_shot(p, body.after, fields))

    @app.delete("/api/films/{film_id}/shots/{shot_id}")
    def delete_shot(film_id: str, shot_id: str, con: Con) -> dict[str, Any]:
        return edit(con, film_id, lambda p: films.delete_shot(p, shot_id))

    @app.put("/api/films/{film_id}/order")
    def order_shots(film_id: str, body: OrderIn, con: Con) -> dict[str, Any]:
        return edit(con, film_id, lambda p: films.reorder(p, body.order))

    @app.patch("/api/films/{film_id}/cast/{member_id}")
    def patch_cast(film_id: str, member_id: str, body: CastIn, con: Con) -> dict[str, Any]:
        return edit(con, film_id, lambda p: films.edit_cast(p, member_id, body.model_dump()))

    @app.post("/api/films/{film_id}/cast/{member_id}/image")
    async def cast_image(film_id: str, member_id: str, con: Con,
                         file: Annotated[UploadFile, File(description="A PNG or SVG picture")],
                         ) -> dict[str, Any]:
        blob = await file.read(MAX_IMAGE_BYTES + 1)
        if len(blob) > MAX_IMAGE_BYTES:
            raise films.EditProblem("file", f"larger than the limit of {MAX_IMAGE_BYTES:,} bytes")
        if blob.startswith(b"\x89PNG\r\n\x1a\n"):
            ext = "png"
        elif b"<svg" in blob[:4096]:
            ext = "svg"
            films.check_svg(blob)
        else:
            raise films.EditProblem("file", "must be a PNG or SVG picture")
        return await asyncio.to_thread(_set_image, con, film_id, member_id, blob, ext)

    def _set_image(con: sqlite3.Connection, film_id: str, member_id: str, blob: bytes,
                   ext: str) -> dict[str, Any]:
        from kinema.atomic import write_bytes
        from kinema.film.takes import load_sprites

        current(con, film_id)
        rel = f"assets/{hashlib.sha256(blob).hexdigest()[:16]}.{ext}"
        base = jobs.film_dir(data, film_id)
        (base / "assets").mkdir(parents=True, exist_ok=True)
        write_bytes(base / rel, blob)

        def change(play: Screenplay) -> tuple[Screenplay, str]:
            new, note = films.cast_image(play, member_id, rel)
            try:  # the picture must load as a sprite, as the render will load it
                load_sprites(new, base, outputs.SOURCE)
            except KinemaError as e:
                raise films.EditProblem("file", str(e)) from None
            return new, note

        return edit(con, film_id, change)

    @app.patch("/api/films/{film_id}/scenes/{scene_id}/setting")
    def patch_setting(film_id: str, scene_id: str, body: SettingIn, con: Con) -> dict[str, Any]:
        return edit(con, film_id, lambda p: films.edit_setting(p, scene_id, body.model_dump()))

    @app.post("/api/films/{film_id}/renders", status_code=202)
    def start_render(film_id: str, request: Request, con: Con, body: RenderIn | None = None) -> dict[str, Any]:
        _, n, play = current(con, film_id, body.version if body else None)
        for j in db.film_jobs(con, film_id):  # asked twice: the same job
            if j.version == n and j.state in ("queued", "running"):
                return {"job_id": j.id, "version": n}
        client = request.client.host if request.client else ""
        if db.waiting_for(con, client) >= max_jobs_per_client:
            raise Problem(429, f"{max_jobs_per_client} renders of yours are already queued or running; "
                               f"wait for one to finish")
        return {"job_id": db.add_job(con, film_id, n, jobs.shot_rows(play), client), "version": n}

    def get_job_or_404(con: sqlite3.Connection, job_id: str) -> db.Job:
        j = db.job(con, job_id)
        if j is None:
            raise _not_found(f"no job {job_id!r}")
        return j

    @app.get("/api/jobs/{job_id}")
    def get_job(job_id: str, con: Con) -> dict[str, Any]:
        return render_view(get_job_or_404(con, job_id))

    @app.get("/api/jobs/{job_id}/events")
    async def job_events(job_id: str, con: Con) -> StreamingResponse:
        """Server-sent events: one `progress` event per change of the job, then `end`."""
        get_job_or_404(con, job_id)

        async def stream() -> AsyncIterator[str]:
            own = db.connect(db_path)
            try:
                last = ""
                while True:
                    j = db.job(own, job_id)
                    if j is None:
                        return
                    now = json.dumps(render_view(j))
                    if now != last:
                        last = now
                        yield f"event: progress\ndata: {now}\n\n"
                    if j.state in ("done", "failed"):
                        yield f"event: end\ndata: {now}\n\n"
                        return
                    await asyncio.sleep(SSE_POLL_S)
            finally:
                own.close()

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @app.get("/api/films/{film_id}/video")
    def video(film_id: str, con: Con, job: str | None = None, version: int | None = None) -> FileResponse:
        """The MP4 of a finished render (HTTP Range): `job`, else the newest of `version`, else the newest.
        Only a job marked done names a file, and it was renamed into place whole before that."""
        current(con, film_id)
        done = [j for j in db.film_jobs(con, film_id) if j.state == "done" and j.output
                and (job is None or j.id == job) and (version is None or j.version == version)]
        if not done:
            raise _not_found(f"film {film_id!r} has no finished render" + (f" for job {job!r}" if job else "")
                             + (f" of version {version}" if version is not None else ""))
        path = Path(str(done[-1].output))
        if not path.is_file():
            raise _not_found(f"the render of job {done[-1].id} is missing on disk")
        return FileResponse(path, media_type="video/mp4", filename=f"{film_id}-v{done[-1].version}.mp4")

    def _file(path: Path, media: str, name: str) -> FileResponse:
        return FileResponse(path, media_type=media, filename=name)

    @app.get("/api/films/{film_id}/screenplay.yaml")
    def screenplay_yaml(film_id: str, con: Con, version: int | None = None) -> PlainTextResponse:
        from kinema.screenplay import dump_yaml

        _, n, play = current(con, film_id, version)
        return PlainTextResponse(dump_yaml(play), media_type="application/yaml",
                                 headers={"Content-Disposition": f'attachment; filename="{film_id}-v{n}.yaml"'})

    @app.get("/api/films/{film_id}/storyboard.{ext}")
    def storyboard(film_id: str, ext: Literal["png", "pdf"], con: Con,
                   version: int | None = None) -> FileResponse:
        _, n, play = current(con, film_id, version)
        with outputs.MAKING:
            path = outputs.storyboard(data, film_id, n, play, ext)
        return _file(path, "image/png" if ext == "png" else "application/pdf", f"{film_id}-v{n}.{ext}")

    @app.get("/api/films/{film_id}/timeline.{kind}")
    def timeline(film_id: str, kind: Literal["otio", "edl", "fcpxml"], con: Con,
                 version: int | None = None) -> FileResponse:
        _, n, play = current(con, film_id, version)
        try:
            with outputs.MAKING:
                path = outputs.timeline(data, film_id, n, play, kind)
        except KinemaError as e:
            raise Problem(409, str(e)) from None
        media = {"otio": "application/json", "edl": "text/plain", "fcpxml": "application/xml"}[kind]
        return _file(path, media, f"{film_id}-v{n}.{outputs.TIMELINES[kind]}")

    @app.get("/api/films/{film_id}/stems.zip")
    def stems(film_id: str, con: Con, version: int | None = None) -> FileResponse:
        _, n, play = current(con, film_id, version)
        with outputs.MAKING:
            path = outputs.stems(data, film_id, n, play)
        return _file(path, "application/zip", f"{film_id}-v{n}-stems.zip")

    @app.get("/api/films/{film_id}/shots/{shot_id}/thumb.png")
    def thumb(film_id: str, shot_id: str, con: Con, version: int | None = None) -> FileResponse:
        _, n, play = current(con, film_id, version)
        if shot_id not in {s.id for sc in play.scenes for s in sc.shots}:
            raise _not_found(f"no shot {shot_id!r} in version {n}")
        with outputs.MAKING:
            path = outputs.thumbnails(data, film_id, n, play) / f"{shot_id}.png"
        return FileResponse(path, media_type="image/png", headers={"Cache-Control": "max-age=86400"})

    @app.get("/api/films/{film_id}/cast/{member_id}/picture")
    def member_picture(film_id: str, member_id: str, con: Con, version: int | None = None) -> Response:
        """The member's picture as the renderer reads it: its Twemoji SVG, or the user's own file."""
        from kinema.assets import resolve

        _, _, play = current(con, film_id, version)
        member = next((m for m in play.cast if m.id == member_id), None)
        if member is None:
            raise _not_found(f"no cast member {member_id!r}")
        try:
            art = resolve(member.asset, jobs.film_dir(data, film_id))
        except KinemaError as e:
            raise Problem(409, str(e)) from None
        return Response(art.data, media_type="image/svg+xml" if art.kind == "svg" else "image/png",
                        headers={"Cache-Control": "max-age=3600"})

    @app.get("/fonts/sans-sc.otf", include_in_schema=False)
    def font() -> FileResponse:
        """Noto Sans SC from the font package kinema draws titles with: Chinese text shows on a
        machine with no CJK font, and nothing is fetched from outside."""
        import pylopdf_fonts_zh_cn

        return FileResponse(pylopdf_fonts_zh_cn.sans_path(), media_type="font/otf",
                            headers={"Cache-Control": "max-age=604800"})

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
