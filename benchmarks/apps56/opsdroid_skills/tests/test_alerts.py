from unittest import mock

import pytest

from skills.alerts.summarizer import AlertSummarizer
from skills.common.llm_usage_tracker import llm_tracker

ALERTS = [
    {"labels": {"alertname": "HighLatency", "severity": "critical", "instance": "api-1"},
     "annotations": {"summary": "p99 > 2s"}, "fingerprint": "abc"},
]


class RecordingSink:
    def __init__(self):
        self.logs = []

    async def record(self, log):
        self.logs.append(log)


@pytest.mark.asyncio
async def test_digest_is_tracked(fake_anthropic):
    sink = RecordingSink()
    llm_tracker.bind(sink)
    try:
        text = await AlertSummarizer(fake_anthropic).digest(ALERTS)
    finally:
        llm_tracker.bind(None)
    assert text == "fake digest"
    assert sink.logs[0].input_tokens == 20
    assert sink.logs[0].feature_context == "alert_digest"


@pytest.mark.asyncio
async def test_fallback_to_bedrock(fake_anthropic):
    fake_anthropic.messages.create = mock.AsyncMock(side_effect=RuntimeError("overloaded"))
    runtime = mock.Mock()
    body = mock.Mock()
    body.read.return_value = b'{"content": [{"text": "from bedrock"}]}'
    runtime.invoke_model.return_value = {"body": body}
    text = await AlertSummarizer(fake_anthropic, runtime=runtime).digest_with_fallback(ALERTS)
    assert text == "from bedrock"
    runtime.invoke_model.assert_called_once()
