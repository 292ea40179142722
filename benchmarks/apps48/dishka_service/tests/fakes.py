"""Hand-written fakes for the vendor SDK clients."""
from __future__ import annotations

from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, parent: "FakeOpenAI") -> None:
        self._parent = parent

    async def create(self, **kwargs):
        self._parent.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs.get("model", "fake"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=self._parent.reply))],
            usage=SimpleNamespace(prompt_tokens=11, completion_tokens=7),
        )


class _FakeEmbeddings:
    async def create(self, model: str, input: list[str]):
        return SimpleNamespace(
            data=[SimpleNamespace(index=i, embedding=[0.1] * 8) for i, _ in enumerate(input)]
        )


class _FakeModerations:
    def __init__(self) -> None:
        self.flag_next = False

    async def create(self, model: str, input: str):
        cats = SimpleNamespace(model_dump=lambda: {"violence": self.flag_next})
        return SimpleNamespace(results=[SimpleNamespace(flagged=self.flag_next, categories=cats)])


class FakeOpenAI:
    def __init__(self, reply: str = "fake answer [1]") -> None:
        self.reply = reply
        self.calls: list[dict] = []
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))
        self.embeddings = _FakeEmbeddings()
        self.moderations = _FakeModerations()

    async def close(self) -> None:
        pass


class _FakeMessages:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs["model"],
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=100, output_tokens=20),
        )


class FakeAnthropic:
    def __init__(self, reply: str = "- point one\n- point two") -> None:
        self.messages = _FakeMessages(reply)

    async def close(self) -> None:
        pass


class FakeVoyage:
    def __init__(self, dims: int = 8) -> None:
        self.dims = dims
        self.embed_calls = 0

    async def embed(self, texts, model=None, input_type=None, truncation=True):
        self.embed_calls += 1
        return SimpleNamespace(embeddings=[[0.5] * self.dims for _ in texts], total_tokens=len(texts) * 3)

    async def rerank(self, query, documents, model=None, top_k=None):
        n = min(top_k or len(documents), len(documents))
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=1.0 - i / 10) for i in range(n)]
        )

    def count_tokens(self, texts, model=None):
        return sum(len(t) // 4 for t in texts)


class FakeMistralChat:
    def __init__(self, content: str) -> None:
        self.content = content

    async def complete_async(self, **kwargs):
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=self.content))])

    def complete(self, **kwargs):
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=self.content))])


class FakeMistral:
    def __init__(self, content: str = '{"topics": ["finance"]}') -> None:
        self.chat = FakeMistralChat(content)


class FakeBedrockRuntime:
    def __init__(self) -> None:
        self.requests: list[dict] = []

    def converse(self, **kwargs):
        self.requests.append(kwargs)
        return {
            "output": {"message": {"content": [{"text": "bedrock summary"}]}},
            "usage": {"inputTokens": 10, "outputTokens": 5},
        }
