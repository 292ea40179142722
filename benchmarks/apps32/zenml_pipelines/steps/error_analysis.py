"""Error analysis for the evaluation pipeline.

Takes the graded answers, clusters the failures by embedding, and asks a
model to explain each cluster. Written during the Q3 eval push; the
clustering is deliberately simple (k-means on normalised vectors).
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
from typing_extensions import Annotated
from zenml import get_step_context, log_metadata, step

from llm import get_anthropic_client, get_genai_client, get_hf_client, get_mistral_client
from utils.costs import calculate_cost

logger = logging.getLogger(__name__)

EXPLAIN_SYSTEM = (
    "You are helping an ML engineer understand why a model failed on a set of "
    "customer questions. Be concrete, name the failure pattern, suggest one fix."
)


@dataclass
class FailureCluster:
    cluster_id: int
    size: int
    examples: List[Dict] = field(default_factory=list)
    explanation: str = ""
    models: Dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> Dict:
        return {
            "cluster_id": self.cluster_id,
            "size": self.size,
            "models": self.models,
            "explanation": self.explanation,
            "example_ids": [e["id"] for e in self.examples],
        }


# --------------------------------------------------------------------------- #
# embedding backends for clustering (cheap ones; quality is not critical here)
# --------------------------------------------------------------------------- #


def _embed_gemini(texts: Sequence[str], model: str = "text-embedding-004") -> np.ndarray:
    client = get_genai_client()
    result = client.models.embed_content(model=model, contents=list(texts))
    return np.asarray([e.values for e in result.embeddings], dtype=np.float32)


def _embed_hf(texts: Sequence[str], model: str = "sentence-transformers/all-MiniLM-L6-v2") -> np.ndarray:
    hf = get_hf_client()
    rows = [hf.feature_extraction(t, model=model) for t in texts]
    return np.asarray([np.asarray(r).reshape(-1) for r in rows], dtype=np.float32)


EMBED_BACKENDS = {"gemini": _embed_gemini, "hf": _embed_hf}


def _kmeans(x: np.ndarray, k: int, iters: int = 25, seed: int = 13) -> np.ndarray:
    rng = random.Random(seed)
    n = x.shape[0]
    k = max(1, min(k, n))
    x = x / (np.linalg.norm(x, axis=1, keepdims=True) + 1e-9)
    centroids = x[rng.sample(range(n), k)]
    assign = np.zeros(n, dtype=int)
    for _ in range(iters):
        sims = x @ centroids.T
        new_assign = sims.argmax(axis=1)
        if np.array_equal(new_assign, assign):
            break
        assign = new_assign
        for c in range(k):
            members = x[assign == c]
            if len(members):
                centroids[c] = members.mean(axis=0)
    return assign


def _choose_k(n: int) -> int:
    return max(2, min(8, int(math.sqrt(n / 2)) or 2))


# --------------------------------------------------------------------------- #
# explanations
# --------------------------------------------------------------------------- #


def _format_examples(examples: List[Dict], limit: int = 8) -> str:
    lines = []
    for e in examples[:limit]:
        lines.append(
            f"- Q: {e['question'][:300]}\n  expected: {e['reference'][:200]}\n  got: {e['answer'][:200]}"
        )
    return "\n".join(lines)


def _explain_with_claude(cluster: FailureCluster) -> Dict:
    client = get_anthropic_client()
    with client.messages.stream(
        model="claude-3-5-sonnet-latest",
        max_tokens=400,
        system=EXPLAIN_SYSTEM,
        messages=[{"role": "user", "content": _format_examples(cluster.examples)}],
    ) as stream:
        for _ in stream.text_stream:
            pass
        final = stream.get_final_message()
    return {
        "text": "".join(b.text for b in final.content if b.type == "text"),
        "in": final.usage.input_tokens,
        "out": final.usage.output_tokens,
        "model": "claude-3-5-sonnet-latest",
    }


async def _explain_with_mistral(cluster: FailureCluster, model: str = "mistral-large-latest") -> Dict:
    client = get_mistral_client()
    resp = await client.chat.complete_async(
        model=model,
        messages=[
            {"role": "system", "content": EXPLAIN_SYSTEM},
            {"role": "user", "content": _format_examples(cluster.examples)},
        ],
        max_tokens=400,
    )
    return {
        "text": resp.choices[0].message.content,
        "in": resp.usage.prompt_tokens,
        "out": resp.usage.completion_tokens,
        "model": model,
    }


async def _explain_all_mistral(clusters: List[FailureCluster]) -> List[Dict]:
    return await asyncio.gather(*(_explain_with_mistral(c) for c in clusters))


# --------------------------------------------------------------------------- #
# step
# --------------------------------------------------------------------------- #


@step(enable_cache=False)
def analyse_failures(
    graded: List[Dict],
    fail_below: float = 0.5,
    embed_backend: str = "gemini",
    explainer: str = "anthropic",
    max_clusters: Optional[int] = None,
) -> Annotated[List[Dict], "failure_clusters"]:
    failures = [row for row in graded if row["score"] < fail_below]
    if len(failures) < 4:
        logger.info("only %d failures, skipping clustering", len(failures))
        return []

    embed = EMBED_BACKENDS[embed_backend]
    vectors = embed([f"{r['question']}\n{r['answer']}" for r in failures])
    k = max_clusters or _choose_k(len(failures))
    assign = _kmeans(vectors, k)

    grouped: Dict[int, List[Dict]] = defaultdict(list)
    for row, c in zip(failures, assign):
        grouped[int(c)].append(row)

    clusters = [
        FailureCluster(
            cluster_id=c,
            size=len(rows),
            examples=rows,
            models=dict(Counter(r["model"] for r in rows)),
        )
        for c, rows in sorted(grouped.items(), key=lambda kv: -len(kv[1]))
    ]

    if explainer == "anthropic":
        explanations = [_explain_with_claude(c) for c in clusters]
    else:
        explanations = asyncio.run(_explain_all_mistral(clusters))

    spend = 0.0
    for cluster, exp in zip(clusters, explanations):
        cluster.explanation = exp["text"]
        spend += calculate_cost(exp["model"], exp["in"], exp["out"])

    ctx = get_step_context()
    log_metadata(
        metadata={"n_failures": len(failures), "n_clusters": len(clusters), "explain_usd": round(spend, 4)},
        step_name=ctx.step_run.name,
    )
    return [c.as_dict() for c in clusters]
