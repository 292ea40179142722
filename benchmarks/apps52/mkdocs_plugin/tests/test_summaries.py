from mkdocs_ai_docs.features.summaries import PageSummarizer
from mkdocs_ai_docs.services.llm_usage_tracker import llm_tracker
from mkdocs_ai_docs.utils import tokens


def test_summary_is_cached(cache, fake_backend, monkeypatch):
    monkeypatch.setattr("mkdocs_ai_docs.features.summaries.count_tokens", lambda *a: 100)
    summarizer = PageSummarizer(fake_backend, cache)
    md = "# Install\n\nRun pip install."
    assert summarizer.summarize(md, "install.md") == "A short summary."
    assert summarizer.summarize(md, "install.md") == "A short summary."
    assert len(fake_backend.prompts) == 1
    assert cache.hits == 1


def test_summary_usage_recorded(cache, fake_backend, monkeypatch):
    monkeypatch.setattr("mkdocs_ai_docs.features.summaries.count_tokens", lambda *a: 100)
    PageSummarizer(fake_backend, cache).summarize("# A\n\nbody", "a.md")
    stats = llm_tracker.summary()
    assert stats["calls"] == 1
    assert stats["input_tokens"] == 10


def test_offline_returns_none(cache, fake_backend, monkeypatch):
    monkeypatch.setattr("mkdocs_ai_docs.features.summaries.count_tokens", lambda *a: 100)
    assert PageSummarizer(fake_backend, cache, offline=True).summarize("# X", "x.md") is None
    assert fake_backend.prompts == []


def test_chunking_splits_on_headings():
    md = "# T\n\n" + "\n## ".join(f"Section {i}\n" + "word " * 400 for i in range(6))
    chunks = tokens.chunk_markdown(md, max_tokens=900)
    assert len(chunks) > 1
