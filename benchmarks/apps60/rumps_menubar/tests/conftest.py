from __future__ import annotations

from types import SimpleNamespace

import pytest

from menubar.settings import Settings


class FakeCompletions:
    def __init__(self, reply: str = "fake reply"):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.reply)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5, total_tokens=15)
        return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=usage)


class FakeOpenAI:
    def __init__(self, reply: str = "fake reply"):
        self.chat = SimpleNamespace(completions=FakeCompletions(reply))


class FakeMessages:
    def __init__(self, reply: str = "claude says hi"):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        block = SimpleNamespace(type="text", text=self.reply)
        usage = SimpleNamespace(input_tokens=12, output_tokens=6)
        return SimpleNamespace(content=[block], usage=usage)


class FakeAnthropic:
    def __init__(self, reply: str = "claude says hi"):
        self.messages = FakeMessages(reply)


class FakeClipboard:
    def __init__(self, text: str = ""):
        self.text = text

    def read(self) -> str:
        return self.text

    def write(self, text: str) -> None:
        self.text = text

    def changed(self) -> bool:
        return True


@pytest.fixture
def settings(tmp_path):
    return Settings(provider="openai")


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture(autouse=True)
def no_real_clients(monkeypatch):
    """Make sure no test accidentally builds a real SDK client."""
    from menubar.llm import clients

    def boom(*_a, **_k):
        raise AssertionError("tests must not construct real LLM clients")

    for name in ("get_openai_client", "get_anthropic_client", "get_deepseek_client",
                 "get_ollama_client", "get_cohere_client", "get_async_anthropic_client"):
        monkeypatch.setattr(clients, name, boom)
