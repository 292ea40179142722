"""Hand-rolled fakes for the SDK clients. Only the surface our steps touch."""
from __future__ import annotations

import json
from types import SimpleNamespace


def _choice(content: str):
    return SimpleNamespace(message=SimpleNamespace(content=content))


class _FakeCompletions:
    def __init__(self, parent):
        self._parent = parent

    def create(self, **kwargs):
        self._parent.calls.append(("chat.completions.create", kwargs))
        return SimpleNamespace(
            choices=[_choice(self._parent.reply)],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5, total_tokens=15),
        )


class _FakeEmbeddings:
    def __init__(self, parent):
        self._parent = parent

    def create(self, model, input, **kwargs):  # noqa: A002
        self._parent.calls.append(("embeddings.create", {"model": model, "input": input}))
        texts = input if isinstance(input, list) else [input]
        return SimpleNamespace(
            data=[SimpleNamespace(index=i, embedding=[float(len(t)), 0.0, 1.0]) for i, t in enumerate(texts)],
            usage=SimpleNamespace(total_tokens=sum(len(t) for t in texts)),
        )


class FakeOpenAI:
    def __init__(self, reply: str | dict = "{}"):
        self.reply = reply if isinstance(reply, str) else json.dumps(reply)
        self.calls: list[tuple[str, dict]] = []
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))
        self.embeddings = _FakeEmbeddings(self)

    def close(self):
        pass


class FakeMistral:
    def __init__(self, reply: str = "{}"):
        self.reply = reply
        self.calls: list[dict] = []
        self.chat = SimpleNamespace(complete=self._complete)

    def _complete(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(choices=[_choice(self.reply)])


class FakeAnthropic:
    def __init__(self, text: str = "summary"):
        self.text = text
        self.calls: list[dict] = []
        self.messages = SimpleNamespace(create=self._create)

    def _create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=100, output_tokens=20),
        )


class FakeWorkerClients:
    def __init__(self, **clients):
        self.__dict__.update(clients)
