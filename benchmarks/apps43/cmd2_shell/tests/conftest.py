"""Fixtures and fakes shared by the test-suite. No network: every SDK client is faked."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from querysh.config import Settings


def _usage(prompt_tokens: int = 12, completion_tokens: int = 34) -> SimpleNamespace:
    return SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)


class FakeCompletions:
    def __init__(self, replies: list[str]) -> None:
        self.replies = list(replies)
        self.calls: list[dict[str, Any]] = []

    def create(self, **kwargs: Any) -> SimpleNamespace:
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else "ok"
        message = SimpleNamespace(content=text)
        return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=_usage(), model=kwargs.get("model"))


class FakeEmbeddings:
    def create(self, model: str, input: list[str]) -> SimpleNamespace:
        return SimpleNamespace(data=[SimpleNamespace(embedding=[float(len(t)), 1.0]) for t in input])


class FakeModerations:
    def __init__(self, flagged: bool = False) -> None:
        self.flagged = flagged

    def create(self, **kwargs: Any) -> SimpleNamespace:
        return SimpleNamespace(results=[SimpleNamespace(flagged=self.flagged)])


class FakeOpenAI:
    def __init__(self, replies: list[str] | None = None, flagged: bool = False) -> None:
        self.chat = SimpleNamespace(completions=FakeCompletions(replies or []))
        self.embeddings = FakeEmbeddings()
        self.moderations = FakeModerations(flagged)


class FakeMessages:
    def __init__(self, replies: list[str]) -> None:
        self.replies = list(replies)
        self.calls: list[dict[str, Any]] = []

    def create(self, **kwargs: Any) -> SimpleNamespace:
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else "ok"
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=text)],
            usage=SimpleNamespace(input_tokens=10, output_tokens=20),
            model=kwargs.get("model"),
        )

    def count_tokens(self, **kwargs: Any) -> SimpleNamespace:
        return SimpleNamespace(input_tokens=7)


class FakeAnthropic:
    def __init__(self, replies: list[str] | None = None) -> None:
        self.messages = FakeMessages(replies or [])


class FakeBackend:
    name = "fake"
    model = "fake-1"

    def __init__(self, reply: str = "fake answer") -> None:
        self.reply = reply
        self.prompts: list[str] = []

    def complete(self, prompt, *, system=None, max_tokens=1024):
        from querysh.backends.base import Completion

        self.prompts.append(prompt)
        return Completion(text=self.reply, model=self.model, input_tokens=1, output_tokens=2)

    def stream(self, prompt, *, system=None):
        yield from self.reply.split(" ")


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(history_file=str(tmp_path / "hist"), moderate_prompts=False)


@pytest.fixture
def fake_openai() -> FakeOpenAI:
    return FakeOpenAI(["```sql\nSELECT 1\n```"])


@pytest.fixture
def fake_anthropic() -> FakeAnthropic:
    return FakeAnthropic(["Looks fine."])


@pytest.fixture
def app(monkeypatch, settings, fake_openai, fake_anthropic):
    """A QueryShell with every client replaced by fakes."""
    from querysh import backends
    from querysh.app import QueryShell

    clients = {"openai": fake_openai, "anthropic": fake_anthropic, "gemini": None, "cohere": None, "perplexity": fake_openai}
    monkeypatch.setattr(backends, "build_clients", lambda _settings: clients)
    monkeypatch.setattr(backends, "get_backend", lambda name, _settings: FakeBackend())
    shell = QueryShell(settings=settings)
    shell.db.run("CREATE TABLE t AS SELECT range AS n, range * 2 AS doubled FROM range(5)")
    return shell


def run_cmd(app, cmd: str) -> tuple[str, str]:
    """Run one command and capture stdout/stderr (same trick cmd2's own tests use)."""
    from cmd2.utils import StdSim

    saved_out, saved_err = app.stdout, __import__("sys").stderr
    app.stdout = StdSim(app.stdout)
    err = StdSim(saved_err)
    __import__("sys").stderr = err
    try:
        app.onecmd_plus_hooks(cmd)
    finally:
        out = app.stdout.getvalue()
        app.stdout = saved_out
        __import__("sys").stderr = saved_err
    return out, err.getvalue()
