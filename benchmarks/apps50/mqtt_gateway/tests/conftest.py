"""Shared fixtures and fakes.

The fakes mirror just enough of each SDK's surface for the handlers; they
record requests so tests can assert on prompts and models.
"""
from __future__ import annotations

import json
from concurrent.futures import Future
from types import SimpleNamespace
from typing import Any

import pytest

from gateway.config import Settings
from gateway.storage import AlarmBuffer, IncidentStore


class FakeMessage:
    def __init__(self, topic: str, payload: Any) -> None:
        self.topic = topic
        if isinstance(payload, (dict, list)):
            payload = json.dumps(payload)
        self.payload = payload.encode() if isinstance(payload, str) else payload
        self.qos = 1
        self.retain = False


class FakeMqttClient:
    def __init__(self) -> None:
        self.published: list[tuple[str, Any, int]] = []

    def publish(self, topic: str, payload: Any = None, qos: int = 0, retain: bool = False):
        self.published.append((topic, payload, qos))
        return SimpleNamespace(rc=0, mid=len(self.published))

    def topics(self) -> list[str]:
        return [t for t, _, _ in self.published]


class InlinePool:
    """Runs submitted work immediately; keeps tests deterministic."""

    inflight = 0

    def submit(self, fn, *args, **kwargs) -> Future:
        fut: Future = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except Exception as exc:  # noqa: BLE001
            fut.set_exception(exc)
        return fut

    def submit_async(self, coro_fn, *args, **kwargs) -> Future:
        import asyncio

        return self.submit(lambda: asyncio.run(coro_fn(*args, **kwargs)))


# --- OpenAI-shaped fake -----------------------------------------------------

class _FakeCompletions:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=usage)


class FakeOpenAI:
    def __init__(self, reply: str = "{}") -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.responses = SimpleNamespace(create=lambda **kw: SimpleNamespace(output_text=reply))
        self.embeddings = SimpleNamespace(
            create=lambda **kw: SimpleNamespace(data=[SimpleNamespace(embedding=[1.0, 0.0])] * len(kw["input"]))
        )


# --- Anthropic-shaped fake --------------------------------------------------

class _FakeStream:
    def __init__(self, chunks: list[str]) -> None:
        self.text_stream = iter(chunks)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def get_final_message(self):
        return SimpleNamespace(usage=SimpleNamespace(output_tokens=len(self.__dict__)))


class _FakeMessages:
    def __init__(self, reply: str, chunks: list[str]) -> None:
        self.reply = reply
        self.chunks = chunks
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )

    def stream(self, **kwargs):
        self.calls.append(kwargs)
        return _FakeStream(self.chunks)

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=100)


class FakeAnthropic:
    def __init__(self, reply: str = "ok", chunks: list[str] | None = None) -> None:
        self.messages = _FakeMessages(reply, chunks or ["Pump ", "3 ", "is fine."])


# --- google-genai-shaped fake ----------------------------------------------

class _FakeModels:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    def generate_content(self, **kwargs):
        self.calls.append(kwargs)
        usage = SimpleNamespace(prompt_token_count=40, candidates_token_count=20)
        return SimpleNamespace(text=self.text, usage_metadata=usage)


class FakeGenai:
    def __init__(self, text: str = "- summary") -> None:
        self.models = _FakeModels(text)


class FakeVoyage:
    def __init__(self) -> None:
        self.embed_calls = 0

    def embed(self, texts, model=None, input_type=None, **kw):
        self.embed_calls += 1
        return SimpleNamespace(embeddings=[[float(len(t)), 1.0] for t in texts], total_tokens=len(texts))

    def rerank(self, query, documents, model=None, top_k=None):
        results = [SimpleNamespace(index=i, relevance_score=1.0 - i * 0.1) for i in range(min(top_k or 3, len(documents)))]
        return SimpleNamespace(results=results)


@pytest.fixture
def settings(tmp_path) -> Settings:
    s = Settings()
    s.mqtt.base_topic = "site/test"
    s.db_path = str(tmp_path / "incidents.db")
    s.burst_threshold = 3
    return s


@pytest.fixture
def userdata(settings) -> dict[str, Any]:
    return {
        "settings": settings,
        "llm": {
            "openai": FakeOpenAI('{"label": "spike", "severity": 4, "reason": "jump"}'),
            "anthropic": FakeAnthropic(),
            "genai": FakeGenai(),
            "voyage": FakeVoyage(),
        },
        "pool": InlinePool(),
        "store": IncidentStore(settings.db_path),
        "buffer": AlarmBuffer(settings.burst_window_s, settings.burst_threshold),
    }


@pytest.fixture
def mqtt_client() -> FakeMqttClient:
    return FakeMqttClient()
