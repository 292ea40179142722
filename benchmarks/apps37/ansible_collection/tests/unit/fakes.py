# -*- coding: utf-8 -*-
"""Hand-rolled fakes for the provider SDK objects used in unit tests."""
from __future__ import absolute_import, division, print_function
__metaclass__ = type

from types import SimpleNamespace as NS


class FakeCompletions(object):
    def __init__(self, text='ok'):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(model=kwargs['model'],
                  choices=[NS(message=NS(content=self.text))],
                  usage=NS(prompt_tokens=11, completion_tokens=7))


class FakeOpenAI(object):
    def __init__(self, text='ok'):
        self.chat = NS(completions=FakeCompletions(text))


class FakeMessages(object):
    def __init__(self, text='ok'):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(model=kwargs['model'], content=[NS(type='text', text=self.text)],
                  usage=NS(input_tokens=20, output_tokens=5))


class FakeAnthropic(object):
    def __init__(self, text='ok'):
        self.messages = FakeMessages(text)


class FakeCohere(object):
    def __init__(self, text='ok'):
        self.text = text
        self.calls = []

    def chat(self, **kwargs):
        self.calls.append(kwargs)
        return NS(message=NS(content=[NS(text=self.text)]),
                  usage=NS(tokens=NS(input_tokens=3.0, output_tokens=2.0)))


class FakeModelInference(object):
    def __init__(self, text='ok'):
        self.text = text

    def chat(self, messages, params=None):
        return {'model_id': 'ibm/granite-3-8b-instruct',
                'choices': [{'message': {'content': self.text}}],
                'usage': {'prompt_tokens': 4, 'completion_tokens': 1}}

    def generate_text(self, prompt, params=None):
        return self.text
