"""In-memory stand-ins for the provider SDK clients."""
import json
import types


def _ns(**kw):
    return types.SimpleNamespace(**kw)


class _Recorder:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def __call__(self, **kwargs):
        self.calls.append(kwargs)
        return self.reply(kwargs) if callable(self.reply) else self.reply


class FakeOpenAI:
    def __init__(self, content="ok", embedding=None):
        self.content = content
        msg = _ns(content=content)
        usage = _ns(prompt_tokens=10, completion_tokens=5, total_tokens=15)
        self.chat = _ns(
            completions=_ns(create=_Recorder(_ns(choices=[_ns(message=msg)], usage=usage)))
        )
        self.responses = _ns(create=_Recorder(_ns(output_text=content, usage=usage)))
        self.embeddings = _ns(
            create=_Recorder(lambda kw: _ns(data=[_ns(embedding=embedding or [0.1, 0.2]) for _ in kw["input"]]))
        )
        self.moderations = _ns(create=_Recorder(_ns(results=[_ns(flagged=False, categories={})])))


class FakeTogether(FakeOpenAI):
    def __init__(self, verdict=None, **kw):
        verdict = verdict or {"priority": "P3", "category": "software", "reason": "fake"}
        super().__init__(content=json.dumps(verdict), **kw)
        self.rerank = _ns(
            create=_Recorder(lambda kw: _ns(results=[_ns(index=i, relevance_score=1.0 - i / 10) for i in range(kw["top_n"])]))
        )


class FakeAnthropic:
    def __init__(self, text="Hello from Claude"):
        usage = _ns(input_tokens=12, output_tokens=7)
        self.messages = _ns(
            create=_Recorder(_ns(content=[_ns(type="text", text=text)], usage=usage)),
            count_tokens=_Recorder(_ns(input_tokens=42)),
        )


class FakeVoyage:
    def __init__(self, dim=4):
        self.dim = dim
        self.embed_calls = []

    def embed(self, texts, model=None, input_type=None, **kw):
        self.embed_calls.append((tuple(texts), model, input_type))
        return _ns(embeddings=[[float(len(t) % 7)] * self.dim for t in texts], total_tokens=len(texts))

    def rerank(self, query, documents, model=None, top_k=None, **kw):
        top_k = top_k or len(documents)
        return _ns(results=[_ns(index=i, relevance_score=1.0 - i / 10, document=d) for i, d in enumerate(documents[:top_k])])


class FakeGenai:
    def __init__(self, text="Hallo"):
        resp = _ns(text=text, usage_metadata=_ns(prompt_token_count=3, candidates_token_count=2))
        self.models = _ns(generate_content=_Recorder(resp), count_tokens=_Recorder(_ns(total_tokens=3)))


class FakeLLMFixture:
    """Duck-types ``LLMFixture`` for service-level tests."""

    def __init__(self, **clients):
        self._clients = clients

    def client(self, name):
        return self._clients[name]

    def __getattr__(self, name):
        try:
            return self._clients[name]
        except KeyError:
            raise AttributeError(name)
