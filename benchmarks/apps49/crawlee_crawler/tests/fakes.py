"""Fake vendor clients for tests. They mirror the SDK attribute paths we use."""

from __future__ import annotations

from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply, refusal=None, parsed=None)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5, total_tokens=15)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=usage)


class _FakeModerations:
    async def create(self, **kwargs):
        return SimpleNamespace(results=[SimpleNamespace(flagged=False) for _ in kwargs["input"]])


class FakeAsyncOpenAI:
    def __init__(self, reply: str = "A sturdy kettle.") -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.moderations = _FakeModerations()


class _FakeMessages:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        block = SimpleNamespace(type="text", text=self.reply)
        return SimpleNamespace(content=[block], usage=SimpleNamespace(input_tokens=20, output_tokens=2))


class FakeAsyncAnthropic:
    def __init__(self, reply: str = "home_and_kitchen") -> None:
        self.messages = _FakeMessages(reply)


class FakeVoyage:
    def __init__(self, dim: int = 4) -> None:
        self.dim = dim

    def embed(self, texts, model=None, input_type=None, **_):
        vecs = [[float(len(t) % 7 + i) for i in range(self.dim)] for t in texts]
        return SimpleNamespace(embeddings=vecs, total_tokens=sum(len(t.split()) for t in texts))

    def rerank(self, query, documents, model=None, top_k=None):
        results = [SimpleNamespace(index=i, relevance_score=1.0 / (i + 1)) for i in range(len(documents))]
        return SimpleNamespace(results=results[:top_k])


class FakeContext:
    """Stand-in for BeautifulSoupCrawlingContext."""

    def __init__(self, soup, url: str, user_data: dict | None = None) -> None:
        self.soup = soup
        self.request = SimpleNamespace(url=url, loaded_url=url, user_data=user_data or {})
        self.log = SimpleNamespace(info=lambda *a, **k: None, warning=lambda *a, **k: None)
        self.pushed: list[dict] = []
        self.enqueued: list[dict] = []

    async def push_data(self, data, **kwargs):
        self.pushed.append(data)

    async def enqueue_links(self, **kwargs):
        self.enqueued.append(kwargs)
