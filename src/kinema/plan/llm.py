"""The optional LLM planner (`--planner llm`): an OpenAI-compatible chat-completions endpoint
(Ollama, a llama.cpp server, vLLM or a hosted API) writes the screenplay as JSON.

kinema's own loader validates the answer; one repair round sends the errors back. An endpoint that
cannot be reached, times out, answers garbage or stays invalid after the repair leaves the film to
the rule planner, with a note saying why. Only missing or bad settings stop the run (exit 2):
asking for the LLM and silently not using it for lack of a URL would hide a typo.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from pydantic import ValidationError

from kinema.errors import KinemaError
from kinema.plan.catalog import has_svg
from kinema.plan.director import MAX_PROMPT_CHARS, PlanError, PlanResult, clean
from kinema.plan.director import plan as rules_plan
from kinema.screenplay.load import format_loc, parse
from kinema.screenplay.model import Screenplay

ENV_URL, ENV_MODEL, ENV_KEY, ENV_TIMEOUT = ("KINEMA_LLM_URL", "KINEMA_LLM_MODEL", "KINEMA_LLM_API_KEY",
                                            "KINEMA_LLM_TIMEOUT")
DEFAULT_TIMEOUT = 120.0  # seconds for one answer: a local 7B model writing a long screenplay on a CPU
CONNECT_TIMEOUT = 5.0  # an endpoint that is down should fail fast
MAX_ANSWER_CHARS = 400_000  # far above any screenplay the format allows: more is garbage
MAX_ERRORS = 12  # validation errors sent back in the repair round; more only drown the first
SOURCE = "the LLM's screenplay.json"  # the name errors carry (.json: the loader reads it as JSON)
# response_format kinds, most specific first; a server that refuses one is asked with the next.
_FORMATS = ("json_schema", "json_object", None)
_FENCE = re.compile(r"^```[a-zA-Z]*\s*\n?|\n?```\s*$")


class SettingsError(KinemaError):
    """KINEMA_LLM_* is missing or malformed: the user's to fix, so the run stops (exit 2)."""


class PlannerUnavailable(Exception):
    """The LLM gave no usable screenplay; the reason goes into the fallback note."""


@dataclass(frozen=True)
class Endpoint:
    url: str  # the chat-completions URL
    model: str
    api_key: str | None
    timeout: float


def endpoint(env: Mapping[str, str] | None = None) -> Endpoint:
    """The endpoint the environment names, or an error naming the variable that is wrong."""
    env = os.environ if env is None else env
    url = env.get(ENV_URL, "").strip()
    if not url:
        raise SettingsError(f"{ENV_URL} is not set: --planner llm needs an OpenAI-compatible endpoint, "
                          f"e.g. http://localhost:11434/v1 (Ollama) or http://localhost:8080/v1 (llama.cpp)")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"{ENV_URL} must be an http:// or https:// URL, got {url!r}")
    model = env.get(ENV_MODEL, "").strip()
    if not model:
        raise SettingsError(f"{ENV_MODEL} is not set: name the model the endpoint serves (e.g. qwen2.5:7b)")
    raw = env.get(ENV_TIMEOUT, "").strip()
    try:
        timeout = float(raw) if raw else DEFAULT_TIMEOUT
    except ValueError:
        timeout = -1.0
    if not (math.isfinite(timeout) and timeout > 0):
        raise SettingsError(f"{ENV_TIMEOUT} must be a number of seconds > 0, got {raw!r}")
    url = url.rstrip("/")
    if not url.endswith("/chat/completions"):
        url += "/chat/completions"
    return Endpoint(url, model, env.get(ENV_KEY, "").strip() or None, timeout)


def _check_inputs(text: str, duration: float, lang: str) -> None:
    # Bad input fails the same whichever planner is asked: the LLM is not called for it.
    if not text:
        raise PlanError("the prompt is empty; describe who does what, where (e.g. 'a wolf howls on a peak')")
    if len(text) > MAX_PROMPT_CHARS:
        raise PlanError(f"the prompt has {len(text)} characters; the cap is {MAX_PROMPT_CHARS}")
    if not (math.isfinite(duration) and 1.0 <= duration <= 1800.0):
        raise PlanError(f"duration must be between 1 and 1800 s, got {duration:g}")
    if lang not in ("auto", "zh", "en"):
        raise PlanError(f"lang must be auto, zh or en, got {lang!r}")


def _system(duration: float) -> str:
    schema = json.dumps(Screenplay.model_json_schema(), ensure_ascii=False, separators=(",", ":"))
    return (
        "You are the director of kinema, a text-to-video system that simulates a 2D world of emoji "
        "actors and films it with cameras. Turn the user's prompt into ONE screenplay as a JSON "
        "object matching this JSON Schema, and answer with the JSON only (no prose, no code fence).\n"
        f"Rules: \"kinema\": 1. The shot durations add up to about {duration:g} seconds. Every cast "
        "member's asset is one emoji (a single Twemoji character, e.g. \"🐺\"), with name.en and "
        "name.zh. Stage every member a scene's actions or shots refer to. Use only the enum values "
        "the schema lists (places, verbs, shot sizes, camera moves, effects). Cast what the prompt "
        "names; pick the place, time of day and weather it says.\n"
        f"JSON Schema: {schema}")


def _user(prompt: str, draft: Screenplay | None) -> str:
    text = f"Prompt: {prompt}"
    if draft is not None:
        # A valid example of the format for this very prompt: small models copy structure well.
        body = json.dumps(draft.model_dump(mode="json", exclude_defaults=True), ensure_ascii=False,
                          separators=(",", ":"))
        text += ("\n\nA draft from kinema's rule planner (valid, but literal; keep what is right, "
                 f"fix what the prompt asks for that it missed):\n{body}")
    return text


