# -*- coding: utf-8 -*-
from __future__ import absolute_import, division, print_function
__metaclass__ = type

from unittest import mock

from ansible_collections.acme.llmops.plugins.filter import llm_filters, text_utils


def test_llm_summary_uses_cached_client(monkeypatch):
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content=' short '))]
    monkeypatch.setattr(llm_filters, 'get_openai_client', lambda: client)
    assert llm_filters.llm_summary('long text') == 'short'
    kwargs = client.chat.completions.create.call_args.kwargs
    assert kwargs['model'] == 'gpt-4o-mini'


def test_ticket_sections_render():
    out = text_utils.ticket_sections({'summary': 'bump nginx'})
    assert '## Summary\nbump nginx' in out


def test_filters_registered():
    names = set(llm_filters.FilterModule().filters()) | set(text_utils.FilterModule().filters())
    assert {'llm_summary', 'llm_embed', 'redact_secrets', 'llm_cost'} <= names
