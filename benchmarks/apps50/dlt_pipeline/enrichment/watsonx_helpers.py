"""watsonx.ai helpers (NPS feedback runs on the IBM account for billing reasons)."""
from __future__ import annotations

from typing import Optional, Sequence

from ibm_watsonx_ai.foundation_models import ModelInference
from ibm_watsonx_ai.metanames import GenTextParamsMetaNames as GenParams

from enrichment import settings
from enrichment.clients import get_watsonx_embeddings, get_watsonx_model
from enrichment.prompts import SENTIMENT_PROMPT

_VALID = {"positive", "neutral", "negative"}


def sentiment(comment: str, model: Optional[ModelInference] = None) -> str:
    model = model or get_watsonx_model()
    answer = model.generate_text(
        prompt=SENTIMENT_PROMPT.format(comment=comment[:2000]),
        params={GenParams.MAX_NEW_TOKENS: 3, GenParams.TEMPERATURE: 0},
    )
    word = (answer or "").strip().lower().split(" ")[0]
    return word if word in _VALID else "neutral"


def summarize_feedback(comments: Sequence[str]) -> str:
    model = get_watsonx_model(settings.watsonx_chat_model_id())
    joined = "\n- ".join(c.strip() for c in comments if c.strip())
    resp = model.chat(
        messages=[
            {"role": "system", "content": "You summarise NPS survey comments for product managers."},
            {"role": "user", "content": f"Comments:\n- {joined}\n\nGive the top 3 themes."},
        ]
    )
    return resp["choices"][0]["message"]["content"]


def prompt_tokens(comment: str) -> int:
    result = get_watsonx_model().tokenize(prompt=SENTIMENT_PROMPT.format(comment=comment))
    return result["result"]["token_count"]


def embed_feedback(comments: Sequence[str]) -> list[list[float]]:
    return get_watsonx_embeddings().embed_documents(texts=list(comments))