def _repair(errors: list[str]) -> str:
    listed = "\n".join(f"- {e}" for e in errors)
    return ("That screenplay is not valid. kinema's validator says:\n"
            f"{listed}\nAnswer with the whole corrected screenplay as one JSON object, nothing else.")


def check(answer: str) -> Screenplay | list[str]:
    """The screenplay in an answer, or what is wrong with it (each error names the field)."""
    text = _FENCE.sub("", answer.strip()).strip()
    try:
        play = parse(text, SOURCE)
    except KinemaError as e:
        return [str(e), *_more_errors(text, str(e))]
    missing = [f"cast[{i}].asset.emoji: no picture for {m.asset.emoji!r}; use one single emoji character"
               for i, m in enumerate(play.cast)
               if m.asset.emoji is not None and not has_svg(m.asset.emoji)]
    if any(m.asset.file is not None for m in play.cast):
        missing.append("cast: asset.file is not allowed here; give every member an emoji")
    return missing or play


def _more_errors(text: str, first: str) -> list[str]:
    # The loader names the first error; the repair goes better knowing all of them.
    try:
        data = json.loads(text)
        Screenplay.model_validate(data)
    except ValidationError as e:
        found = [f"{format_loc(tuple(err['loc']))}: {err['msg']}" for err in e.errors(include_url=False)]
        return [f for f in found if f.split(":", 1)[0] not in first][:MAX_ERRORS - 1]
    except (ValueError, TypeError, RecursionError):
        pass
    return []


class _Chat:
    """One conversation with the endpoint; remembers which response_format the server takes."""

    def __init__(self, ep: Endpoint, http: httpx.Client, seed: int) -> None:
        self.ep, self.http, self.seed = ep, http, seed
        self.formats = list(_FORMATS)
        self.requests = 0

    def _format(self, kind: str | None) -> dict[str, Any] | None:
        if kind == "json_schema":
            return {"type": "json_schema",
                    "json_schema": {"name": "screenplay", "schema": Screenplay.model_json_schema()}}
        return {"type": kind} if kind else None

    def ask(self, messages: list[dict[str, str]]) -> str:
        headers = {"Authorization": f"Bearer {self.ep.api_key}"} if self.ep.api_key else {}
        while True:
            body: dict[str, Any] = {"model": self.ep.model, "messages": messages, "temperature": 0,
                                    "seed": self.seed, "stream": False}
            fmt = self._format(self.formats[0])
            if fmt is not None:
                body["response_format"] = fmt
            try:
                self.requests += 1
                r = self.http.post(self.ep.url, json=body, headers=headers)
            except httpx.TimeoutException:
                raise PlannerUnavailable(f"no answer from {self.ep.url} within {self.ep.timeout:g} s") from None
            except httpx.HTTPError as e:
                raise PlannerUnavailable(f"cannot reach {self.ep.url}: {e}") from None
            if r.status_code in (400, 404, 415, 422, 501) and len(self.formats) > 1:
                self.formats.pop(0)  # the server does not take this response_format: ask plainly
                continue
            if r.status_code >= 400:
                raise PlannerUnavailable(f"{self.ep.url} answered HTTP {r.status_code}: {r.text[:200]!r}")
            return _content(r)


def _content(r: httpx.Response) -> str:
    try:
        data = r.json()
        content = data["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise PlannerUnavailable(f"the answer is not a chat completion: {r.text[:200]!r}") from None
    if not isinstance(content, str) or not content.strip():
        raise PlannerUnavailable("the answer has no text")
    if len(content) > MAX_ANSWER_CHARS:
        raise PlannerUnavailable(f"the answer has {len(content)} characters; a screenplay needs far fewer")
    return content


def plan(prompt: str, duration: float = 60.0, lang: str = "auto", seed: int = 0,
         env: Mapping[str, str] | None = None) -> PlanResult:
    """A screenplay written by the LLM, or the rule planner's with a note saying why not."""
    ep = endpoint(env)
    text = clean(prompt)
    _check_inputs(text, duration, lang)
    draft: PlanResult | None = None
    draft_error: KinemaError | None = None
    try:
        draft = rules_plan(prompt, duration, lang, seed)
    except KinemaError as e:
        draft_error = e
    messages = [{"role": "system", "content": _system(duration)},
                {"role": "user", "content": _user(text, draft.screenplay if draft else None)}]
    timeout = httpx.Timeout(ep.timeout, connect=min(CONNECT_TIMEOUT, ep.timeout))
    try:
        with httpx.Client(timeout=timeout) as http:
            chat = _Chat(ep, http, seed)
            answer = chat.ask(messages)
            got = check(answer)
            repaired = isinstance(got, list)
            if isinstance(got, list):
                messages += [{"role": "assistant", "content": answer},
                             {"role": "user", "content": _repair(got)}]
                answer = chat.ask(messages)
                got = check(answer)
                if isinstance(got, list):
                    raise PlannerUnavailable(f"its screenplay was still invalid after one repair ({got[0]})")
    except PlannerUnavailable as why:
        if draft is None:  # neither planner: say why for both
            raise KinemaError(f"{draft_error}; and the LLM planner was not used: {why}") from None
        return PlanResult(draft.screenplay,
                          [f"the LLM planner was not used: {why}; the rule planner planned this film",
                           *draft.notes])
    play = got.model_copy(update={"seed": seed, "prompt": text})
    how = " after one repair" if repaired else ""
    return PlanResult(play, [f"planned by the LLM {ep.model} at {urlsplit(ep.url).netloc}{how}"])
