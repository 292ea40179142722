import datetime

from plugins import summarize
from plugins.backlog import BacklogLine


def _lines(n):
    now = datetime.datetime.utcnow()
    return [BacklogLine(now, f"user{i % 3}", f"message {i}") for i in range(n)]


def test_small_backlog_single_call(mockbot, fake_clients):
    text = summarize._summarise_mistral(fake_clients["mistral"], "mistral-small-latest",
                                        summarize.builder.generate(_lines(20)))
    assert text == "summary"
    assert len(fake_clients["mistral"].calls) == 1


def test_map_reduce_chunks(mockbot, fake_clients):
    lines = _lines(summarize.CHUNK_LINES * 2 + 10)
    summarize._map_reduce(mockbot, fake_clients["mistral"], lines)
    # three chunks + one reduce call
    assert len(fake_clients["mistral"].calls) == 4


def test_fallback_uses_anthropic(mockbot, fake_clients):
    out = summarize._fallback_claude(mockbot, "log")
    assert out == "hello"
    assert fake_clients["anthropic"].messages.calls[0]["system"] == summarize.SUMMARY_SYSTEM
