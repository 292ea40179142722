"""Input guardrails run before labelling (PII + moderation)."""

from __future__ import annotations

import re
from typing import List

import pandas as pd
from typing_extensions import Annotated
from zenml import step

from llm.clients import get_openai_client

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE_RE = re.compile(r"\+?\d[\d\s().-]{7,}\d")


def scrub_pii(text: str) -> str:
    return PHONE_RE.sub("<PHONE>", EMAIL_RE.sub("<EMAIL>", text))


def _flagged(texts: List[str]) -> List[bool]:
    client = get_openai_client()
    result = client.moderations.create(model="omni-moderation-latest", input=texts)
    return [r.flagged for r in result.results]


@step
def moderate_inputs(tickets: pd.DataFrame, batch_size: int = 50) -> Annotated[pd.DataFrame, "clean_tickets"]:
    tickets = tickets.copy()
    tickets["body"] = tickets["body"].map(scrub_pii)
    flags: List[bool] = []
    bodies = tickets["body"].tolist()
    for i in range(0, len(bodies), batch_size):
        flags.extend(_flagged(bodies[i : i + batch_size]))
    tickets["flagged"] = flags
    return tickets[~tickets["flagged"]].drop(columns=["flagged"]).reset_index(drop=True)
