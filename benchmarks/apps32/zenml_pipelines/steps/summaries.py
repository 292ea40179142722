"""Per-cluster summaries of labelled tickets for the weekly report.

Uses open models (Together / HF endpoints) because the volume is large.
"""

from __future__ import annotations

from typing import Dict, List

import pandas as pd
from typing_extensions import Annotated
from zenml import step

from config.settings import get_settings
from llm import get_hf_client, get_together_client

SUMMARY_PROMPT = "Summarise the main themes of these support tickets in 5 bullet points:\n\n{tickets}"


class TicketSummarizer:
    def __init__(self, model: str, client=None):
        self.model = model
        self.client = client or get_together_client()

    def summarize(self, bodies: List[str]) -> str:
        joined = "\n---\n".join(b[:500] for b in bodies[:40])
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": SUMMARY_PROMPT.format(tickets=joined)}],
            max_tokens=400,
            temperature=0.3,
        )
        return resp.choices[0].message.content


def _hf_summary(bodies: List[str]) -> str:
    hf = get_hf_client()
    out = hf.chat_completion(
        messages=[{"role": "user", "content": SUMMARY_PROMPT.format(tickets="\n---\n".join(bodies[:20]))}],
        max_tokens=400,
    )
    return out.choices[0].message.content


@step
def summarize_by_label(
    labelled: pd.DataFrame,
    backend: str = "together",
    model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo",
) -> Annotated[Dict[str, str], "label_summaries"]:
    summarizer = TicketSummarizer(model=model) if backend == "together" else None
    summaries: Dict[str, str] = {}
    for label, group in labelled.groupby("label"):
        bodies = group["body"].tolist()
        if summarizer is not None:
            summaries[str(label)] = summarizer.summarize(bodies)
        else:
            summaries[str(label)] = _hf_summary(bodies)
    summaries["_model"] = model if backend == "together" else get_settings().hf_model
    return summaries
