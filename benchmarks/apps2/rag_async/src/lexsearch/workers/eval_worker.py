"""Offline answer-quality evaluation against the golden question set."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import math
import os
from dataclasses import asdict, dataclass
from typing import Sequence

import litellm
from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

from lexsearch.adapters import build_chat_model, build_embedder, build_reranker
from lexsearch.services.answer import AnswerService
from lexsearch.services.query_rewriter import QueryRewriter
from lexsearch.services.retrieval import HybridRetriever
from lexsearch.vector_store import PgVectorIndex

logger = logging.getLogger("lexsearch.eval")

JUDGE_MODEL = os.environ.get("EVAL_JUDGE_MODEL", "claude-opus-4-1")
GRADER_MODEL = os.environ.get("EVAL_GRADER_MODEL", "gpt-4.1")
SIMILARITY_MODEL = "text-embedding-3-small"

JUDGE_PROMPT = """Grade the research answer against the reference answer.
Score faithfulness to the sources and legal accuracy from 1 to 5.
Reply with JSON {{"faithfulness": n, "accuracy": n, "notes": "..."}}.

Question: {question}
Reference: {reference}
Answer: {answer}"""

GRADER_INSTRUCTIONS = (
    "You check whether each citation in an answer appears in the list of allowed sources. "
    'Reply with JSON {"hallucinated_citations": [...]}.'
)


@dataclass
class GoldenItem:
    question: str
    reference: str
    tenant_id: str = "eval"


@dataclass
class EvalResult:
    question: str
    faithfulness: int
    accuracy: int
    hallucinated: list[str]
    similarity: float


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


class Evaluator:
    def __init__(self, service: AnswerService) -> None:
        self._service = service
        self._judge = AsyncAnthropic(api_key=os.environ["EVAL_ANTHROPIC_API_KEY"])
        self._grader = AsyncOpenAI(api_key=os.environ["EVAL_OPENAI_API_KEY"])

    async def _judge_answer(self, item: GoldenItem, answer: str) -> dict[str, object]:
        message = await self._judge.messages.create(
            model=JUDGE_MODEL,
            max_tokens=300,
            messages=[
                {
                    "role": "user",
                    "content": JUDGE_PROMPT.format(
                        question=item.question, reference=item.reference, answer=answer
                    ),
                }
            ],
        )
        return json.loads(message.content[0].text)

    async def _grade_citations(self, answer: str, sources: list[str]) -> list[str]:
        response = await self._grader.responses.create(
            model=GRADER_MODEL,
            instructions=GRADER_INSTRUCTIONS,
            input=f"Allowed sources:\n{json.dumps(sources)}\n\nAnswer:\n{answer}",
            text={"format": {"type": "json_object"}},
        )
        return list(json.loads(response.output_text).get("hallucinated_citations", []))

    async def _similarity(self, answer: str, reference: str) -> float:
        response = await litellm.aembedding(model=SIMILARITY_MODEL, input=[answer, reference])
        first, second = (row["embedding"] for row in response.data)
        return _cosine(first, second)

    async def evaluate(self, item: GoldenItem) -> EvalResult:
        result = await self._service.answer(item.question, item.tenant_id)
        citations = [p.citation for p in result.sources if p.citation]
        verdict, hallucinated, similarity = await asyncio.gather(
            self._judge_answer(item, result.text),
            self._grade_citations(result.text, citations),
            self._similarity(result.text, item.reference),
        )
        return EvalResult(
            question=item.question,
            faithfulness=int(verdict.get("faithfulness", 0)),
            accuracy=int(verdict.get("accuracy", 0)),
            hallucinated=hallucinated,
            similarity=round(similarity, 4),
        )


async def run(path: str, chat_provider: str, out: str) -> None:
    with open(path, encoding="utf-8") as handle:
        items = [GoldenItem(**json.loads(line)) for line in handle if line.strip()]
    retriever = HybridRetriever(build_embedder(), build_reranker(), PgVectorIndex())
    service = AnswerService(QueryRewriter(), retriever, build_chat_model(chat_provider))
    evaluator = Evaluator(service)
    results = []
    for item in items:
        try:
            results.append(await evaluator.evaluate(item))
        except Exception:
            logger.exception("evaluation failed for %r", item.question[:60])
    with open(out, "w", encoding="utf-8") as handle:
        for result in results:
            handle.write(json.dumps(asdict(result)) + "\n")
    if results:
        mean = sum(r.accuracy for r in results) / len(results)
        logger.info("evaluated %d items, mean accuracy %.2f", len(results), mean)


def main() -> None:
    parser = argparse.ArgumentParser(description="lexsearch answer evaluation")
    parser.add_argument("golden", help="JSONL golden set")
    parser.add_argument("--chat-provider", default="anthropic")
    parser.add_argument("--out", default="eval_results.jsonl")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run(args.golden, args.chat_provider, args.out))


if __name__ == "__main__":
    main()
