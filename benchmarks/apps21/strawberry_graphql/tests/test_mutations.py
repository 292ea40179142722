from __future__ import annotations

from unittest.mock import AsyncMock, patch

from kb_api.schema import schema
from kb_api.services.moderation import ModerationVerdict
from kb_api.services.summarizer import summarize_article

CREATE = """
mutation Create($input: CreateArticleInput!) {
  createArticle(input: $input) { id title tags coverUrl }
}
"""


async def test_create_article_tags_and_enqueues(context):
    clean = ModerationVerdict(flagged=False, categories=[], source="openai")
    with patch("kb_api.services.moderation.moderate", new=AsyncMock(return_value=clean)):
        result = await schema.execute(
            CREATE,
            variable_values={"input": {"spaceId": "s1", "title": "T", "body": "B", "generateCover": True}},
            context_value=context,
        )
    assert result.errors is None
    assert result.data["createArticle"]["tags"] == ["graphql", "strawberry", "auth"]
    assert result.data["createArticle"]["coverUrl"].startswith("https://replicate.delivery/")
    assert context.request.app.state.indexer.enqueued == ["a1"]


async def test_create_article_rejected(context):
    bad = ModerationVerdict(flagged=True, categories=["harassment"], source="openai")
    with patch("kb_api.services.moderation.moderate", new=AsyncMock(return_value=bad)):
        result = await schema.execute(
            CREATE, variable_values={"input": {"spaceId": "s1", "title": "T", "body": "B"}}, context_value=context
        )
    assert "content policy" in result.errors[0].message


async def test_summarize_article_uses_mistral(fake_llm):
    text = await summarize_article(fake_llm.mistral, "T", "body " * 10)
    assert text == "A short summary."
    assert fake_llm.mistral.chat.calls[0]["model"] == "mistral-small-latest"
