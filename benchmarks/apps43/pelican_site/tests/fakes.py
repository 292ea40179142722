"""Hand-rolled fakes for the vendor SDK clients used by the plugins."""
from __future__ import annotations

from types import SimpleNamespace


class _Recorder:
    def __init__(self, reply):
        self.calls = []
        self.reply = reply

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return self.reply(kwargs) if callable(self.reply) else self.reply


class FakeOpenAI:
    def __init__(self, text="A fake summary."):
        completion = SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )
        self.chat = SimpleNamespace(completions=_Recorder(completion))
        self.responses = _Recorder(SimpleNamespace(output_text=text))
        self.embeddings = _Recorder(SimpleNamespace(data=[SimpleNamespace(embedding=[0.1, 0.2])]))


class FakeAnthropic:
    def __init__(self, text="A fake Claude summary."):
        block = SimpleNamespace(type="text", text=text)
        self.messages = _Recorder(SimpleNamespace(content=[block], usage=SimpleNamespace(input_tokens=3, output_tokens=4)))


class FakeGenai:
    def __init__(self, text="alt text from gemini"):
        self.calls = []
        self.models = SimpleNamespace(generate_content=self._generate)
        self.files = SimpleNamespace(upload=lambda file: SimpleNamespace(uri=f"files/{file}"))
        self._text = text

    def _generate(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(text=self._text)


class FakeVoyage:
    def __init__(self, dim=4):
        self.dim = dim
        self.embedded = []

    def count_tokens(self, texts, model=None):
        return sum(len(t.split()) for t in texts)

    def embed(self, texts, model=None, input_type=None, truncation=True):
        self.embedded.extend(texts)
        return SimpleNamespace(embeddings=[[float(len(t) % 7)] * self.dim for t in texts])

    def rerank(self, query, documents, model=None, top_k=None):
        results = [SimpleNamespace(index=i, relevance_score=1.0 / (i + 1)) for i in range(len(documents))]
        return SimpleNamespace(results=results[:top_k])


class FakeArticle:
    def __init__(self, title, content, source_path="content/posts/x.md", **metadata):
        self.title = title
        self._content = content
        self.source_path = source_path
        self.slug = title.lower().replace(" ", "-")
        self.metadata = dict(metadata)
        self.tags = metadata.get("tags", [])


class FakeGenerator:
    def __init__(self, articles, **settings):
        base = {"LLM_ENABLED": True, "LLM_CACHE_DIR": settings.pop("cache_dir", ".llm-cache-test"), "PATH": "content"}
        base.update(settings)
        self.settings = base
        self.articles = articles
