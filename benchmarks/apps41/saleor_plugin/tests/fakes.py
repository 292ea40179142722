"""Fake provider clients used in tests (no network)."""
from types import SimpleNamespace


class FakeChatCompletions:
    def __init__(self, text="Generated description."):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.text)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=20)
        return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=usage, model=kwargs["model"])


class FakeOpenAI:
    def __init__(self, text="Generated description."):
        self.chat = SimpleNamespace(completions=FakeChatCompletions(text))


class FakeMessages:
    def __init__(self, text="Claude description."):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=11, output_tokens=22),
            model=kwargs["model"],
        )


class FakeAnthropic:
    def __init__(self, text="Claude description."):
        self.messages = FakeMessages(text)


class FakeCohere:
    def __init__(self, dims=4):
        self.dims = dims
        self.embed_calls = []

    def embed(self, texts, model, input_type, embedding_types):
        self.embed_calls.append((tuple(texts), input_type))
        vectors = [[float(len(t) % 7), 1.0, 0.0, float(i)][: self.dims] for i, t in enumerate(texts)]
        return SimpleNamespace(embeddings=SimpleNamespace(float_=vectors))

    def rerank(self, model, query, documents, top_n):
        order = sorted(range(len(documents)), key=lambda i: -len(set(query.split()) & set(documents[i].split())))
        return SimpleNamespace(results=[SimpleNamespace(index=i) for i in order[:top_n]])


class FakeProduct(SimpleNamespace):
    def __init__(self, pk=1, name="Cotton shirt", **kwargs):
        kwargs.setdefault("category", SimpleNamespace(name="Apparel"))
        kwargs.setdefault("product_type", SimpleNamespace(name="Shirt"))
        kwargs.setdefault("attributes", [])
        kwargs.setdefault("updated_at", "2024-05-01T00:00:00Z")
        kwargs.setdefault("description_plaintext", "")
        super().__init__(pk=pk, name=name, **kwargs)
