"""Weekly insights for the product and docs teams: topic clusters and help-center article drafts."""
from __future__ import annotations

import logging
import math
import os
import random
from collections import defaultdict
from typing import Dict, Iterable, List, Sequence

import litellm
from openai import OpenAI

from bot.llm.router import get_router
from bot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

LABEL_MODEL = "gpt-4o-mini"
KB_MODEL = os.environ.get("KB_DRAFT_MODEL", "gpt-4.1")

kb_client = OpenAI()

KB_INSTRUCTIONS = """\
You are a technical writer. From the resolved support conversation, write a help-center
article draft: a title line, a one-paragraph summary, then numbered steps. Remove any
customer names, emails, workspace IDs and other personal data.
"""


def _dist(a: Sequence[float], b: Sequence[float]) -> float:
    return math.sqrt(sum((x - y) ** 2 for x, y in zip(a, b)))


def kmeans(vectors: List[List[float]], k: int, iters: int = 20, seed: int = 7) -> List[int]:
    rng = random.Random(seed)
    centroids = rng.sample(vectors, k)
    assignment = [0] * len(vectors)
    for _ in range(iters):
        assignment = [min(range(k), key=lambda c: _dist(v, centroids[c])) for v in vectors]
        for c in range(k):
            members = [vectors[i] for i, a in enumerate(assignment) if a == c]
            if members:
                centroids[c] = [sum(col) / len(members) for col in zip(*members)]
    return assignment


async def embed_questions(questions: List[str]) -> List[List[float]]:
    router = get_router()
    out: List[List[float]] = []
    for start in range(0, len(questions), 100):
        batch = questions[start : start + 100]
        response = await router.aembedding(model="faq-embed", input=batch)
        out.extend(item["embedding"] for item in response.data)
    return out


async def label_cluster(samples: List[str]) -> str:
    prompt = "Give a short (max 5 words) topic label for these support questions:\n- " + "\n- ".join(samples[:15])
    async with llm_tracker.track_llm_call(
        provider="openai", model=LABEL_MODEL, feature_context="weekly_insights"
    ) as usage_log:
        response = await litellm.acompletion(
            model=LABEL_MODEL, messages=[{"role": "user", "content": prompt}], max_tokens=20
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content.strip()


async def weekly_topics(questions: List[str], k: int = 8) -> Dict[str, List[str]]:
    if len(questions) < k:
        return {"all": questions}
    vectors = await embed_questions(questions)
    assignment = kmeans(vectors, k)
    groups: Dict[int, List[str]] = defaultdict(list)
    for q, c in zip(questions, assignment):
        groups[c].append(q)
    labelled: Dict[str, List[str]] = {}
    for members in sorted(groups.values(), key=len, reverse=True):
        labelled[await label_cluster(members)] = members
    return labelled


def draft_article(transcript: str) -> str:
    response = kb_client.responses.create(
        model=KB_MODEL,
        instructions=KB_INSTRUCTIONS,
        input=transcript,
        max_output_tokens=1200,
    )
    return response.output_text


def draft_articles(transcripts: Iterable[str]) -> List[str]:
    drafts = []
    for t in transcripts:
        try:
            drafts.append(draft_article(t))
        except Exception:
            log.exception("kb draft failed")
    return drafts
