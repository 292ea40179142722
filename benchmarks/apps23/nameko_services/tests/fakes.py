"""Hand-written fakes for the provider clients.

MagicMock works for most tests, but these keep response shapes honest (attribute
access like ``response.choices[0].message.content``).
"""
from types import SimpleNamespace
from typing import Any, Dict, List


def _completion(content: str, prompt_tokens: int = 10, completion_tokens: int = 5):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=content, parsed=None), text=content)],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
        model="fake-model",
    )


class _FakeCompletions:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(("chat.completions.create", kwargs))
        return _completion(self.parent.next_reply())

    def parse(self, **kwargs):
        self.parent.calls.append(("chat.completions.parse", kwargs))
        return _completion(self.parent.next_reply())


class _FakeEmbeddings:
    def __init__(self, parent):
        self.parent = parent

    def create(self, model: str, input: List[str], **kwargs):
        self.parent.calls.append(("embeddings.create", {"model": model, "input": input}))
        return SimpleNamespace(
            data=[SimpleNamespace(index=i, embedding=[1.0, float(i), 0.5]) for i, _ in enumerate(input)]
        )


class _FakeModerations:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(("moderations.create", kwargs))
        return SimpleNamespace(results=[SimpleNamespace(flagged=self.parent.flag_everything)])


class FakeOpenAI:
    """Quacks like ``openai.OpenAI`` for the parts our services touch."""

    def __init__(self, replies: List[str] = None, flag_everything: bool = False):
        self.replies = list(replies or ["other"])
        self.flag_everything = flag_everything
        self.calls: List[Any] = []
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))
        self.beta = SimpleNamespace(chat=SimpleNamespace(completions=_FakeCompletions(self)))
        self.embeddings = _FakeEmbeddings(self)
        self.moderations = _FakeModerations(self)
        self.responses = SimpleNamespace(create=self._responses_create)

    def next_reply(self) -> str:
        return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]

    def _responses_create(self, **kwargs):
        self.calls.append(("responses.create", kwargs))
        return SimpleNamespace(output_text="en")


class FakeClaims:
    def __init__(self, claims: Dict[str, Dict[str, Any]] = None):
        self.claims = dict(claims or {})

    def create(self, claim_number, **fields):
        self.claims[claim_number] = dict(fields, claim_number=claim_number)
        return self.claims[claim_number]

    def get(self, claim_number):
        return self.claims.get(claim_number)

    def update(self, claim_number, **fields):
        self.claims.setdefault(claim_number, {"claim_number": claim_number}).update(fields)
        return self.claims[claim_number]

    def search(self, **filters):
        return [c for c in self.claims.values() if all(c.get(k) == v for k, v in filters.items())]
