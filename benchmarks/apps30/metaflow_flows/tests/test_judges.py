import asyncio
from types import SimpleNamespace
from unittest import mock

from evaluation.judges import AsyncRubricJudge, PairwiseJudge, PairwiseVerdict, RubricJudge
from tests.conftest import FakeAnthropic


def test_rubric_judge_parses_json():
    fake = FakeAnthropic(reply='```json\n{"correctness": 5, "faithfulness": 3, "rationale": "ok"}\n```')
    judge = RubricJudge(client=fake, model="claude-test")
    grade = judge.score(question="q", reference="r", context="c", candidate="a")
    assert grade["correctness"] == 5
    assert grade["faithfulness"] == 3
    assert fake.messages.calls[0]["model"] == "claude-test"


def test_pairwise_consistency():
    client = mock.MagicMock()
    verdicts = [PairwiseVerdict(winner="A", reason=""), PairwiseVerdict(winner="B", reason="")]
    client.chat.completions.parse.side_effect = [
        SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(parsed=v))]) for v in verdicts
    ]
    judge = PairwiseJudge(client, model="gpt-test")
    assert judge.compare_both_orders("q", "a", "b") == "A"


def test_async_judge():
    client = mock.MagicMock()
    client.messages.create = mock.AsyncMock(
        return_value=SimpleNamespace(content=[SimpleNamespace(text='{"correctness": 2, "faithfulness": 2}')])
    )
    judge = AsyncRubricJudge(client, model="m")
    rows = [{"question": "q", "reference": "r", "context": "", "candidate": "c"}]
    out = asyncio.run(judge.score_many(rows))
    assert out == [{"correctness": 2, "faithfulness": 2}]
