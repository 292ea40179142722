from labelling_flows.llm.judge import ClaudeJudge, JudgeResult
from fakes import FakeAnthropic


def test_score_parses_rubric():
    fake = FakeAnthropic(replies=['{"correctness": 4, "completeness": 5, "tone": 3, "explanation": "ok"}'])
    judge = ClaudeJudge(client=fake, model="claude-test")
    result = judge.score("q", "a", "ref")
    assert result.mean == 4
    assert fake.messages.calls[0]["system"]


def test_compare_normalises_verdict():
    judge = ClaudeJudge(client=FakeAnthropic(replies=["b\n"]), model="claude-test")
    assert judge.compare("q", "a1", "a2") == "B"


def test_fake_messages_direct():
    fake = FakeAnthropic(replies=["A"])
    msg = fake.messages.create(model="claude-test", max_tokens=5, messages=[])
    assert msg.content[0].text == "A"


def test_judge_result_create_defaults():
    r = JudgeResult.create({}, judge_model="m")
    assert (r.correctness, r.tone) == (0, 0)
