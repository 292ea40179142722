"""Static configuration: model names, batch sizes, label taxonomy."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import List

DEFAULT_LABEL_MODEL = os.getenv("LABEL_MODEL", "gpt-4o-mini")
CLAUDE_MODEL = "claude-3-5-sonnet-20241022"
CLAUDE_FAST_MODEL = "claude-3-5-haiku-20241022"
GEMINI_MODEL = "gemini-2.0-flash"
GEMINI_EMBED_MODEL = "text-embedding-004"
OPENAI_EMBED_MODEL = "text-embedding-3-small"
COHERE_EMBED_MODEL = "embed-english-v3.0"
COHERE_RERANK_MODEL = "rerank-english-v3.0"
COHERE_CHAT_MODEL = "command-r-plus-08-2024"
TOGETHER_CHAT_MODEL = "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo"
TOGETHER_EMBED_MODEL = "togethercomputer/m2-bert-80M-8k-retrieval"
TOGETHER_RERANK_MODEL = "Salesforce/Llama-Rank-V1"
FIREWORKS_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"

LABEL_BATCH_SIZE = int(os.getenv("LABEL_BATCH_SIZE", "50"))
EMBED_BATCH_SIZE = 96  # cohere max texts per embed request


@dataclass
class Taxonomy:
    name: str
    labels: List[str] = field(default_factory=list)
    allow_multiple: bool = False

    def as_prompt_block(self) -> str:
        return "\n".join(f"- {label}" for label in self.labels)


TICKET_TAXONOMY = Taxonomy(
    name="support_ticket_intent",
    labels=[
        "billing",
        "account_access",
        "bug_report",
        "feature_request",
        "cancellation",
        "how_to",
        "other",
    ],
)

SENTIMENT_TAXONOMY = Taxonomy(name="sentiment", labels=["negative", "neutral", "positive"])
