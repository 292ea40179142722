from lib import prompts
from lib.costs import calculate_cost
from lib.history import compress_history, numeric_stats


def test_chat_messages_has_system_first():
    msgs = prompts.chat_messages("hi", history=[{"role": "assistant", "content": "hello"}])
    assert msgs[0]["role"] == "system"
    assert msgs[-1] == {"role": "user", "content": "hi"}


def test_anthropic_messages_drop_system():
    msgs = prompts.anthropic_messages("hi", history=[{"role": "system", "content": "x"}])
    assert msgs == [{"role": "user", "content": "hi"}]


def test_truncate():
    assert prompts.truncate("a" * 300, 10).endswith("…")


def test_compress_history(history_points):
    text = compress_history(history_points)
    assert text.startswith("sensor.living_room_temperature: 08:00=20.5")


def test_numeric_stats(history_points):
    assert numeric_stats(history_points[0])["max"] == 21.0


def test_local_models_are_free():
    assert calculate_cost("llama3.1:8b", 1000, 1000) == 0.0
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
