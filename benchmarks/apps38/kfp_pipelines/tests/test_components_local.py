"""Runs component python_funcs with patched SDK modules."""

import json
import sys
from types import ModuleType, SimpleNamespace
from unittest import mock

from components.lightweight import claude_summarise, gemini_classify
from tests.fakes import FakeAnthropic, FakeGenaiClient


def _artifact(tmp_path, name, rows=None):
    p = tmp_path / name
    if rows is not None:
        p.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return SimpleNamespace(path=str(p), metadata={})


def test_gemini_classify_component(tmp_path):
    fake = FakeGenaiClient(text="billing")
    genai_mod = ModuleType("google.genai")
    genai_mod.Client = lambda **kw: fake
    genai_mod.types = mock.MagicMock()
    with mock.patch.dict(sys.modules, {"google.genai": genai_mod, "google.genai.types": genai_mod.types}):
        with mock.patch("google.genai", genai_mod, create=True):
            src = _artifact(tmp_path, "in.jsonl", [{"id": 1, "subject": "s", "body": "b"}])
            dst = _artifact(tmp_path, "out.jsonl")
            gemini_classify.python_func(project="p", location="l", tickets=src, categories=["billing"], labelled=dst)
    assert json.loads(open(dst.path).read())["label"] == "billing"


def test_claude_summarise_component(tmp_path):
    fake = FakeAnthropic()
    with mock.patch("anthropic.AnthropicVertex", return_value=fake):
        src = _artifact(tmp_path, "c.jsonl", [{"id": 7, "text": "hello"}])
        dst = _artifact(tmp_path, "s.jsonl")
        claude_summarise.python_func(project="p", region="us-east5", conversations=src, summaries=dst)
    assert fake.messages.calls[0]["max_tokens"] == 512
