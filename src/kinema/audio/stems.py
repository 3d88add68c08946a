"""The film's stems as WAV files: ambience, effects, music and voice, each as long as the film,
at the gain that brings their sum to −16 LUFS (unlimited, 32-bit float: the mix engineer's
material, summing to the film's mix before its limiter)."""

from __future__ import annotations

from pathlib import Path

from kinema.atomic import PartDir
from kinema.audio.encode import write_wav
from kinema.audio.film import SOUND, STEMS, FilmSound, Mix, Sound
from kinema.errors import OutputError
from kinema.film.takes import load_sprites, takes
from kinema.render.sprites import Sprite
from kinema.screenplay.model import Screenplay


def write_stems(play: Screenplay, sprites: dict[str, Sprite], folder: Path, sound: Sound = SOUND) -> list[Path]:
    """`folder`/NAME.wav for each stem (the folder exists). The world is simulated; nothing is drawn."""
    fs = FilmSound(play, sound)
    mix = Mix(keep_stems=True)
    try:
        for take in takes(play, sprites):
            mix.add(fs.stems(take))
        return [write_wav(folder / f"{name}.wav", mix.stem_pieces(name)) for name in STEMS]
    finally:
        mix.close()


def export_stems(play: Screenplay, output: Path, base_dir: Path | None, source: str,
                 sound: Sound = SOUND) -> list[Path]:
    """`kinema export --format stems -o DIR`: a folder of the four stems, built aside and moved
    into place whole."""
    output = Path(output)
    if not output.parent.is_dir():
        raise OutputError(f"{output}: output directory {str(output.parent)!r} does not exist")
    if output.exists() and not (output.is_dir() and all(p.suffix == ".wav" for p in output.iterdir())):
        raise OutputError(f"{output}: exists and is not a stems folder (only .wav files); kinema replaces "
                          f"only such a folder")
    sprites = load_sprites(play, base_dir, source)
    with PartDir(output) as work:
        built = work.path / "stems"
        built.mkdir()
        write_stems(play, sprites, built, sound)
        work.publish_dir(built)
    return [output / f"{name}.wav" for name in STEMS]
