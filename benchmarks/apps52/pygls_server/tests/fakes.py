"""Hand-rolled fakes for the SDK clients; shaped just enough for our code paths."""
from __future__ import annotations

from types import SimpleNamespace


class _FakeChatCompletions:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs.get("model", "fake"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply), text=self.reply)],
            usage=SimpleNamespace(prompt_tokens=11, completion_tokens=7),
        )


class FakeAsyncOpenAI:
    def __init__(self, reply: str = "pass") -> None:
        self.chat = SimpleNamespace(completions=_FakeChatCompletions(reply))
        self.completions = _FakeChatCompletions(reply)


class _FakeFim:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    async def complete_async(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs["model"],
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply))],
            usage=SimpleNamespace(prompt_tokens=5, completion_tokens=3),
        )


class FakeMistral:
    def __init__(self, reply: str = "return x") -> None:
        self.fim = _FakeFim(reply)
        self.chat = SimpleNamespace(complete_async=self.fim.complete_async)


class FakeDocument:
    def __init__(self, source: str, uri: str = "file:///tmp/x.py", language_id: str = "python") -> None:
        self.source = source
        self.uri = uri
        self.language_id = language_id
        self.version = 1

    @property
    def lines(self) -> list[str]:
        return self.source.splitlines(keepends=True)


class FakeWorkspace:
    def __init__(self, docs: dict[str, FakeDocument], root_uri: str | None = None) -> None:
        self._docs = docs
        self.root_uri = root_uri

    def get_text_document(self, uri: str) -> FakeDocument:
        return self._docs[uri]


class FakeBackend:
    def __init__(self, name: str, client, model: str = "fake-model") -> None:
        self.name = name
        self.client = client
        self.model = model
