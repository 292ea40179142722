from studio.pricing import estimate_cost, format_cost
from studio.prompts import TEMPLATES


def test_history_roundtrip(tmp_history):
    e = tmp_history.create("openai:gpt-4o-mini", "hello", "world")
    assert tmp_history.completion(e.id) == "world"
    assert tmp_history.list()[0].prompt == "hello"


def test_cost():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert estimate_cost("unknown", 10, 10) == 0.0
    assert format_cost(0.5).startswith("$")


def test_template_create_builds_messages():
    msgs = TEMPLATES["qa"].create(context="c", question="q")
    assert msgs[0]["role"] == "system"
    assert "q" in msgs[1]["content"]
