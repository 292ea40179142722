# -*- coding: utf-8 -*-
from __future__ import absolute_import, division, print_function
__metaclass__ = type

from unittest import mock

import pytest

from ansible_collections.acme.llmops.plugins.modules import log_summarize
from ansible_collections.acme.llmops.plugins.module_utils.providers import ChatResult
from ansible_collections.acme.llmops.tests.unit.conftest import (
    AnsibleExitJson, AnsibleFailJson, set_module_args,
)


def test_requires_path_or_content(patch_ansible_module):
    set_module_args({})
    with pytest.raises(AnsibleFailJson):
        log_summarize.main()


def test_untracked_uses_providers(patch_ansible_module, monkeypatch):
    monkeypatch.setattr(log_summarize, 'missing_sdk', lambda p: (None, None))
    monkeypatch.setattr(log_summarize.providers, 'chat',
                        lambda params, model, messages: ChatResult('• disk full', model, 10, 3))
    set_module_args({'content': 'ERROR disk full password=hunter2', 'tracked': False})
    with pytest.raises(AnsibleExitJson) as exc:
        log_summarize.main()
    assert exc.value.args[0]['summary'] == '• disk full'


def test_stream_anthropic(patch_ansible_module, monkeypatch):
    client = mock.MagicMock()
    stream = client.messages.stream.return_value.__enter__.return_value
    stream.text_stream = iter(['a', 'b'])
    stream.get_final_message.return_value.usage.input_tokens = 5
    stream.get_final_message.return_value.usage.output_tokens = 2
    monkeypatch.setattr(log_summarize, 'get_anthropic_client', lambda *a, **k: client)
    monkeypatch.setattr(log_summarize, 'missing_sdk', lambda p: (None, None))
    set_module_args({'content': 'x', 'provider': 'anthropic', 'stream': True})
    with pytest.raises(AnsibleExitJson) as exc:
        log_summarize.main()
    assert exc.value.args[0]['summary'] == 'ab'
    client.messages.stream.assert_called_once()
