"""Chinese colour words jieba cuts apart: 粉红 (粉 + 红) is pink, 浅蓝色 light blue, 金黄色 golden.
Read token by token, 粉 + 红 would tint the thing red (the last colour wins), and 浅 + 蓝色 leaves
浅 unread; jieba keeps 浅蓝 whole, a word no table knows. A run of shade and colour words is one
colour.

The palette is lexicon.COLOURS: a light or dark shade of a hue is that hue, and a compound of two
hues (金黄 golden yellow, 银白 silvery white, 紫红 purplish red) is its first, the word that makes
it more than the plain second colour (粉红 pink, not red)."""

from __future__ import annotations

from kinema.plan import lexicon as lx

# Characters that shade the colour after them and name no colour themselves: 浅蓝 light blue,
# 深绿 dark green, 淡黄 pale yellow, 鲜红 bright red, 天蓝 sky blue, 墨绿 ink green. Not 大: 大红 is
# scarlet, but 大红苹果 a big red apple too, and read as a size and a colour it is both.
SHADES = "浅深淡鲜嫩亮暗艳天墨米湖宝草玫藏"
SUFFIX = "色"
MAX_TOKENS = 3  # 浅 + 粉 + 红色


def _hue(char: str) -> str | None:
    """The colour a single character names (红, or 金 whose 金色 is gold), else None."""
    return lx.COLOURS.get(char) or lx.COLOURS.get(char + SUFFIX)


def compound_tint(word: str) -> str | None:
    """The colour a word of shade and hue characters names (粉红, 浅蓝色, 金黄, 天蓝), else None.
    A plain colour word (红色) is the lexicon's own, not a compound."""
    core = word.removesuffix(SUFFIX)
    if len(core) < 2 or word in lx.COLOURS or _hue(core[-1]) is None \
            or any(c not in SHADES and _hue(c) is None for c in core[:-1]):
        return None
    tint = lx.COLOURS.get(core + SUFFIX) or lx.COLOURS.get(core)
    # the first character that names a hue: 金黄 is gold, 浅蓝 blue
    return tint or next(h for h in (_hue(c) for c in core) if h is not None)


def colour_run(toks: list[str], i: int) -> tuple[str, int] | None:
    """The tint and token count of the longest run of tokens from i (one to three) that together
    name one colour by shade and hue characters (粉 + 红, 浅 + 蓝色, 金 + 黄色, 浅蓝), else None."""
    for n in range(min(MAX_TOKENS, len(toks) - i), 0, -1):
        if (tint := compound_tint("".join(toks[i:i + n]))) is not None:
            return tint, n
    return None
