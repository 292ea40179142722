# -*- coding: utf-8 -*-
from __future__ import absolute_import, division, print_function
__metaclass__ = type

from unittest import mock

from ansible_collections.acme.llmops.plugins.modules import alert_classify
from ansible_collections.acme.llmops.tests.unit.fakes import FakeCohere, FakeModelInference


def test_parse_rejects_unknown_label():
    assert alert_classify._parse('{"label": "sev0"}', ['sev1', 'noise'])['label'] == 'noise'


def test_classify_cohere_with_fake():
    fake = FakeCohere('{"label": "sev2", "confidence": 0.8, "reason": "x"}')
    raw = alert_classify.classify_cohere(fake, 'command-r', {'alertname': 'DiskFull'}, ['sev2'])
    assert '"sev2"' in raw
    assert fake.calls[0]['response_format'] == {'type': 'json_object'}


def test_classify_openai_chat_path():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content='{}'))]
    raw, remaining = alert_classify.classify_openai(client, 'gpt-4o-mini', {'a': 1}, ['noise'], False)
    assert raw == '{}' and remaining is None


def test_classify_watsonx():
    assert alert_classify.classify_watsonx(FakeModelInference('{"label":"noise"}'), {}, ['noise'])
