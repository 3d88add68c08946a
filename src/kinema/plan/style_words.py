"""Style words ("in the style of a watercolour painting", 水墨画风格, "Van Gogh style") → the film's
`style`. The phrase is taken out of the text before the clauses are read, so "Van Gogh" casts no
van and "black and white" tints nobody; a word that also says something else (neon: a city) is
left in for the rest of the planner to read."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kinema.screenplay.model import Style

# Names of each look, English and Chinese. Ambiguous words only appear inside a longer phrase
# ("vintage film", not "vintage": a vintage car is not a vintage look).
WORDS: dict[Style, tuple[str, ...]] = {
    Style.NOIR: ("black and white", "black-and-white", "black & white", "b&w", "monochrome", "film noir",
                 "noir", "greyscale", "grayscale", "黑白", "黑白电影", "黑白片", "黑白照片", "黑色电影"),
    Style.SEPIA: ("sepia", "vintage film", "vintage movie", "vintage footage", "vintage photo", "vintage look",
                  "old film", "old movie", "old footage", "silent movie", "silent film", "old photograph",
                  "faded photograph", "1920s film", "复古老电影", "复古电影", "老电影", "老照片", "泛黄",
                  "怀旧",
                  "默片", "老胶片", "复古风", "复古风格"),
    Style.NEON: ("cyberpunk", "cyber-punk", "neon-soaked", "neon-lit", "neon noir", "synthwave", "vaporwave",
                 "blade runner", "neon", "赛博朋克", "赛博", "蒸汽波", "霓虹"),
    Style.WATERCOLOUR: ("watercolour", "watercolor", "watercolours", "watercolors", "water colour",
                        "water color", "aquarelle", "水彩"),
    Style.INK: ("ink wash", "ink-wash", "ink and wash", "ink painting", "sumi-e", "sumi e", "sumie",
                "chinese painting", "shan shui", "brush painting", "水墨", "国画", "中国画", "山水画", "泼墨"),
    Style.IMPASTO: ("van gogh", "vincent van gogh", "impasto", "oil painting", "oil paint", "oil-painted",
                    "impressionist", "impressionism", "post-impressionist", "梵高", "凡高", "油画", "印象派"),
    Style.SKETCH: ("pencil sketch", "pencil drawing", "charcoal drawing", "charcoal sketch", "sketch",
                   "line drawing", "graphite drawing", "铅笔素描", "素描", "铅笔画", "速写", "线稿", "炭笔画"),
    Style.PIXEL: ("pixel art", "pixel-art", "pixelated", "pixel", "8-bit", "8 bit", "16-bit", "16 bit",
                  "retro game", "video game", "像素", "8位", "16位", "红白机"),
    Style.COMIC: ("comic book", "comic-book", "comics", "comic", "cartoon", "anime", "manga", "cel-shaded",
                  "cel shaded", "cel shading", "pop art", "graphic novel", "漫画", "动漫", "卡通", "二次元",
                  "动画风格"),
    Style.UKIYOE: ("ukiyo-e", "ukiyoe", "ukiyo e", "woodblock print", "woodblock", "woodcut", "hokusai",
                   "japanese print", "浮世绘", "版画", "木刻"),
}
# Words that name a look and something else as well: they set the style and stay in the text.
KEEP = frozenset({"neon", "霓虹"})

_EN_BEFORE = (r"(?:(?:in|with|as|like|into)\s+)?(?:(?:the|a|an)\s+)?(?:(?:style|look|manner|fashion)\s+of\s+)?"
              r"(?:(?:a|an|the)\s+)?(?:(?:chinese|japanese|classic|traditional|retro|old|vintage)\s+)?")
_EN_AFTER = (r"(?:[\s-]+(?:style|styled|inspired|painting|paintings|painted|look|aesthetic|art|artwork|print|"
             r"film|movie|footage|scene|drawing|animation|illustration|world|video\s+game|game))*")
_ZH_BEFORE = r"(?:以|用|采用|呈现|一幅|一部|一段|一张|中国|日本|日式|传统)*"
# Longest first: an alternation takes the first that fits (画面 before 画).
_ZH_AFTER = r"(?:游戏画面|画风格|画面|风格|画风|效果|质感|电影|照片|游戏|插画|动画|画|风|感|片|图)*的?"


@dataclass(frozen=True)
class StyleRequest:
    style: Style
    words: str  # as written


def _pattern(word: str) -> re.Pattern[str]:
    if word.isascii():
        body = re.escape(word).replace(r"\ ", r"[\s-]+")
        return re.compile(rf"{_EN_BEFORE}\b{body}\b{_EN_AFTER}", re.I)
    return re.compile(rf"{_ZH_BEFORE}{re.escape(word)}{_ZH_AFTER}")


# Longest names first, so "film noir" is read before "noir" and "pencil sketch" before "pencil".
# Each name's pattern is compiled the first time a text holds the name (compiling all of them
# cost a cold `kinema plan` a fifth of a second).
_NAMES: tuple[tuple[str, Style], ...] = tuple(
    sorted(((w, s) for s, ws in WORDS.items() for w in ws), key=lambda p: (-len(p[0]), p[0])))
# What a pattern cannot match without: its name's words, lower-cased (a name of English words is
# matched ignoring case, its words joined by spaces or hyphens; a Chinese name as written).
_PARTS = {w: tuple(w.lower().split(" ")) if w.isascii() else (w,) for w, _ in _NAMES}
# Letters that re.IGNORECASE matches to an ASCII letter although str.lower() does not make them
# one (İ, ı, ſ): a text holding one is tried against every pattern.
_ODD_CASE = frozenset("\u0130\u0131\u017f")


@functools.cache
def _compiled(word: str) -> re.Pattern[str]:
    return _pattern(word)


def _word_end(text: str, m: re.Match[str], word: str) -> int | None:
    """Where a Chinese style phrase ends on a word boundary: the longest of its suffixes that does
    not cut a word (黑白风筝 is a black-and-white kite, not 黑白风 and 筝), None where the name itself
    ends inside a word."""
    from kinema.plan.parse import word_ends  # the planner's segmenter, loaded for Chinese text only

    ends = word_ends(text)
    own = text.index(word, m.start()) + len(word)
    fits = [e for e in ends if own <= e <= m.end()]
    return max(fits) if fits else None


def take_style(text: str) -> tuple[str, StyleRequest | None]:
    """The text without its style phrases, and the style it names first (None: no style word)."""
    found: list[tuple[int, StyleRequest]] = []
    low = None if _ODD_CASE.intersection(text) else text.lower()
    for word, style in _NAMES:
        # Blanking a phrase never makes a name appear: the prompt as given is a safe filter.
        if low is not None and not all(p in low for p in _PARTS[word]):
            continue
        for m in _compiled(word).finditer(text):
            end = m.end() if word.isascii() else _word_end(text, m, word)
            if end is None:
                continue  # 黑白相间: the name is part of a longer word, no look
            found.append((m.start(), StyleRequest(style, text[m.start():end].strip())))
            if word not in KEEP:
                # Blank the phrase (same length, so earlier positions stay true) with a space.
                text = text[:m.start()] + " " * (end - m.start()) + text[end:]
    text = re.sub(r"[ \t]{2,}", " ", text)
    if not found:
        return text.strip(), None
    return text.strip(), min(found, key=lambda f: f[0])[1]
