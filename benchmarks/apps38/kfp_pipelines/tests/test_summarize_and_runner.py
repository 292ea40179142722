import asyncio
from unittest import mock

from llm_batch.batch_runner import PromptBatchRunner
from llm_batch.summarize import ConversationSummarizer


def test_summariser_uses_injected_client(fake_claude):
    s = ConversationSummarizer(client=fake_claude, model="claude-test")
    assert s.summarise("hi") == "- summary"
    assert fake_claude.messages.calls[0]["model"] == "claude-test"


def test_runner_direct_anthropic_accounts_tokens(fake_claude):
    runner = PromptBatchRunner("anthropic", model="claude-3-5-sonnet-v2@20241022")
    runner._clients["anthropic"] = lambda: fake_claude
    out = runner.run(["q1", "q2"])
    assert out == ["- summary", "- summary"]
    assert runner.stats.input_tokens == 200
    assert runner.stats.cost_usd > 0


def test_runner_tracked_goes_through_service():
    runner = PromptBatchRunner("google", model="gemini-2.0-flash-001")
    with mock.patch("llm_batch.batch_runner.multi_model_service") as svc:
        svc.generate_response = mock.AsyncMock(return_value="ok")
        assert runner.run(["q"], mode="tracked") == ["ok"]
        svc.generate_response.assert_awaited_once()


def test_runner_records_failures():
    runner = PromptBatchRunner("openai", model="gpt-4o-mini")
    broken = mock.MagicMock()
    broken.chat.completions.create.side_effect = RuntimeError("boom")
    runner._clients["openai"] = lambda: broken
    assert runner.run(["q"]) == [None]
    assert runner.stats.failures and "boom" in runner.stats.failures[0][1]
