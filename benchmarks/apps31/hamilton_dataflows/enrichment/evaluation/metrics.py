"""Non-LLM metrics and cost accounting for an evaluation run."""
from __future__ import annotations

import re

import litellm
import pandas as pd

from enrichment.services.llm_usage_tracker import llm_tracker

_TOKEN = re.compile(r"\w+")


def eval_documents(documents: pd.DataFrame, eval_ids: list[str]) -> pd.DataFrame:
    return documents[documents["doc_id"].isin(eval_ids)].reset_index(drop=True)


def _rouge1(ref: str, hyp: str) -> float:
    r = set(_TOKEN.findall(ref.lower()))
    h = set(_TOKEN.findall(hyp.lower()))
    if not r or not h:
        return 0.0
    overlap = len(r & h)
    p, rc = overlap / len(h), overlap / len(r)
    return 0.0 if overlap == 0 else 2 * p * rc / (p + rc)


def rouge1_vs_reference(summaries: pd.Series, reference_summaries: pd.Series) -> pd.Series:
    idx = summaries.index.intersection(reference_summaries.index)
    return pd.Series({i: _rouge1(reference_summaries[i], summaries[i]) for i in idx})


def compression_ratio(summaries: pd.Series, documents: pd.DataFrame) -> pd.Series:
    lengths = documents.set_index("doc_id")["body"].str.len()
    return summaries.str.len() / lengths.reindex(summaries.index).clip(lower=1)


def run_cost_usd() -> float:
    """Sum the cost of every tracked call since the last drain."""
    total = 0.0
    for log in llm_tracker.drain():
        try:
            prompt_cost, completion_cost = litellm.cost_per_token(
                model=log.model, prompt_tokens=log.input_tokens, completion_tokens=log.output_tokens
            )
        except Exception:  # unknown model in litellm's price map
            continue
        total += prompt_cost + completion_cost
    return total


def eval_report(
    rouge1_vs_reference: pd.Series,
    compression_ratio: pd.Series,
    mean_faithfulness: float,
    mean_coverage: float,
) -> dict:
    return {
        "rouge1": float(rouge1_vs_reference.mean()),
        "compression": float(compression_ratio.median()),
        "faithfulness": mean_faithfulness,
        "coverage": mean_coverage,
        "cost_usd": run_cost_usd(),
    }
