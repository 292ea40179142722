"""Wrapper around Perplexity's search-grounded chat models."""
import logging
from dataclasses import dataclass, field
from typing import List

from nameko.extensions import DependencyProvider

from common.clients import get_perplexity_client
from common.config import get_settings

log = logging.getLogger(__name__)


@dataclass
class ResearchAnswer:
    answer: str
    citations: List[str] = field(default_factory=list)
    model: str = ""


class PerplexitySearch:
    def __init__(self, client, model: str):
        self._client = client
        self.model = model

    def ask(self, question: str, recency: str = "month", domains: List[str] = None) -> ResearchAnswer:
        extra_body = {"search_recency_filter": recency}
        if domains:
            extra_body["search_domain_filter"] = domains
        response = self._client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "Be precise and cite primary sources."},
                {"role": "user", "content": question},
            ],
            extra_body=extra_body,
        )
        citations = getattr(response, "citations", None) or []
        return ResearchAnswer(answer=response.choices[0].message.content, citations=list(citations), model=self.model)


class PerplexityProvider(DependencyProvider):
    def setup(self):
        self.search = PerplexitySearch(get_perplexity_client(), get_settings().perplexity_model)

    def get_dependency(self, worker_ctx):
        return self.search
