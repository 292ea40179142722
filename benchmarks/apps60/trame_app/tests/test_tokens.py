from assistant.llm.tokens import completion_cost, count_openai_tokens, truncate_to_budget


def test_cost():
    assert completion_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert completion_cost("unknown", 10, 10) == 0.0


def test_truncate():
    text = "word " * 1000
    assert len(truncate_to_budget(text, 10)) < len(text)
    assert count_openai_tokens("hello world") >= 2
