from evals.graders.judge import AnthropicJudge, LLMJudge, _parse_verdict


def test_parse_verdict_extracts_json():
    v = _parse_verdict('Sure! {"score": 4, "reason": "close"}')
    assert v.score == 4 and v.passed


def test_parse_verdict_garbage():
    assert _parse_verdict("no json here").score == 1


def test_llm_judge_uses_json_mode(fake_openai):
    judge = LLMJudge(fake_openai, model="gpt-test")
    verdict = judge.grade("q", "ref", "cand")
    assert verdict.score == 5
    assert fake_openai.calls[0]["response_format"] == {"type": "json_object"}


def test_pairwise_defaults_to_tie(fake_openai):
    fake_openai.reply = "maybe"
    assert LLMJudge(fake_openai).pairwise("q", "a", "b") == "tie"


def test_anthropic_judge(fake_anthropic):
    fake_anthropic.messages.create.return_value.content[0].text = '{"score": 2, "reason": "off"}'
    verdict = AnthropicJudge(fake_anthropic).grade("q", "r", "c")
    assert verdict.score == 2
    fake_anthropic.messages.create.assert_called_once()
