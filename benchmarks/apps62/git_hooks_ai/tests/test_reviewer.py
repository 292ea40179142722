from gitai import reviewer
from tests.fakes import FakeAnthropic


def test_parse_findings():
    text = "BLOCKER src/a.py:10 - leaked key\nWARN src/b.py:3 - no test\nsomething else"
    findings = reviewer.parse_findings(text)
    assert [f.severity for f in findings] == ["BLOCKER", "WARN"]
    assert findings[0].blocking


def test_lgtm_is_empty():
    assert reviewer.parse_findings("LGTM") == []


def test_review_diff_small(monkeypatch):
    client = FakeAnthropic("NIT a.py:1 - typo")
    findings = reviewer.review_diff(client, "diff --git a/a.py b/a.py\n+x = 1\n")
    assert findings[0].severity == "NIT"
    assert client.messages.calls[0]["model"] == reviewer.REVIEW_MODEL


def test_review_diff_condenses_large(monkeypatch):
    client = FakeAnthropic("LGTM")
    monkeypatch.setattr(reviewer.DiffCondenser, "condense", lambda self, d: "condensed")
    monkeypatch.setattr(reviewer, "get_groq_client", lambda: None)
    big = "diff --git a/a b/a\n" + "+x\n" * 400_000
    reviewer.review_diff(client, big, max_input_tokens=10)
    assert client.messages.calls[0]["messages"][0]["content"] == "condensed"


def test_split_by_file():
    d = "diff --git a/x b/x\n+1\ndiff --git a/y b/y\n+2\n"
    assert len(reviewer.split_by_file(d)) == 2
