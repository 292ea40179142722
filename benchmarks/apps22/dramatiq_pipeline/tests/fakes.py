"""Fakes for the SDK clients. They mimic just enough of the response shapes we read."""
from __future__ import annotations

import json
from types import SimpleNamespace as NS


class _FakeCompletions:
    def __init__(self, parent: "FakeOpenAI") -> None:
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        content = self.parent.replies.pop(0) if self.parent.replies else "{}"
        return NS(
            model=kwargs.get("model", "fake"),
            choices=[NS(message=NS(content=content, parsed=None))],
            usage=NS(prompt_tokens=11, completion_tokens=7),
        )

    parse = create


class FakeOpenAI:
    def __init__(self, replies: list[str] | None = None) -> None:
        self.replies = list(replies or [])
        self.calls: list[dict] = []
        self.chat = NS(completions=_FakeCompletions(self))
        self.beta = NS(chat=NS(completions=_FakeCompletions(self)))
        self.embeddings = NS(create=self._embed)
        self.moderations = NS(create=lambda **kw: NS(results=[NS(flagged=False, categories=NS(model_dump=dict))]))

    def _embed(self, model, input):
        self.calls.append({"model": model, "input": input})
        return NS(data=[NS(embedding=[0.1, 0.2, 0.3]) for _ in input])


class FakeAnthropic:
    def __init__(self, reply: str = "{}") -> None:
        self.reply = reply
        self.calls: list[dict] = []
        self.messages = NS(create=self._create, count_tokens=lambda **kw: NS(input_tokens=42))

    def _create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(
            model=kwargs["model"],
            content=[NS(type="text", text=self.reply)],
            usage=NS(input_tokens=100, output_tokens=20),
        )


class FakeBedrockRuntime:
    def __init__(self, text: str = "{}") -> None:
        self.text = text
        self.calls: list[tuple[str, dict]] = []

    def converse(self, **kwargs):
        self.calls.append(("converse", kwargs))
        return {
            "output": {"message": {"content": [{"text": self.text}]}},
            "usage": {"inputTokens": 50, "outputTokens": 10},
        }

    def invoke_model(self, **kwargs):
        self.calls.append(("invoke_model", kwargs))
        body = {"content": [{"text": self.text}], "embedding": [0.0] * 4}
        return {"body": NS(read=lambda: json.dumps(body).encode())}


class FakeOllama:
    def __init__(self, reply: str = "{}") -> None:
        self.reply = reply
        self.calls: list[dict] = []

    def chat(self, **kwargs):
        self.calls.append(kwargs)
        return {"message": {"content": self.reply}, "prompt_eval_count": 5, "eval_count": 3}

    def embed(self, model, input):
        return {"embeddings": [[1.0, 0.0] for _ in input]}


class FakeRepo:
    def __init__(self) -> None:
        self.status: dict[str, tuple[str, dict]] = {}
        self.docs: dict[str, list[dict]] = {}
        self.embeddings: dict[str, list[float]] = {}

    def set_status(self, document_id, status, **fields):
        self.status[document_id] = (status, fields)

    def for_claim(self, claim_id):
        return self.docs.get(claim_id, [])

    def save_embedding(self, document_id, vector, source):
        self.embeddings[document_id] = vector

    def create(self, claim_id, s3_key, filename):
        doc_id = str(len(self.status) + 1)
        self.docs.setdefault(claim_id, []).append({"id": doc_id, "filename": filename})
        return doc_id
