from __future__ import annotations

from types import SimpleNamespace

import pytest

from kb_api.resolvers.mutation import _extract_section, resolve_summarize_article
from kb_api.resolvers.query import resolve_explain_snippet
from kb_api.services.summarizer import Summarizer


def _info(ctx):
    return SimpleNamespace(context=ctx)


@pytest.mark.asyncio
async def test_explain_snippet_uses_context_client(gql_context):
    gql_context["openai"].chat.completions.text = "It prints hello."
    out = await resolve_explain_snippet(None, _info(gql_context), code="print('hello')", language="python")
    assert out == "It prints hello."
    assert gql_context["openai"].chat.completions.calls[0]["messages"][1]["content"].startswith("```python")


@pytest.mark.asyncio
async def test_summarize_article_skips_when_cached(gql_context, article):
    article.summary = "cached"
    gql_context["summarizer"] = Summarizer(gql_context["llm"].anthropic, model="x")
    result = await resolve_summarize_article(None, _info(gql_context), id="1")
    assert result.summary == "cached"
    gql_context["llm"].anthropic.messages.create.assert_not_called()


def test_extract_section():
    body = "# A\none\n## B\ntwo\n# C\nthree"
    assert _extract_section(body, "B") == "## B\ntwo"
    assert _extract_section(body, "missing") is None
