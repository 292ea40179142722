"""PII / policy screening before tickets leave our VPC for third-party models."""
from __future__ import annotations

import re
from typing import List

from flytekit import task

from labelling_flows.images import llm_image
from labelling_flows.llm import get_openai_client
from labelling_flows.secrets import OPENAI_SECRET
from labelling_flows.utils.batching import chunked

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")


def scrub_pii(text: str) -> str:
    return _PHONE.sub("[PHONE]", _EMAIL.sub("[EMAIL]", text))


@task(container_image=llm_image, secret_requests=[OPENAI_SECRET], retries=2)
def screen_tickets(tickets: List[dict]) -> List[dict]:
    client = get_openai_client()
    kept: List[dict] = []
    for batch in chunked(tickets, 32):
        result = client.moderations.create(model="omni-moderation-latest", input=[t["text"] for t in batch])
        for ticket, verdict in zip(batch, result.results):
            if verdict.flagged:
                continue
            kept.append({**ticket, "text": scrub_pii(ticket["text"])})
    return kept
