"""Hand-written fakes for the SDK clients (no network in tests)."""
from types import SimpleNamespace as NS


class _FakeCompletions(object):

    def __init__(self, reply, fail=False):
        self.reply = reply
        self.fail = fail
        self.calls = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        if self.fail:
            raise RuntimeError("boom")
        return NS(choices=[NS(message=NS(content=self.reply))],
                  usage=NS(prompt_tokens=3, completion_tokens=2))


class FakeAsyncOpenAI(object):

    def __init__(self, reply="hi", fail=False):
        self.chat = NS(completions=_FakeCompletions(reply, fail))


class FakeSyncOpenAI(object):

    def __init__(self, flagged=False):
        self.moderation_calls = 0
        outer = self

        class _Moderations(object):
            def create(self, model, input):
                outer.moderation_calls += 1
                cats = {"sexual/minors": False, "violence/graphic": flagged,
                        "self-harm/instructions": False}
                return NS(results=[NS(categories=NS(model_dump=lambda by_alias=True: cats))])

        self.moderations = _Moderations()


class FakeCohere(object):
    """Stand-in for cohere.ClientV2 -- chat/embed/rerank only."""

    def __init__(self):
        self.calls = []

    def chat(self, model, messages, **kw):
        self.calls.append(("chat", model))
        return NS(message=NS(content=[NS(text="cohere says hi")], citations=[]),
                  usage=NS(billed_units=NS(input_tokens=5, output_tokens=3)))

    def embed(self, texts, model, input_type, embedding_types=None):
        self.calls.append(("embed", model))
        return NS(embeddings=NS(float_=[[float(len(t)), 1.0] for t in texts]))

    def rerank(self, model, query, documents, top_n=3):
        self.calls.append(("rerank", model))
        ranked = sorted(range(len(documents)), key=lambda i: -len(documents[i]))[:top_n]
        return NS(results=[NS(index=i, relevance_score=1.0 / (n + 1)) for n, i in enumerate(ranked)])


class FakeVoyage(object):

    def __init__(self, dims=4):
        self.dims = dims
        self.embed_calls = 0

    def embed(self, texts, model="voyage-3", input_type=None):
        self.embed_calls += 1
        return NS(embeddings=[[float(hash(t) % 7)] * self.dims for t in texts])


class FakeAnthropic(object):

    def __init__(self, replies):
        self._replies = list(replies)
        self.requests = []
        outer = self

        class _Messages(object):
            async def create(self, **kwargs):
                outer.requests.append(kwargs)
                return outer._replies.pop(0)

        self.messages = _Messages()


def text_reply(text, input_tokens=10, output_tokens=5):
    return NS(stop_reason="end_turn", content=[NS(type="text", text=text)],
              usage=NS(input_tokens=input_tokens, output_tokens=output_tokens))


def tool_reply(name, args, tool_id="tu_1"):
    return NS(stop_reason="tool_use",
              content=[NS(type="tool_use", name=name, input=args, id=tool_id)],
              usage=NS(input_tokens=10, output_tokens=5))
