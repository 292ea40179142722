from botkit.utils.text import chunk, slack_to_discord, strip_mentions, truncate


def test_truncate():
    assert truncate("abc", 10) == "abc"
    assert len(truncate("x" * 50, 10)) == 10


def test_chunk_overlap():
    parts = chunk("a" * 3000, size=1500, overlap=200)
    assert len(parts) == 3


def test_strip_mentions():
    assert strip_mentions("<@U123> hello") == "hello"


def test_bold():
    assert slack_to_discord("*hi*") == "**hi**"
