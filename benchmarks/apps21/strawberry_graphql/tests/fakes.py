"""Hand-rolled fakes for the SDK clients. Shaped like the real ones just enough for our code."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any


def _usage(p: int = 10, c: int = 5) -> SimpleNamespace:
    return SimpleNamespace(prompt_tokens=p, completion_tokens=c, total_tokens=p + c)


@dataclass
class _Recorder:
    calls: list[dict] = field(default_factory=list)


class FakeCompletions(_Recorder):
    def __init__(self, reply: str = "fake answer [1]", stream_tokens: list[str] | None = None) -> None:
        super().__init__()
        self.reply = reply
        self.stream_tokens = stream_tokens or ["fake ", "answer"]

    async def create(self, **kwargs: Any):
        self.calls.append(kwargs)
        if kwargs.get("stream"):
            return self._stream()
        msg = SimpleNamespace(content=self.reply)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=_usage())

    async def _stream(self):
        for t in self.stream_tokens:
            yield SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=t))])


class FakeEmbeddings(_Recorder):
    def __init__(self, dim: int = 8) -> None:
        super().__init__()
        self.dim = dim

    async def create(self, **kwargs: Any):
        self.calls.append(kwargs)
        inputs = kwargs["input"] if isinstance(kwargs["input"], list) else [kwargs["input"]]
        data = [SimpleNamespace(index=i, embedding=[float(i)] * self.dim) for i in range(len(inputs))]
        return SimpleNamespace(data=data, usage=_usage(len(inputs), 0))


class FakeResponses(_Recorder):
    async def create(self, **kwargs: Any):
        self.calls.append(kwargs)
        return SimpleNamespace(output_text="What about X?\nHow does Y work?\nWhy Z?")


class FakeAsyncOpenAI:
    def __init__(self, reply: str = "fake answer [1]") -> None:
        self.chat = SimpleNamespace(completions=FakeCompletions(reply))
        self.embeddings = FakeEmbeddings()
        self.responses = FakeResponses()

    async def close(self) -> None:
        pass


class FakeMistralChat(_Recorder):
    async def complete_async(self, **kwargs: Any):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content="A short summary.")
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=_usage())


class FakeMistral:
    def __init__(self) -> None:
        self.chat = FakeMistralChat()


class FakeHF(_Recorder):
    async def text_generation(self, prompt: str, **kwargs: Any) -> str:
        self.calls.append({"prompt": prompt, **kwargs})
        return "graphql, strawberry, Auth Tokens, graphql"

    async def chat_completion(self, **kwargs: Any):
        self.calls.append(kwargs)
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content="a, b"))])


class FakeReplicate(_Recorder):
    async def async_run(self, ref: str, input: dict):
        self.calls.append({"ref": ref, **input})
        return ["https://replicate.delivery/fake.webp"]


class FakeIndexer:
    def __init__(self) -> None:
        self.enqueued: list[str] = []
        self.running = False
        self.last_error = None

    def enqueue(self, article_id: str) -> None:
        self.enqueued.append(article_id)
