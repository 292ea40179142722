from features.support.fakes import FakeAnthropic, FakeOpenAI
from features.support.judge import LLMJudge, _parse


def test_parse_extracts_json():
    verdict = _parse('Sure! {"score": 5, "reason": "grounded"}')
    assert verdict.score == 5 and verdict.passed


def test_parse_garbage():
    assert _parse("no json here").score == 0


def test_grade_uses_client():
    fake = FakeOpenAI(replies=['{"score": 3, "reason": "partly"}'])
    judge = LLMJudge(fake, model="judge")
    verdict = judge.grade("be nice", "hello")
    assert verdict.score == 3
    assert fake.chat.completions.calls[0]["model"] == "judge"
    assert judge.mean_score() == 3


def test_pairwise_requires_anthropic():
    judge = LLMJudge(FakeOpenAI(), anthropic_client=None)
    try:
        judge.grade_pairwise("q", "a", "b")
    except RuntimeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("expected RuntimeError")


def test_pairwise_with_fake():
    judge = LLMJudge(FakeOpenAI(), anthropic_client=FakeAnthropic(text="A"))
    assert judge.grade_pairwise("q", "a", "b") == "A"


def test_mean_score_empty():
    assert LLMJudge(FakeOpenAI()).mean_score() == 0.0
