"""Hand-rolled fakes for the provider clients (faster than mock.patch soup)."""
from types import SimpleNamespace


def _usage(i=10, o=5):
    return SimpleNamespace(prompt_tokens=i, completion_tokens=o, input_tokens=i, output_tokens=o,
                           model_dump=lambda: {"prompt_tokens": i, "completion_tokens": o})


class _FakeCompletions:
    def __init__(self, parent):
        self.parent = parent

    async def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        if kwargs.get("stream"):
            return self.parent._stream()
        msg = SimpleNamespace(content=self.parent.reply, parsed=None)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=_usage())


class _FakeModeration:
    def __init__(self, flagged=False):
        self.flagged = flagged

    async def create(self, **kwargs):
        cats = SimpleNamespace(model_dump=lambda: {"harassment": self.flagged})
        return SimpleNamespace(results=[SimpleNamespace(flagged=self.flagged, categories=cats)])


class FakeOpenAI:
    def __init__(self, reply="ok", flagged=False):
        self.reply = reply
        self.calls = []
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))
        self.moderations = _FakeModeration(flagged)

    async def _stream(self):
        for word in self.reply.split():
            delta = SimpleNamespace(content=word + " ")
            yield SimpleNamespace(choices=[SimpleNamespace(delta=delta)])

    async def close(self):
        pass


class _FakeMessages:
    def __init__(self, parent):
        self.parent = parent

    async def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        block = SimpleNamespace(type="text", text=self.parent.reply)
        return SimpleNamespace(content=[block], usage=_usage(), stop_reason="end_turn")


class FakeAnthropic:
    def __init__(self, reply="summary"):
        self.reply = reply
        self.calls = []
        self.messages = _FakeMessages(self)

    async def close(self):
        pass


class FakeVoyage:
    def __init__(self, dim=4):
        self.dim = dim
        self.calls = []

    async def embed(self, texts, model=None, input_type=None, truncation=True):
        self.calls.append((tuple(texts), model, input_type))
        return SimpleNamespace(embeddings=[[0.1] * self.dim for _ in texts], total_tokens=len(texts))


class FakeCohere:
    async def rerank(self, model, query, documents, top_n=None):
        order = list(range(len(documents)))[::-1][: top_n or len(documents)]
        return SimpleNamespace(results=[SimpleNamespace(index=i, relevance_score=1.0 - 0.1 * n)
                                        for n, i in enumerate(order)])


class FakeHTTP:
    def close(self):
        pass


class FakeTicketStore:
    def __init__(self):
        self.rows = {}
        self.summaries = {}
        self.usage = []

    async def create(self, tenant_id, email, subject, body):
        tid = len(self.rows) + 1
        self.rows[tid] = {"id": tid, "tenant_id": tenant_id, "status": "open", "body": body}
        return tid

    async def get(self, ticket_id):
        return self.rows.get(ticket_id)

    async def messages(self, ticket_id):
        return [{"author": "customer", "body": "it broke"}] if ticket_id in self.rows else []

    async def set_summary(self, ticket_id, summary):
        self.summaries[ticket_id] = summary

    async def stale_unsummarized(self, older_than_minutes=30, limit=20):
        return [{"id": k, "status": v["status"]} for k, v in self.rows.items()]

    async def insert_usage(self, row):
        self.usage.append(row)


class FakeKBStore:
    async def nearest(self, tenant_id, vector, limit=20):
        return [{"id": i, "title": "doc %d" % i, "text": "text %d" % i} for i in range(3)]
