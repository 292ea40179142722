from enrichment.util.cost import calculate_cost, completion


def test_cost_known_model():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15


def test_completion_cost_shape():
    assert completion("gpt-4o", {"prompt_tokens": 1000, "completion_tokens": 1000}) > 0
