"""Hand-written fakes for the provider clients. Only what the app touches."""
from types import SimpleNamespace as NS


class _FakeCompletions:
    def __init__(self, reply="fake reply"):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter([
                NS(choices=[NS(delta=NS(content=part))]) for part in self.reply.split(" ")
            ])
        return NS(
            model=kwargs["model"],
            choices=[NS(message=NS(content=self.reply), finish_reason="stop")],
            usage=NS(prompt_tokens=10, completion_tokens=5, total_tokens=15),
        )


class _FakeEmbeddings:
    def __init__(self):
        self.calls = []

    def create(self, model, input):
        self.calls.append(input)
        return NS(data=[NS(embedding=[0.1, 0.2, 0.3]) for _ in input], usage=NS(total_tokens=3))


class _FakeModerations:
    def __init__(self, flagged=False, top=0.01):
        self.flagged = flagged
        self.top = top

    def create(self, model, input):
        scores = NS(model_dump=lambda: {"harassment": self.top, "violence": 0.0})
        return NS(results=[NS(flagged=self.flagged, category_scores=scores)])


class FakeOpenAI:
    def __init__(self, reply="fake reply", flagged=False, top=0.01):
        self.chat = NS(completions=_FakeCompletions(reply))
        self.embeddings = _FakeEmbeddings()
        self.moderations = _FakeModerations(flagged, top)
        self.models = NS(list=lambda: [NS(id="gpt-4o-mini"), NS(id="gpt-4o")])


class _FakeMessages:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(
            model=kwargs["model"],
            content=[NS(type="text", text=self.reply)],
            stop_reason="end_turn",
            usage=NS(input_tokens=12, output_tokens=6),
        )

    def count_tokens(self, **kwargs):
        return NS(input_tokens=42)


class FakeAnthropic:
    def __init__(self, reply="fake claude"):
        self.messages = _FakeMessages(reply)
        self.models = NS(list=lambda limit=50: NS(data=[NS(id="claude-3-5-sonnet-20241022")]))


class FakeCohere:
    def __init__(self):
        self.embed_calls = []

    def embed(self, texts, model, input_type, embedding_types):
        self.embed_calls.append(texts)
        return NS(embeddings=NS(float_=[[0.5] * 3 for _ in texts]))

    def rerank(self, model, query, documents, top_n):
        return NS(results=[NS(index=i, relevance_score=1.0 - i / 10) for i in range(min(top_n, len(documents)))])


class FakeVoyage:
    def embed(self, texts, model, input_type=None):
        return NS(embeddings=[[0.9] * 3 for _ in texts], total_tokens=len(texts))

    def count_tokens(self, texts, model=None):
        return sum(len(t.split()) for t in texts)


class FakeClients:
    def __init__(self, **overrides):
        self.openai = overrides.get("openai", FakeOpenAI())
        self.azure = overrides.get("azure")
        self.anthropic = overrides.get("anthropic", FakeAnthropic())
        self.cohere = overrides.get("cohere", FakeCohere())
        self.voyage = overrides.get("voyage", FakeVoyage())
        self.bedrock = overrides.get("bedrock")

    def chat_client(self, provider):
        return self.azure if provider == "azure" and self.azure else self.openai
