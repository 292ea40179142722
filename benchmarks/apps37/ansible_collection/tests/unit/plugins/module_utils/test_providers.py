# -*- coding: utf-8 -*-
from __future__ import absolute_import, division, print_function
__metaclass__ = type

import pytest

from ansible_collections.acme.llmops.plugins.module_utils import providers
from ansible_collections.acme.llmops.tests.unit.fakes import (
    FakeOpenAI, FakeAnthropic, FakeCohere, FakeModelInference,
)


@pytest.mark.parametrize('provider,fake', [
    ('openai', FakeOpenAI('hello')),
    ('azure_openai', FakeOpenAI('hello')),
    ('anthropic', FakeAnthropic('hello')),
    ('cohere', FakeCohere('hello')),
    ('watsonx', FakeModelInference('hello')),
])
def test_chat_dispatch(monkeypatch, provider, fake):
    monkeypatch.setattr(providers, 'client_for', lambda params: fake)
    result = providers.chat({'provider': provider}, 'm', [
        {'role': 'system', 'content': 's'}, {'role': 'user', 'content': 'u'}])
    assert result.text == 'hello'


def test_anthropic_system_split():
    fake = FakeAnthropic()
    providers._anthropic_chat(fake, 'claude-x', [
        {'role': 'system', 'content': 'be brief'}, {'role': 'user', 'content': 'hi'}])
    call = fake.messages.calls[0]
    assert call['system'] == 'be brief'
    assert call['messages'] == [{'role': 'user', 'content': 'hi'}]


def test_openai_fake_direct():
    fake = FakeOpenAI('x')
    resp = fake.chat.completions.create(model='gpt-4o-mini', messages=[])
    assert resp.choices[0].message.content == 'x'
