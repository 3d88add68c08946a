"""The optional LLM planner (kinema.plan.llm) against a local OpenAI-compatible endpoint that the
test starts (http.server on loopback, in a thread): answers, repairs, fallbacks, settings."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from kinema.plan import llm
from kinema.plan.director import plan as rules_plan

PROMPT = "A wolf howls on a mountain at night"
VALID: dict[str, Any] = {
    "kinema": 1,
    "title": "Wolf",
    "cast": [{"id": "wolf", "asset": {"emoji": "🐺"}, "name": {"en": "wolf", "zh": "狼"},
              "archetype": "canine"}],
    "scenes": [{"id": "peak", "setting": {"place": "mountains", "time": "night"},
                "staging": {"wolf": {"x": 0.0}},
                "actions": [{"at": 0.5, "who": "wolf", "do": "howl"}],
                "shots": [{"id": "wide", "duration": 6.0, "size": "wide", "subjects": ["wolf"]}]}],
}
INVALID = json.loads(json.dumps(VALID))
INVALID["scenes"][0]["actions"][0]["do"] = "moonwalk"  # not a world verb


def completion(content: str) -> tuple[int, str]:
    return 200, json.dumps({"id": "x", "object": "chat.completion",
                            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]})


@dataclass
class Endpoint:
    """Plays an OpenAI-compatible server: answers come off `answers` in order, requests are kept."""

    answers: list[tuple[int, str]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    refuse_schema: bool = False  # answer 400 to response_format json_schema, as some servers do
    hold: threading.Event | None = None  # set: the handler waits on it before answering (timeouts)
    url: str = ""


@pytest.fixture
def endpoint() -> Iterator[Endpoint]:
    ep = Endpoint()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            ep.requests.append(body)
            ep.headers.append(dict(self.headers))
            ep.paths.append(self.path)
            if ep.hold is not None:
                ep.hold.wait(10)
            fmt = body.get("response_format") or {}
            if ep.refuse_schema and fmt.get("type") == "json_schema":
                status, text = 400, '{"error": "response_format json_schema is not supported"}'
            else:
                status, text = ep.answers.pop(0) if ep.answers else (500, "no answer left")
            data = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ep.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield ep
    if ep.hold is not None:
        ep.hold.set()
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # httpx honours proxy variables; loopback must be reached directly.
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


def env(ep: Endpoint, **more: str) -> dict[str, str]:
    return {"KINEMA_LLM_URL": ep.url, "KINEMA_LLM_MODEL": "test-model", **more}


def test_valid_answer_is_the_screenplay(endpoint: Endpoint) -> None:
    endpoint.answers = [completion(json.dumps(VALID, ensure_ascii=False))]
    result = llm.plan(PROMPT, 6.0, seed=3, env=env(endpoint, KINEMA_LLM_API_KEY="sk-test"))
    play = result.screenplay
    assert [m.asset.emoji for m in play.cast] == ["🐺"]
    assert play.scenes[0].actions[0].do.value == "howl"
    assert play.seed == 3 and play.prompt == PROMPT
    assert "planned by the LLM test-model" in result.notes[0]
    assert len(endpoint.requests) == 1
    req = endpoint.requests[0]
    assert endpoint.paths == ["/v1/chat/completions"]
    assert req["model"] == "test-model"
    assert req["response_format"]["type"] == "json_schema"
    assert req["response_format"]["json_schema"]["schema"]["title"] == "Screenplay"
    assert PROMPT in req["messages"][-1]["content"]
    assert '"kinema"' in req["messages"][0]["content"]  # the schema rides in the system message
    assert endpoint.headers[0]["Authorization"] == "Bearer sk-test"


def test_code_fenced_answer_is_read(endpoint: Endpoint) -> None:
    endpoint.answers = [completion("```json\n" + json.dumps(VALID) + "\n```")]
    result = llm.plan(PROMPT, 6.0, env=env(endpoint))
    assert result.notes[0].startswith("planned by the LLM")


def test_invalid_answer_is_repaired_with_the_validation_errors(endpoint: Endpoint) -> None:
    endpoint.answers = [completion(json.dumps(INVALID)), completion(json.dumps(VALID))]
    result = llm.plan(PROMPT, 6.0, env=env(endpoint))
    assert "after one repair" in result.notes[0]
    assert result.screenplay.scenes[0].actions[0].do.value == "howl"
    assert len(endpoint.requests) == 2
    second = endpoint.requests[1]["messages"]
    assert second[-2] == {"role": "assistant", "content": json.dumps(INVALID)}
    repair = second[-1]["content"]
    assert "scenes[0].actions[0].do" in repair, repair
    assert "'howl'" in repair  # the validator's list of what is expected


def test_unknown_emoji_is_sent_back_for_repair(endpoint: Endpoint) -> None:
    bad = json.loads(json.dumps(VALID))
    bad["cast"][0]["asset"]["emoji"] = "wolf"
    endpoint.answers = [completion(json.dumps(bad)), completion(json.dumps(VALID))]
    llm.plan(PROMPT, 6.0, env=env(endpoint))
    assert "cast[0].asset.emoji" in endpoint.requests[1]["messages"][-1]["content"]


def test_invalid_twice_falls_back_to_the_rules_with_a_note(endpoint: Endpoint) -> None:
    endpoint.answers = [completion(json.dumps(INVALID)), completion("not json at all")]
    result = llm.plan(PROMPT, 6.0, env=env(endpoint))
    assert len(endpoint.requests) == 2
    assert "the LLM planner was not used" in result.notes[0]
    assert "still invalid after one repair" in result.notes[0]
    assert result.screenplay == rules_plan(PROMPT, 6.0).screenplay


def test_unreachable_endpoint_falls_back() -> None:
    with socket.socket() as s:  # a port nothing listens on once closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = llm.plan(PROMPT, 6.0, env={"KINEMA_LLM_URL": f"http://127.0.0.1:{port}/v1",
                                        "KINEMA_LLM_MODEL": "m"})
    assert "cannot reach" in result.notes[0]
    assert result.screenplay == rules_plan(PROMPT, 6.0).screenplay


def test_garbage_and_http_errors_fall_back(endpoint: Endpoint) -> None:
    endpoint.answers = [(200, "<html>hello</html>")]
    assert "not a chat completion" in llm.plan(PROMPT, 6.0, env=env(endpoint)).notes[0]
    endpoint.answers = [(500, "boom")]
    assert "HTTP 500" in llm.plan(PROMPT, 6.0, env=env(endpoint)).notes[0]


def test_timeout_falls_back(endpoint: Endpoint) -> None:
    endpoint.hold = threading.Event()
    endpoint.answers = [completion(json.dumps(VALID))]
    result = llm.plan(PROMPT, 6.0, env=env(endpoint, KINEMA_LLM_TIMEOUT="0.3"))
    endpoint.hold.set()
    assert "no answer" in result.notes[0] and "0.3 s" in result.notes[0]


def test_server_without_json_schema_is_asked_for_a_json_object(endpoint: Endpoint) -> None:
    endpoint.refuse_schema = True
    endpoint.answers = [completion(json.dumps(VALID))]
    result = llm.plan(PROMPT, 6.0, env=env(endpoint))
    assert result.notes[0].startswith("planned by the LLM")
    assert [r["response_format"]["type"] for r in endpoint.requests] == ["json_schema", "json_object"]


@pytest.mark.parametrize(("settings", "variable"), [
    ({}, "KINEMA_LLM_URL"),
    ({"KINEMA_LLM_URL": "localhost:11434"}, "KINEMA_LLM_URL"),
    ({"KINEMA_LLM_URL": "http://127.0.0.1:1/v1"}, "KINEMA_LLM_MODEL"),
    ({"KINEMA_LLM_URL": "http://127.0.0.1:1/v1", "KINEMA_LLM_MODEL": "m", "KINEMA_LLM_TIMEOUT": "soon"},
     "KINEMA_LLM_TIMEOUT"),
])
def test_bad_settings_name_the_variable(settings: dict[str, str], variable: str) -> None:
    with pytest.raises(llm.SettingsError, match=variable):
        llm.plan(PROMPT, 6.0, env=settings)


def _kinema(*args: str, extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("KINEMA_LLM_") and "proxy" not in k.lower()}
    return subprocess.run([sys.executable, "-m", "kinema", *args], capture_output=True, text=True,
                          env={**base, **extra}, timeout=300)


def test_cli_missing_settings_exit_2_and_write_nothing(tmp_path: Path) -> None:
    out = tmp_path / "film.yaml"
    proc = _kinema("plan", PROMPT, "--planner", "llm", "-o", str(out), extra={})
    assert proc.returncode == 2, proc.stderr
    assert "KINEMA_LLM_URL" in proc.stderr + proc.stdout
    assert "Traceback" not in proc.stderr
    assert not out.exists()
    proc = _kinema("plan", PROMPT, "--planner", "oracle", "-o", str(out), extra={})
    assert proc.returncode == 2 and "--planner must be rules or llm" in proc.stderr + proc.stdout


def test_cli_plans_with_the_llm(endpoint: Endpoint, tmp_path: Path) -> None:
    endpoint.answers = [completion(json.dumps(VALID))]
    out = tmp_path / "film.yaml"
    proc = _kinema("plan", PROMPT, "--planner", "llm", "--duration", "6", "--no-dailies", "-o", str(out),
                   extra=env(endpoint))
    assert proc.returncode == 0, proc.stderr
    assert "planned by the LLM test-model" in proc.stdout + proc.stderr
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["cast"][0]["asset"]["emoji"] == "🐺"


def test_neither_planner_says_why_for_both(endpoint: Endpoint) -> None:
    endpoint.answers = [(503, "overloaded")]
    with pytest.raises(llm.KinemaError) as err:
        llm.plan("一只狗在跑", 6.0, lang="en", env=env(endpoint))  # the rules refuse Chinese under --lang en
    assert "--lang en" in str(err.value) and "HTTP 503" in str(err.value)
