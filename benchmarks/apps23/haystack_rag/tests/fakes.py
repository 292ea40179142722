"""Hand-written fakes for provider clients. Shapes mirror the SDK responses we read."""
from __future__ import annotations

from types import SimpleNamespace as NS


class FakeCohereClient:
    def __init__(self, dim: int = 4):
        self.dim = dim
        self.calls: list[tuple[str, dict]] = []

    def embed(self, *, texts, model, input_type, embedding_types, **kw):
        self.calls.append(("embed", {"texts": texts, "model": model, "input_type": input_type}))
        vectors = [[float(len(t) % 7)] * self.dim for t in texts]
        return NS(embeddings=NS(float_=vectors), meta=NS(billed_units=NS(input_tokens=sum(len(t.split()) for t in texts))))

    def rerank(self, *, model, query, documents, top_n, **kw):
        self.calls.append(("rerank", {"query": query, "n": len(documents)}))
        order = sorted(range(len(documents)), key=lambda i: -len(documents[i]))[:top_n]
        return NS(results=[NS(index=i, relevance_score=1.0 - rank * 0.1) for rank, i in enumerate(order)])

    def chat(self, *, model, messages, **kw):
        self.calls.append(("chat", {"model": model, "n_messages": len(messages)}))
        return NS(
            message=NS(content=[NS(type="text", text="fake answer")], citations=[]),
            finish_reason="COMPLETE",
            usage=NS(billed_units=NS(input_tokens=10, output_tokens=3)),
        )


class FakeVoyageClient:
    def embed(self, texts, model=None, input_type=None, truncation=True):
        return NS(embeddings=[[0.1, 0.2, 0.3] for _ in texts], total_tokens=len(texts) * 5)

    def rerank(self, query, documents, model, top_k=None, truncation=True):
        return NS(results=[NS(index=i, relevance_score=0.5) for i in range(min(top_k or len(documents), len(documents)))], total_tokens=7)


class FakeMistralChat:
    def __init__(self, reply: str = "mistral says hi"):
        self.reply = reply
        self.last_kwargs: dict | None = None

    def complete(self, **kwargs):
        self.last_kwargs = kwargs
        return NS(
            model=kwargs["model"],
            choices=[NS(message=NS(content=self.reply), finish_reason="stop")],
            usage=NS(prompt_tokens=12, completion_tokens=4),
        )


class FakeMistralClient:
    def __init__(self, reply: str = "mistral says hi"):
        self.chat = FakeMistralChat(reply)
