"""TicketEnricher: started as the single entry point for all enrichment so
blocks would stop building their own clients. Half done -- only the
draft_reply and backfill paths use it so far (see PR #288).
"""
import logging
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

import cohere
from anthropic import Anthropic
from openai import OpenAI

from mage_pipeline.utils.prompts import build_reply_prompt, build_summary_prompt

logger = logging.getLogger(__name__)


@dataclass
class EnricherConfig:
    reply_model: str = 'claude-3-5-sonnet-20241022'
    summary_model: str = 'gpt-4o-mini'
    rerank_model: str = 'rerank-english-v3.0'
    top_n: int = 3
    extra: Dict[str, Any] = field(default_factory=dict)


class TicketEnricher:
    def __init__(self, openai_client: OpenAI, anthropic_client: Anthropic,
                 cohere_client: Optional[cohere.ClientV2] = None,
                 config: Optional[EnricherConfig] = None):
        self.openai = openai_client
        self.anthropic = anthropic_client
        self.cohere = cohere_client
        self.config = config or EnricherConfig()

    @classmethod
    def from_secrets(cls, get_secret_value) -> 'TicketEnricher':
        return cls(
            openai_client=OpenAI(api_key=get_secret_value('openai_api_key')),
            anthropic_client=Anthropic(api_key=get_secret_value('anthropic_api_key')),
            cohere_client=cohere.ClientV2(api_key=get_secret_value('cohere_api_key')),
        )

    def summarize(self, thread: str) -> str:
        resp = self.openai.chat.completions.create(
            model=self.config.summary_model,
            messages=[{'role': 'user', 'content': build_summary_prompt(thread)}],
            temperature=0.2,
        )
        return resp.choices[0].message.content.strip()

    def rerank_articles(self, query: str, articles: List[dict]) -> List[dict]:
        if not self.cohere or not articles:
            return articles[: self.config.top_n]
        result = self.cohere.rerank(
            model=self.config.rerank_model,
            query=query,
            documents=[f"{a['title']}\n{a.get('snippet', '')}" for a in articles],
            top_n=self.config.top_n,
        )
        return [articles[r.index] | {'relevance': r.relevance_score} for r in result.results]

    def draft_reply(self, category: str, summary: str, articles: List[dict]) -> str:
        msg = self.anthropic.messages.create(
            model=self.config.reply_model,
            max_tokens=600,
            temperature=0.4,
            messages=[{'role': 'user', 'content': build_reply_prompt(category, summary, articles)}],
        )
        return msg.content[0].text

    # TODO: move classification here once evaluate_classifier is migrated
