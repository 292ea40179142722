from __future__ import annotations

from types import SimpleNamespace

from termpal.prompts import SUMMARIZE, PromptBuilder
from termpal.rag import DocIndex, chunk_text


def fake_embed(inputs):
    return SimpleNamespace(data=[SimpleNamespace(embedding=[float(len(t)), 1.0]) for t in inputs])


def test_chunk_text_respects_size():
    text = "\n\n".join("x" * 500 for _ in range(5))
    chunks = chunk_text(text, size=1100)
    assert len(chunks) == 3


def test_index_and_query(tmp_path):
    (tmp_path / "a.md").write_text("short\n\n" + "long " * 100)
    index = DocIndex(embed_fn=fake_embed)
    assert index.load_dir(tmp_path) == 1
    assert index.query("short")[0].source == "a.md"


def test_prompt_builder_generate_with_context():
    prompt = PromptBuilder(SUMMARIZE).add_context("ctx").generate(style="tldr", words="10", text="body")
    assert prompt.startswith("<context>")
    assert "body" in prompt
