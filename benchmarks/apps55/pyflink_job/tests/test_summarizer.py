from unittest import mock

import anthropic
import httpx

from enrichment.summarize import ChatSummarizer, word_count_summary
from tests.fakes import FakeAnthropic, FakeBedrockRuntime


def test_summarize_anthropic(chat_messages):
    s = ChatSummarizer(FakeAnthropic("Order 8812 missing for two weeks."))
    out = s.summarize(chat_messages)
    assert out["provider"] == "anthropic"
    assert "8812" in out["summary"]


def test_falls_back_to_bedrock(chat_messages):
    req = httpx.Request("POST", "https://api.anthropic.com/v1/messages")
    err = anthropic.InternalServerError("boom", response=httpx.Response(529, request=req), body=None)
    bedrock = FakeBedrockRuntime()
    s = ChatSummarizer(FakeAnthropic(fail_with=err), bedrock)
    out = s.summarize(chat_messages)
    assert out["provider"] == "bedrock"
    assert bedrock.requests[0]["inferenceConfig"]["maxTokens"] == 300


def test_mocked_client(chat_messages):
    client = mock.MagicMock()
    client.messages.create.return_value.content = [mock.Mock(type="text", text="ok")]
    out = ChatSummarizer(client).summarize(chat_messages)
    assert out["summary"] == "ok"
    client.messages.create.assert_called_once()


def test_short_chat_summary():
    assert word_count_summary([{"text": "a b"}])["summary"] == "1 messages, 2 words"
