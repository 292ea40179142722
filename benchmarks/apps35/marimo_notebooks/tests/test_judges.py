from nbutils.judges import ClaudeJudge, PairwiseJudge, parse_judgement
from tests.conftest import FakeOpenAI


def test_parse_judgement():
    r = parse_judgement("faithfulness=2\ncorrectness=3\nreason=made up a date")
    assert (r.faithfulness, r.correctness) == (2, 3)
    assert r.reason == "made up a date"


def test_claude_judge_uses_injected_client(fake_anthropic):
    judge = ClaudeJudge(model="claude-test", client=fake_anthropic)
    res = judge.grade("q", "ref", "ctx", "ans")
    assert res.correctness == 5
    assert fake_anthropic.messages.calls[0]["model"] == "claude-test"
    assert judge.calls == 1


def test_pairwise_judge_normalises_verdict():
    client = FakeOpenAI(reply=" b \n")
    assert PairwiseJudge(client).compare("q", "a", "b") == "B"
    # the fake records what we sent
    sent = client.chat.completions.calls[0]
    assert sent["temperature"] == 0


def test_pairwise_judge_garbage_is_tie():
    client = FakeOpenAI(reply="I think both are fine")
    out = client.chat.completions.create(model="x", messages=[])
    assert out.choices[0].message.content.startswith("I think")
    assert PairwiseJudge(client).compare("q", "a", "b") == "TIE"
