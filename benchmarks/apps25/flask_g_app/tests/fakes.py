"""Hand-rolled fakes for the provider clients.

Only the attribute paths the app uses are implemented.  Every call is
recorded in ``calls`` so tests can assert on the request.
"""
from types import SimpleNamespace


def _completion(content):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=content, refusal=None, parsed=None))],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
    )


class _FakeCompletions:
    def __init__(self, parent, content):
        self._parent = parent
        self._content = content
        self.with_raw_response = self

    def create(self, **kwargs):
        self._parent.calls.append(("chat.completions.create", kwargs))
        if self._parent.raise_on_create:
            raise self._parent.raise_on_create
        result = _completion(self._content)
        # with_raw_response shape
        result.headers = {"x-ratelimit-remaining-requests": "99"}
        result.parse = lambda: result
        return result


class FakeOpenAIStyleClient:
    """Works for OpenAI, Groq and OpenRouter (same surface)."""

    def __init__(self, content='{"category": "payroll", "priority": "high", "sensitive": false}'):
        self.calls = []
        self.raise_on_create = None
        self.chat = SimpleNamespace(completions=_FakeCompletions(self, content))
        self.embeddings = SimpleNamespace(create=self._embed)
        self.moderations = SimpleNamespace(create=self._moderate)

    def _embed(self, model, input):
        self.calls.append(("embeddings.create", {"model": model, "input": input}))
        items = input if isinstance(input, list) else [input]
        return SimpleNamespace(data=[SimpleNamespace(embedding=[1.0, 0.0, float(len(t))]) for t in items])

    def _moderate(self, model, input):
        self.calls.append(("moderations.create", {"model": model, "input": input}))
        cats = SimpleNamespace(model_dump=lambda: {"harassment": False})
        return SimpleNamespace(results=[SimpleNamespace(flagged=False, categories=cats)])


class FakeAnthropic:
    def __init__(self, text="- point one\n- point two"):
        self.calls = []
        self.messages = SimpleNamespace(create=self._create)
        self._text = text

    def _create(self, **kwargs):
        self.calls.append(("messages.create", kwargs))
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self._text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=8),
        )
