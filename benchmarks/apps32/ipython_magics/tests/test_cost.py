from nbcopilot.cost import count_tokens, estimate_cost, format_cost


def test_estimate_cost_known_model():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15


def test_estimate_cost_ollama_is_free():
    assert estimate_cost("llama3.1:8b", 5000, 5000) == 0.0


def test_count_tokens_nonzero():
    assert count_tokens("hello world") > 0


def test_format_cost_small():
    assert format_cost(0.001).endswith("¢")
