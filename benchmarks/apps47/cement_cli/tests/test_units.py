from opsbot.controllers.changelog import ChangelogFormatter
from opsbot.core.costs import estimate
from opsbot.utils.gitlog import is_chore
from opsbot.utils.text import (
    chunk_lines,
    dedupe_noise,
    extract_tracebacks,
    level_histogram,
    strip_ansi,
    truncate,
)


COMMITS = [
    {"sha": "a" * 40, "subject": "feat: add digest command", "author": "kf"},
    {"sha": "b" * 40, "subject": "fix(logs): handle gz files", "author": "dana"},
    {"sha": "c" * 40, "subject": "security: bump jinja2", "author": "ops"},
]


def test_formatter_sections():
    text = ChangelogFormatter("1.2.0").generate(COMMITS)
    assert "### Added" in text
    assert "### Fixed" in text
    assert "### Security" in text


def test_is_chore():
    assert is_chore("chore: bump version")
    assert not is_chore("feat: thing")


def test_cost_estimate_known_model():
    assert round(estimate("gpt-4o-mini", 1_000_000, 0), 2) == 0.15


def test_formatter_empty():
    assert ChangelogFormatter("0.0.1").generate([]) == "## 0.0.1"


def test_cost_estimate_unknown_model_is_zero(monkeypatch):
    import opsbot.core.costs as costs

    def boom(**_):
        raise ValueError("unknown")

    monkeypatch.setattr(costs.litellm, "cost_per_token", boom)
    assert costs.estimate("my-private-model", 100, 100) == 0.0




def test_strip_ansi():
    assert strip_ansi("\x1b[31mERROR\x1b[0m boom") == "ERROR boom"


def test_dedupe_collapses_repeats():
    lines = ["2024-05-01T10:00:00 ERROR x"] * 25 + ["2024-05-01T10:00:01 INFO y"]
    out = dedupe_noise(lines)
    assert out[0].endswith("[x25]")
    assert len(out) == 2


def test_chunk_lines_splits():
    lines = ["word " * 50] * 40
    chunks = list(chunk_lines(lines, max_tokens=200))
    assert len(chunks) > 1


def test_truncate():
    assert truncate("a" * 10, 100) == "a" * 10
    assert truncate("a" * 200, 100).endswith("[truncated]")


def test_level_histogram():
    hist = level_histogram(["x ERROR a", "x INFO b", "x INFO c", "noise"])
    assert hist == {"ERROR": 1, "INFO": 2, "OTHER": 1}


def test_extract_tracebacks():
    lines = [
        "INFO start\n",
        "Traceback (most recent call last)\n",
        '  File "a.py", line 1, in <module>\n',
        "ValueError: bad\n",
        "INFO after\n",
    ]
    tbs = list(extract_tracebacks(lines))
    assert len(tbs) == 1
    assert "ValueError" in tbs[0]
