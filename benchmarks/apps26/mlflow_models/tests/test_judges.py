import json
from types import SimpleNamespace as NS
from unittest.mock import MagicMock

from evaluation.judges import ClaudeJudge, GPTJudge
from tests.fakes import FakeAnthropic


def test_claude_judge_parses_verdict():
    fake = FakeAnthropic(text=json.dumps({"faithfulness": 5, "completeness": 4, "rationale": "ok"}))
    verdict = ClaudeJudge(client=fake).grade("triage", "auto", "auto")
    assert verdict.passed


def test_gpt_judge_uses_responses_api():
    client = MagicMock()
    client.responses.create.return_value = NS(output_text=json.dumps({"faithfulness": 2, "completeness": 2}))
    verdict = GPTJudge(client=client).grade("qa", "a", "b")
    assert not verdict.passed
    assert client.responses.create.call_args.kwargs["model"].startswith("gpt-4o")
