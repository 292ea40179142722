"""LLM-as-judge nodes. Run with ``run.py --eval`` against a labelled sample."""
from __future__ import annotations

import json
import logging

import anthropic
import pandas as pd
from hamilton.function_modifiers import config, extract_fields
from cerebras.cloud.sdk import Cerebras
from openai import OpenAI

from enrichment import prompts

logger = logging.getLogger(__name__)


def _parse(raw: str) -> dict:
    try:
        start, end = raw.index("{"), raw.rindex("}") + 1
        return json.loads(raw[start:end])
    except ValueError:
        logger.warning("judge returned non-JSON: %.80s", raw)
        return {"faithfulness": 0, "coverage": 0, "reason": "unparseable"}


@config.when(judge="claude")
def judge_scores__claude(
    eval_documents: pd.DataFrame,
    summaries: pd.Series,
    anthropic_client: anthropic.Anthropic,
    judge_model: str = "claude-3-5-sonnet-20241022",
) -> pd.DataFrame:
    rows = []
    for doc_id, body in zip(eval_documents["doc_id"], eval_documents["body"]):
        reply = anthropic_client.messages.create(
            model=judge_model,
            max_tokens=300,
            temperature=0,
            system=prompts.JUDGE_SYSTEM,
            messages=[{"role": "user", "content": prompts.JUDGE_USER.format(document=body[:20_000], summary=summaries.get(doc_id, ""))}],
        )
        rows.append({"doc_id": doc_id, **_parse(reply.content[0].text)})
    return pd.DataFrame(rows).set_index("doc_id")


@config.when(judge="openai")
def judge_scores__openai(
    eval_documents: pd.DataFrame,
    summaries: pd.Series,
    openai_client: OpenAI,
    judge_model: str = "gpt-4o",
) -> pd.DataFrame:
    rows = []
    for doc_id, body in zip(eval_documents["doc_id"], eval_documents["body"]):
        resp = openai_client.responses.create(
            model=judge_model,
            instructions=prompts.JUDGE_SYSTEM,
            input=prompts.JUDGE_USER.format(document=body[:20_000], summary=summaries.get(doc_id, "")),
        )
        rows.append({"doc_id": doc_id, **_parse(resp.output_text)})
    return pd.DataFrame(rows).set_index("doc_id")


@extract_fields({"mean_faithfulness": float, "mean_coverage": float})
def judge_summary(judge_scores: pd.DataFrame) -> dict:
    return {
        "mean_faithfulness": float(judge_scores["faithfulness"].mean()),
        "mean_coverage": float(judge_scores["coverage"].mean()),
    }


def safety_flags(summaries: pd.Series, openai_client: OpenAI) -> pd.Series:
    """Moderation pass over generated summaries before they are published."""
    texts = summaries.fillna("").tolist()
    result = openai_client.moderations.create(model="omni-moderation-latest", input=texts)
    return pd.Series([r.flagged for r in result.results], index=summaries.index)


def pairwise_preference(
    eval_documents: pd.DataFrame,
    summaries: pd.Series,
    baseline_summaries: pd.Series,
    cerebras_client: Cerebras,
    pairwise_model: str = "llama-3.3-70b",
) -> pd.Series:
    """A/B against the previous release's summaries. Returns 'A', 'B' or 'tie' per doc."""
    verdicts = {}
    for doc_id, body in zip(eval_documents["doc_id"], eval_documents["body"]):
        a, b = summaries.get(doc_id, ""), baseline_summaries.get(doc_id, "")
        if not a or not b:
            continue
        resp = cerebras_client.chat.completions.create(
            model=pairwise_model,
            temperature=0,
            max_tokens=4,
            messages=[
                {"role": "system", "content": "Which summary is better for the document? Answer A, B or tie."},
                {"role": "user", "content": f"DOCUMENT:\n{body[:12_000]}\n\nA: {a}\n\nB: {b}"},
            ],
        )
        answer = (resp.choices[0].message.content or "").strip().upper()
        verdicts[doc_id] = "A" if answer.startswith("A") else "B" if answer.startswith("B") else "tie"
    return pd.Series(verdicts)


def win_rate(pairwise_preference: pd.Series) -> float:
    decided = pairwise_preference[pairwise_preference != "tie"]
    return float((decided == "A").mean()) if len(decided) else 0.5
