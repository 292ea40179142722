"""Fakes for provider clients and Anvil data tables."""
import types


class _Obj(types.SimpleNamespace):
    pass


def _chat_response(text, prompt_tokens=10, completion_tokens=5):
    return _Obj(
        choices=[_Obj(message=_Obj(content=text))],
        usage=_Obj(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
    )


class FakeCompletions:
    def __init__(self, reply="fake reply"):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return _chat_response(self.reply)


class FakeOpenAI:
    def __init__(self, reply="fake reply"):
        self.chat = _Obj(completions=FakeCompletions(reply))
        self.responses = _Obj(create=lambda **kw: _Obj(output_text=reply))
        self.embeddings = _Obj(
            create=lambda **kw: _Obj(data=[_Obj(embedding=[0.1, 0.2]) for _ in kw["input"]])
        )


class FakeMessages:
    def __init__(self, reply="fake claude"):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return _Obj(
            content=[_Obj(type="text", text=self.reply)],
            stop_reason="end_turn",
            usage=_Obj(input_tokens=12, output_tokens=4),
        )


class FakeAnthropic:
    def __init__(self, reply="fake claude"):
        self.messages = FakeMessages(reply)


class FakeCohere:
    def __init__(self):
        self.reranked = []

    def embed(self, texts, **kwargs):
        return _Obj(embeddings=_Obj(float_=[[1.0, 0.0] for _ in texts]))

    def rerank(self, query, documents, top_n=5, **kwargs):
        self.reranked.append(query)
        return _Obj(
            results=[_Obj(index=i, relevance_score=1.0 - i * 0.1) for i in range(min(top_n, len(documents)))]
        )

    def chat(self, **kwargs):
        return _Obj(message=_Obj(content=[_Obj(text='["billing", "login"]')]))


class FakeRow(dict):
    def update(self, **kw):
        super().update(kw)

    def delete(self):
        pass


class FakeTable:
    def __init__(self, rows=None):
        self.rows = [FakeRow(r) for r in (rows or [])]

    def get(self, **kw):
        for r in self.rows:
            if all(r.get(k) == v for k, v in kw.items()):
                return r
        return None

    def search(self, *args, **kw):
        return [r for r in self.rows if all(r.get(k) == v for k, v in kw.items() if isinstance(v, str))]

    def add_row(self, **kw):
        row = FakeRow(kw)
        self.rows.append(row)
        return row
