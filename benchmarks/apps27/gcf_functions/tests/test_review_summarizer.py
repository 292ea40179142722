import importlib

from tests.fakes import FakeAnthropic


def test_summarize_streams_and_reports_usage(function_path):
    function_path("review_summarizer")
    summarize = importlib.import_module("summarize")
    fake = FakeAnthropic("Great location. Thin walls.")
    out = summarize.summarize_reviews(fake, "claude-test", "Casa Azul",
                                      [{"rating": 5, "text": "Lovely"}, {"rating": 2, "text": "Noisy"}])
    assert out.text == "Great location.Thin walls." or "Thin" in out.text
    assert out.input_tokens == 100
    assert fake.messages.calls[0]["max_tokens"] == 800


def test_trim_to_budget_keeps_recent(function_path):
    function_path("review_summarizer")
    summarize = importlib.import_module("summarize")
    reviews = [{"date": f"2024-01-{i:02d}", "text": "x"} for i in range(1, 20)]
    kept = summarize.trim_to_budget(FakeAnthropic(), "m", "n", reviews)
    assert kept[0]["date"] == "2024-01-19"


def test_parse_sentiment_handles_fences(function_path):
    function_path("review_summarizer")
    summarize = importlib.import_module("summarize")
    assert summarize.parse_sentiment('```json\n{"sentiment": "mixed", "score": 0.5}\n```')["flags"] == []
    assert summarize.parse_sentiment("nope")["sentiment"] == "unknown"


def test_sentiment_uses_haiku(function_path, monkeypatch):
    function_path("review_summarizer")
    main = importlib.import_module("main")
    fake = FakeAnthropic('{"sentiment": "positive", "score": 0.9, "flags": []}')
    result = main._sentiment(fake, [{"rating": 5, "text": "great"}])
    assert result["sentiment"] == "positive"
    assert "haiku" in fake.messages.calls[0]["model"]
