"""Hand-rolled fakes for the SDK clients and twitchio objects."""
from __future__ import annotations

from types import SimpleNamespace


def _openai_response(text: str, model: str = "fake-model", pt: int = 10, ct: int = 5):
    return SimpleNamespace(
        model=model,
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=pt, completion_tokens=ct, total_tokens=pt + ct),
    )


class _FakeCompletions:
    def __init__(self, replies: list[str]):
        self.replies = list(replies)
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return _openai_response(self.replies.pop(0) if self.replies else "ok", kwargs.get("model", "fake"))


class FakeOpenAI:
    """Quacks like AsyncOpenAI / AsyncGroq for chat.completions and moderations."""

    def __init__(self, replies: list[str] | None = None, flagged: bool = False):
        self.chat = SimpleNamespace(completions=_FakeCompletions(replies or []))
        self._flagged = flagged
        self.moderations = SimpleNamespace(create=self._moderate)

    async def _moderate(self, **kwargs):
        cats = SimpleNamespace(model_dump=lambda by_alias=True: {"harassment": self._flagged})
        return SimpleNamespace(results=[SimpleNamespace(flagged=self._flagged, categories=cats)])


class FakeAnthropic:
    def __init__(self, text: str = "summary"):
        self.text = text
        self.calls: list[dict] = []
        self.messages = SimpleNamespace(create=self._create)

    async def _create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs["model"],
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=4),
        )


class FakeMistral:
    def __init__(self, scores: dict[str, float] | None = None, fail: bool = False):
        self.scores = scores or {}
        self.fail = fail
        self.classifiers = SimpleNamespace(moderate_async=self._moderate)

    async def _moderate(self, **kwargs):
        if self.fail:
            raise RuntimeError("mistral down")
        return SimpleNamespace(results=[SimpleNamespace(category_scores=self.scores)])


class FakeChannel:
    def __init__(self, name: str = "testchan"):
        self.name = name
        self.sent: list[str] = []

    async def send(self, text: str) -> None:
        self.sent.append(text)


class FakeAuthor:
    def __init__(self, name: str = "viewer", is_mod: bool = False):
        self.name = name
        self.is_mod = is_mod
        self.is_broadcaster = False


class FakeContext:
    def __init__(self, channel: FakeChannel | None = None, author: FakeAuthor | None = None):
        self.channel = channel or FakeChannel()
        self.author = author or FakeAuthor()
        self.replies: list[str] = []

    async def reply(self, text: str) -> None:
        self.replies.append(text)

    async def send(self, text: str) -> None:
        self.channel.sent.append(text)
