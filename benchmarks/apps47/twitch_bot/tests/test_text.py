from bot.services.cost import estimate_cost
from bot.utils.text import chunk_message, clean_for_chat, clip_title


def test_clean_for_chat_truncates_on_word():
    text = "word " * 200
    out = clean_for_chat(text, limit=50)
    assert len(out) <= 50 and out.endswith("…")


def test_chunk_message():
    assert chunk_message("a b c", limit=3) == ["a b", "c"]


def test_clip_title_strips_quotes():
    assert clip_title('"Insane clutch"\nother') == "Insane clutch"


def test_estimate_cost_known_model():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert estimate_cost("unknown", 10, 10) == 0.0
