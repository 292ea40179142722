from __future__ import annotations

from types import SimpleNamespace

from docflow import hookimpl
from docflow.models import Classification, Summary
from docflow.pipeline import Pipeline, ProgressTracker
from docflow.plugins import keyword_plugin, openai_plugin


class _StaticSummarizer:
    @hookimpl
    def summarize(self, engine, document, max_words):
        return Summary(text="static", plugin="static", model="none", input_tokens=1, output_tokens=1)


class _Voter:
    def __init__(self, label, confidence):
        self.label, self.confidence = label, confidence

    @hookimpl
    def classify(self, engine, document, labels):
        return Classification(label=self.label, confidence=self.confidence, plugin=f"voter-{self.label}")


def test_summarize_uses_first_result(engine, document):
    engine.pm.register(_StaticSummarizer(), name="static")
    summary = Pipeline(engine).summarize(document)
    assert summary.text == "static"


def test_summarize_falls_back_to_hf(engine, document):
    engine.hf.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="hf says hi"))],
        usage=SimpleNamespace(prompt_tokens=3, completion_tokens=2),
    )
    summary = Pipeline(engine).summarize(document)
    assert summary.plugin == "fallback"
    engine.hf.chat.completions.create.assert_called_once()


def test_openai_plugin_summarize(engine, document, fake_openai):
    engine.pm.register(openai_plugin, name="openai_plugin")
    summary = Pipeline(engine).summarize(document, max_words=50)
    assert summary.text == "fake summary"
    assert summary.input_tokens == 11
    call = fake_openai.chat.completions.calls[0]
    assert call["max_tokens"] == 100
    assert call["model"] == engine.settings.summary_model


def test_embed_batches(engine, fake_openai):
    engine.pm.register(openai_plugin, name="openai_plugin")
    batch = Pipeline(engine).embed([f"t{i}" for i in range(600)])
    assert len(batch) == 600
    assert len(fake_openai.embeddings.calls) == 2


def test_classify_majority(engine, document):
    engine.pm.register(_Voter("contract", 0.9), name="a")
    engine.pm.register(_Voter("contract", 0.6), name="b")
    engine.pm.register(_Voter("invoice", 0.8), name="c")
    result = Pipeline(engine).classify(document)
    assert result.label == "contract"


def test_keyword_plugin_alone(engine, document):
    engine.pm.register(keyword_plugin, name="keyword_plugin")
    assert Pipeline(engine).classify(document).label == "contract"


def test_progress_tracker():
    p = ProgressTracker(total=4)
    p.step(2)
    assert p.completion() == 0.5
