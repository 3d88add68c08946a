"""Drawing speed per environment at 1280x720: CPU ms per frame (one thread, so a busy machine
does not inflate it) for a static wide shot and a moving
(tracking) full shot of a walker, shot set-up (baking) included, and the neon single take.

    python benchmarks/environments.py          # Markdown table on stdout
"""

from __future__ import annotations

import time
from typing import Any

from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.vector import VectorBackend
from kinema.screenplay import Place, Screenplay

TIME = {Place.CITY: "night", Place.STREET: "night", Place.SPACE: "night", Place.RING: "night",
        Place.MOUNTAINS: "night", Place.BEACH: "sunset"}


def film(place: Place) -> Screenplay:
    data: dict[str, Any] = {
        "kinema": 1, "seed": 1, "format": {"width": 1280, "height": 720, "fps": 24},
        "cast": [{"id": "a", "asset": {"emoji": "🚶‍♀️"}, "archetype": "human"}],
        "scenes": [{"id": "s", "setting": {"place": place.value, "time": TIME.get(place, "day")},
                    "staging": {"a": {"x": 2.0 if place == Place.MOUNTAINS else -4.0}},  # downhill
                    "actions": [{"at": 0, "who": "a", "do": "walk"}],
                    "shots": [{"id": "static", "duration": 4, "size": "wide", "subjects": ["a"]},
                              {"id": "track", "duration": 4, "size": "full", "subjects": ["a"],
                               "move": "track"}]}],
    }
    return Screenplay.model_validate(data)


def ms_per_frame(play: Screenplay) -> dict[str, float]:
    backend = VectorBackend()
    out = {}
    for job in shot_jobs(play, load_sprites(play, None, "bench")):
        start = time.process_time()
        for _ in backend.render_shot(job):
            pass
        out[job.shot.id] = (time.process_time() - start) / job.frames * 1000
    return out


def main() -> None:
    print("| place | static wide, ms/frame | track full, ms/frame |\n|---|---|---|")
    for place in Place:
        ms = ms_per_frame(film(place))
        print(f"| {place.value} | {ms['static']:.1f} | {ms['track']:.1f} |", flush=True)


if __name__ == "__main__":
    main()
