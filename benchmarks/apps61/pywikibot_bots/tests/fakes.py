"""Fake SDK clients for tests (shape-compatible with what we use)."""
from __future__ import annotations

from types import SimpleNamespace as NS


class FakeCompletions:
    def __init__(self, reply: str = 'ok') -> None:
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(
            choices=[NS(message=NS(content=self.reply), finish_reason='stop')],
            usage=NS(prompt_tokens=10, completion_tokens=5, total_tokens=15),
        )


class FakeOpenAI:
    def __init__(self, reply: str = 'ok') -> None:
        self.chat = NS(completions=FakeCompletions(reply))


class FakeMessages:
    def __init__(self, reply: str = 'ok') -> None:
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(content=[NS(type='text', text=self.reply)],
                  usage=NS(input_tokens=12, output_tokens=6))


class FakeAnthropic:
    def __init__(self, reply: str = 'ok') -> None:
        self.messages = FakeMessages(reply)


class FakeMistralChat:
    def __init__(self, reply: str) -> None:
        self.reply = reply

    def complete(self, **kwargs):
        return NS(choices=[NS(message=NS(content=self.reply))])


class FakeMistral:
    def __init__(self, reply: str = '{}') -> None:
        self.chat = FakeMistralChat(reply)


class FakeVoyage:
    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = vectors

    def embed(self, texts, model=None, input_type=None, truncation=True):
        return NS(embeddings=[self.vectors[t] for t in texts],
                  total_tokens=sum(len(t.split()) for t in texts))


class FakePage:
    def __init__(self, title: str, text: str, revid: int = 1) -> None:
        self._title = title
        self.text = text
        self.latest_revision_id = revid

    def title(self, **kwargs) -> str:
        return self._title
