# -*- coding: utf-8 -*-
"""Hand-written fakes for the SDK clients (we don't want network in CI)."""
from types import SimpleNamespace as NS


def _chat_response(text, pt=10, ct=20):
    return NS(
        choices=[NS(message=NS(content=text), delta=NS(content=text))],
        usage=NS(prompt_tokens=pt, completion_tokens=ct),
    )


class _Completions(object):
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        return _chat_response(self.parent.reply)


class FakeOpenAI(object):
    def __init__(self, reply="summary"):
        self.reply = reply
        self.calls = []
        self.chat = NS(completions=_Completions(self))
        self.responses = NS(create=self._responses_create)
        self.embeddings = NS(create=self._embed)

    def _responses_create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(output_text=self.reply)

    def _embed(self, model, input):
        self.calls.append({"model": model, "input": input})
        return NS(data=[NS(embedding=[float(len(t)), 1.0]) for t in input])


class FakeMistralChat(object):
    def __init__(self, translate):
        self.translate = translate
        self.calls = 0

    def complete(self, model, messages, **kwargs):
        self.calls += 1
        return _chat_response(self.translate(messages[-1]["content"]))

    def stream(self, model, messages, **kwargs):
        out = self.translate(messages[-1]["content"])
        for line in out.splitlines(True):
            yield NS(data=NS(choices=[NS(delta=NS(content=line))]))


class FakeMistral(object):
    def __init__(self, translate=lambda s: s.upper()):
        self.chat = FakeMistralChat(translate)


class FakeAnthropic(object):
    def __init__(self, reply="answer"):
        self.reply = reply
        self.calls = []
        self.messages = NS(create=self._create)

    def _create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(content=[NS(type="text", text=self.reply)], usage=NS(input_tokens=5, output_tokens=7))
