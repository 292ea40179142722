# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""Fake SDK clients used by the tests (no network)."""
from types import SimpleNamespace


class _FakeCompletions:

    def __init__(self, answer):
        self.answer = answer
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.answer)
        return SimpleNamespace(
            model=kwargs.get('model'),
            choices=[SimpleNamespace(message=message)],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5))


class FakeOpenAI:

    def __init__(self, answer="fake answer"):
        self.chat = SimpleNamespace(completions=_FakeCompletions(answer))
        self.moderations = SimpleNamespace(
            create=lambda **kw: SimpleNamespace(results=[]))


class _FakeMessages:

    def __init__(self, answer):
        self.answer = answer

    def create(self, **kwargs):
        block = SimpleNamespace(type='text', text=self.answer)
        return SimpleNamespace(
            model=kwargs['model'], content=[block],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7))


class FakeAnthropic:

    def __init__(self, answer="fake answer"):
        self.messages = _FakeMessages(answer)


class FakeWatsonx:
    model_id = 'ibm/granite-3-8b-instruct'

    def __init__(self, answer):
        self.answer = answer

    def chat(self, messages, params=None):
        return {
            'choices': [{'message': {'content': self.answer}}],
            'usage': {'prompt_tokens': 3, 'completion_tokens': 4},
            }

    async def achat(self, messages, params=None):
        return self.chat(messages, params)


class FakeProvider:
    name = 'fake'
    model = 'fake-1'

    def __init__(self, answer="generated"):
        self.answer = answer
        self.prompts = []

    def generate(self, prompt, system=None, **kwargs):
        from ..providers.base import Completion
        self.prompts.append(prompt)
        return Completion(text=self.answer, model=self.model)
