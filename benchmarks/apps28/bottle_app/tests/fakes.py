"""Fake provider clients for tests.  They mimic just enough of the SDK
response shapes for the code under test."""

from __future__ import annotations

from types import SimpleNamespace as NS


class _Recorder:
    def __init__(self):
        self.calls: list[dict] = []


class FakeCompletions(_Recorder):
    def __init__(self, reply="Fake answer.", parsed=None):
        super().__init__()
        self.reply = reply
        self.parsed = parsed

    def create(self, **kwargs):
        self.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter(
                [NS(choices=[NS(delta=NS(content=part))]) for part in self.reply.split(" ")]
            )
        return NS(
            choices=[NS(message=NS(content=self.reply))],
            usage=NS(prompt_tokens=11, completion_tokens=7),
        )

    def parse(self, **kwargs):
        self.calls.append(kwargs)
        return NS(
            choices=[NS(message=NS(parsed=self.parsed))],
            usage=NS(prompt_tokens=11, completion_tokens=7),
        )


class FakeEmbeddings(_Recorder):
    def create(self, **kwargs):
        self.calls.append(kwargs)
        items = kwargs.get("input") or kwargs.get("inputs") or []
        return NS(data=[NS(embedding=[1.0, 0.0, float(len(t) % 3)]) for t in items])


class FakeModeration(_Recorder):
    def __init__(self, flagged=()):
        super().__init__()
        self.flagged = set(flagged)

    def create(self, **kwargs):
        self.calls.append(kwargs)
        cats = {name: True for name in self.flagged}
        return NS(results=[NS(categories=NS(model_dump=lambda by_alias=True: cats))])


class FakeOpenAI:
    def __init__(self, reply="Fake answer.", parsed=None):
        self.chat = NS(completions=FakeCompletions(reply, parsed))
        self.embeddings = FakeEmbeddings()
        self.moderations = FakeModeration()
        self.responses = NS(create=self._responses_create)
        self.response_calls: list[dict] = []

    def _responses_create(self, **kwargs):
        self.response_calls.append(kwargs)
        return NS(output_text="Fake answer.", usage=NS(input_tokens=5, output_tokens=3))


class FakeMessages(_Recorder):
    def __init__(self, reply="Dear colleague, ..."):
        super().__init__()
        self.reply = reply

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(
            content=[NS(type="text", text=self.reply)],
            usage=NS(input_tokens=20, output_tokens=40),
        )

    def count_tokens(self, **kwargs):
        return NS(input_tokens=42)


class FakeAnthropic:
    def __init__(self, reply="Dear colleague, ..."):
        self.messages = FakeMessages(reply)


class FakeOllama(_Recorder):
    def chat(self, **kwargs):
        self.calls.append(kwargs)
        return {"message": {"content": '{"first_day": ["badge"], "first_week": [], "first_month": []}'}}

    def ps(self):
        return {"models": []}

    def list(self):
        return {"models": [{"model": "llama3.1:8b"}]}


class FakeFactory:
    """Stands in for hrassist.clients.ClientFactory."""

    def __init__(self, settings, openai_client=None, anthropic_client=None):
        self.settings = settings
        self._openai = openai_client or FakeOpenAI()
        self._anthropic = anthropic_client or FakeAnthropic()
        self._ollama = FakeOllama()

    def openai(self):
        return self._openai

    chat_client = openai
    azure = openai
    together = openai

    def anthropic(self):
        return self._anthropic

    def ollama(self):
        return self._ollama

    def mistral(self):
        return self._openai

    def cohere(self):
        raise RuntimeError("cohere not faked")

    def watsonx_model(self, model_id=None):
        raise RuntimeError("watsonx not faked")

    def watsonx_reranker(self):
        return None

    def close(self):
        pass
