"""Review summaries shown on the PDP ("What customers say")."""
from typing import Iterator, List

from include.catalogue.models import Review
from include.config import settings
from include.llm.clients import get_hf_client, get_watsonx_model
from include.prompts import REVIEW_SUMMARY
from include.utils.text import truncate

MAX_REVIEW_CHARS = 12000


def _review_block(reviews: List[Review]) -> str:
    lines = [f"({r.rating}/5) {r.body.strip()}" for r in reviews if r.body]
    return truncate("\n".join(lines), MAX_REVIEW_CHARS)


def summarise_reviews(title: str, reviews: List[Review]) -> str:
    client = get_hf_client(settings.hf.chat_model)
    output = client.chat_completion(
        messages=[
            {"role": "user", "content": REVIEW_SUMMARY.substitute(title=title, reviews=_review_block(reviews))}
        ],
        max_tokens=300,
        temperature=0.2,
    )
    return output.choices[0].message.content.strip()


def stream_summary(title: str, reviews: List[Review]) -> Iterator[str]:
    """Streaming variant used by the merchandiser preview tool."""
    client = get_hf_client()
    stream = client.chat.completions.create(
        model=settings.hf.chat_model,
        messages=[
            {"role": "user", "content": REVIEW_SUMMARY.substitute(title=title, reviews=_review_block(reviews))}
        ],
        max_tokens=300,
        stream=True,
    )
    for chunk in stream:
        delta = chunk.choices[0].delta.content
        if delta:
            yield delta


def summarise_reviews_watsonx(title: str, reviews: List[Review]) -> str:
    """Long review sets (>200) go to the 70B on watsonx, streamed to avoid gateway timeouts."""
    model = get_watsonx_model(settings.watsonx.summary_model, params={"max_tokens": 400, "temperature": 0.2})
    parts = []
    for chunk in model.chat_stream(
        messages=[{"role": "user", "content": REVIEW_SUMMARY.substitute(title=title, reviews=_review_block(reviews))}]
    ):
        choices = chunk.get("choices") or []
        if choices and choices[0]["delta"].get("content"):
            parts.append(choices[0]["delta"]["content"])
    return "".join(parts).strip()
