import logging
from typing import List, Optional

from django.conf import settings

from core.llm import ChatCompletionService, build_client, openai_client

from .models import Article
from .search import Hit, search

logger = logging.getLogger(__name__)


class ArticleTitleSuggester(ChatCompletionService):
    client_factory = staticmethod(openai_client)
    model = "gpt-4o-mini"
    max_tokens = 60

    def suggest(self, body: str) -> List[str]:
        text = self.complete(
            "Suggest three short, searchable titles for this help-centre article. One per line.",
            body[:6000],
        )
        return [line.lstrip("-*0123456789. ").strip() for line in text.splitlines() if line.strip()][:3]


class KnowledgeAnswerService:
    """Answers a customer question from the top knowledge-base passages."""

    def __init__(self, client=None, provider: str = "anthropic"):
        self.client = client if client is not None else build_client(provider)
        self.model = settings.ANTHROPIC_MODEL

    def _context(self, hits: List[Hit]) -> str:
        return "\n\n".join(f"[{i + 1}] {h.text}" for i, h in enumerate(hits))

    def answer(self, question: str, hits: Optional[List[Hit]] = None) -> dict:
        hits = hits if hits is not None else search(question)
        if not hits:
            return {"answer": None, "sources": []}
        message = self.client.messages.create(
            model=self.model,
            max_tokens=600,
            system=(
                "Answer only from the numbered passages. Cite passages like [2]. "
                "If the passages do not answer the question, say so."
            ),
            messages=[
                {"role": "user", "content": f"Passages:\n{self._context(hits)}\n\nQuestion: {question}"}
            ],
        )
        answer = "".join(b.text for b in message.content if b.type == "text")
        return {"answer": answer, "sources": sorted({h.article_id for h in hits})}


class ArticleCoverService:
    def __init__(self, client=None):
        self.client = client or openai_client()

    def generate_cover(self, article: Article) -> str:
        result = self.client.images.generate(
            model="dall-e-3",
            prompt=(
                "Flat, friendly illustration for a software help-centre article titled "
                f"'{article.title}'. No text in the image."
            ),
            size="1792x1024",
            n=1,
        )
        article.cover_url = result.data[0].url
        article.save(update_fields=["cover_url", "updated_at"])
        return article.cover_url
