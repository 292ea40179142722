"""Fake SDK clients.  They mimic just enough of the response objects for the
procedures under test."""
from __future__ import annotations

from types import SimpleNamespace as NS


def _usage(i=10, o=5):
    return NS(prompt_tokens=i, completion_tokens=o, input_tokens=i, output_tokens=o, total_tokens=i + o)


class _FakeCompletions:
    def __init__(self, parent):
        self.parent = parent

    async def create(self, **kwargs):
        self.parent.calls.append(("chat.completions.create", kwargs))
        return NS(
            model=kwargs.get("model", "fake"),
            choices=[NS(message=NS(content=self.parent.reply), delta=NS(content=self.parent.reply))],
            usage=_usage(),
        )


class _FakeEmbeddings:
    def __init__(self, parent):
        self.parent = parent

    async def create(self, **kwargs):
        self.parent.calls.append(("embeddings.create", kwargs))
        inputs = kwargs.get("input") or kwargs.get("inputs") or []
        return NS(data=[NS(embedding=[0.1, 0.2, 0.3]) for _ in inputs], usage=_usage())

    async def create_async(self, **kwargs):
        return await self.create(**kwargs)


class FakeOpenAI:
    """Also stands in for AsyncCerebras (same shape)."""

    def __init__(self, reply="ok"):
        self.reply = reply
        self.calls: list = []
        self.chat = NS(completions=_FakeCompletions(self))
        self.embeddings = _FakeEmbeddings(self)


class _FakeMessages:
    def __init__(self, parent):
        self.parent = parent

    async def create(self, **kwargs):
        self.parent.calls.append(("messages.create", kwargs))
        return NS(
            model=kwargs["model"],
            content=[NS(type="text", text=self.parent.reply)],
            usage=_usage(),
        )


class FakeAnthropic:
    def __init__(self, reply="summary"):
        self.reply = reply
        self.calls: list = []
        self.messages = _FakeMessages(self)


class FakeMistral:
    def __init__(self, reply="partial"):
        self.reply = reply
        self.calls: list = []
        self.chat = NS(complete_async=self._complete)
        self.embeddings = _FakeEmbeddings(self)

    async def _complete(self, **kwargs):
        self.calls.append(("chat.complete_async", kwargs))
        return NS(choices=[NS(message=NS(content=self.reply))], usage=_usage())


class FakeCohere:
    def __init__(self, order=None, reply="other"):
        self.order = order
        self.reply = reply
        self.calls: list = []

    async def rerank(self, *, model, query, documents, top_n):
        self.calls.append(("rerank", dict(model=model, query=query, top_n=top_n)))
        order = self.order or list(range(len(documents)))
        results = [NS(index=i, relevance_score=1.0 - n / 10) for n, i in enumerate(order[:top_n])]
        return NS(results=results, meta=NS(billed_units=NS(search_units=1)))

    async def chat(self, *, model, messages, **kw):
        self.calls.append(("chat", dict(model=model)))
        return NS(message=NS(content=[NS(text=self.reply)]), usage=None)

    async def embed(self, **kwargs):
        return NS(embeddings=NS(float_=[[1.0, 0.0] for _ in kwargs["texts"]]))


class FakeConversation:
    def __init__(self):
        self.items: list[dict] = []
        self.id = "c1"

    async def messages(self, limit=20):
        return self.items[-limit:]

    async def append(self, role, content):
        self.items.append({"role": role, "content": content})


class FakeStore:
    def __init__(self):
        self.conv = FakeConversation()

    async def create(self, system_prompt=None):
        if system_prompt:
            await self.conv.append("system", system_prompt)
        return self.conv

    def get(self, conv_id):
        return self.conv
