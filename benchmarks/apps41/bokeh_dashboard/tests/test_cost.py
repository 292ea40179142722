from analysis.cost import completion_cost, format_cost


def test_cost_known_model():
    assert completion_cost("gpt-4o-mini", 1_000_000, 0) == 0.15


def test_cost_unknown_model_is_zero():
    assert completion_cost("nope", 10, 10) == 0.0


def test_format_cost():
    assert format_cost("gpt-4o-mini", 1000, 500).startswith("1000+500 tok")
