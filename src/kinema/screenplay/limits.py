"""Every cap on a screenplay and its assets, in one place (documented in docs/screenplay.md).

A limit is checked before any work starts (parsing, validation, the asset headers), so a
hostile or careless input is refused in well under a second instead of running for minutes
or filling memory. Imports nothing: `model.py` and `assets.py` both read it.
"""

from __future__ import annotations

# The film.
MAX_FILM_SECONDS = 30 * 60
MAX_FILM_FRAMES = 108_000  # duration x fps: 30 minutes at 60 fps (at 120 fps, 15 minutes)
MAX_WIDTH, MAX_HEIGHT = 3840, 2160
MAX_SCENES = 500
MAX_SHOTS = 5000  # in the whole film
# A shot's world states (every entity, group copy and live particle of each of its frames) are
# held while it is filmed, and the previous shot's too when it dissolves: memory grows with the
# longest shot, so a shot's frames are capped, and the copies it films times its frames.
MAX_SHOT_FRAMES = 7200  # 5 minutes at 24 fps, 2 at 60, 1 at 120
MAX_SHOT_COPY_FRAMES = 10_000_000  # copies in the scene x frames of the shot (~29 bytes each)
MAX_ACTIONS = 2000  # per scene
MAX_KEYFRAMES = 2000  # per scene
MAX_EFFECTS = 32  # per scene: fire, smoke, fireworks ... (each emits particles every frame)

# The cast. The planner's largest cast is 60 scenes x 16 members.
MAX_CAST = 1000
MAX_IN_SCENE = 64  # members one scene mentions (staging, actions, keyframes, subjects)
# Copies a scene's world steps and draws every frame: group copies (`count`) and formation
# pieces (`pieces`), summed over the members the scene mentions. Free particles (rain, dust,
# smoke, sparks ...) live in a fixed pool per scene (8,000) that no screenplay can grow.
MAX_SCENE_COPIES = 40_000

# Strings, in characters (code points).
MAX_ID_CHARS = 64
MAX_TEXT_CHARS = 10_000  # title, description, title card, subtitle, narration, names, each note
MAX_PROMPT_CHARS = 20_000  # the screenplay's `prompt` (the planner reads at most 5,000)
MAX_NOTES = 1000
MAX_EMOJI_CHARS = 16  # the longest Twemoji sequence (a subdivision flag) has 7
MAX_PATH_CHARS = 1024

# Numbers that place things in the world.
MAX_COORD = 1000.0  # |x|, |y|, |to_x|, |to_y| in metres (the terrain spans -400 to 400)
MAX_SPEED = 1000.0  # m/s

# Files.
MAX_SCREENPLAY_BYTES = 2 * 1024 * 1024
# Values (scalars, lists, mappings) in a YAML screenplay, counted while it is scanned and with
# aliases expanded (a "billion laughs" names one node many times over). A 30-minute film of
# 5,000 shots holds about 50,000; reading 100,000 takes about a second.
MAX_VALUES = 100_000
MAX_IMAGE_BYTES = 32 * 1024 * 1024  # a PNG on disk
MAX_IMAGE_SIDE = 8192  # pixels, either side of a PNG, read from its header
MAX_IMAGE_PIXELS = 4096 * 4096  # width x height: 64 MB decoded as RGBA
MAX_SVG_BYTES = 4 * 1024 * 1024
MAX_SVG_ELEMENTS = 50_000
MAX_SVG_DEPTH = 64
