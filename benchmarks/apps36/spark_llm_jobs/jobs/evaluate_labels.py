"""Driver-side evaluation of the ticket classifier.

Samples labelled tickets, asks a judge model whether each label is right, and writes an
accuracy report. Runs on the driver only (a few hundred rows), so it uses asyncio.
"""
from __future__ import annotations

import asyncio
import json
import logging
import random

from anthropic import AsyncAnthropic
from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service
from pyspark.sql import functions as F

from jobs.common import JobConfig, base_arg_parser, get_openai_client
from jobs.common.costs import calculate_cost
from jobs.common.prompts import JUDGE
from jobs.common.spark_utils import build_spark

log = logging.getLogger("evaluate_labels")

judge = AsyncAnthropic()


async def judge_with_claude(ticket: str, pred: str, model: str) -> dict:
    msg = await judge.messages.create(
        model=model,
        max_tokens=200,
        messages=[{"role": "user", "content": JUDGE.substitute(ticket=ticket, pred=pred)}],
    )
    return _parse(msg.content[0].text)


async def judge_tracked(ticket: str, pred: str, model: str) -> dict:
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="ticket_label_eval"
    ) as usage_log:
        msg = await judge.messages.create(
            model=model,
            max_tokens=200,
            messages=[{"role": "user", "content": JUDGE.substitute(ticket=ticket, pred=pred)}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return _parse(msg.content[0].text)


async def judge_via_service(ticket: str, pred: str) -> dict:
    response = await multi_model_service.generate_response(
        prompt=JUDGE.substitute(ticket=ticket, pred=pred),
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )
    return _parse(response if isinstance(response, str) else response.get("content", ""))


async def embedding_agreement(texts: list[str], model: str) -> float:
    """Cheap sanity metric: mean cosine between ticket text and its category name."""
    client = get_openai_client()
    resp = await asyncio.to_thread(client.embeddings.create, model=model, input=texts)
    vecs = [d.embedding for d in resp.data]
    half = len(vecs) // 2
    sims = [sum(a * b for a, b in zip(vecs[i], vecs[i + half])) for i in range(half)]
    return sum(sims) / max(len(sims), 1)


def _parse(text: str) -> dict:
    try:
        return json.loads(text[text.find("{") : text.rfind("}") + 1])
    except (json.JSONDecodeError, ValueError):
        return {"correct": None, "reason": text[:200]}


async def run_eval(samples: list[dict], judge_model: str, mode: str) -> list[dict]:
    sem = asyncio.Semaphore(8)

    async def one(s: dict) -> dict:
        async with sem:
            if mode == "service":
                verdict = await judge_via_service(s["body"], s["category"])
            elif mode == "tracked":
                verdict = await judge_tracked(s["body"], s["category"], judge_model)
            else:
                verdict = await judge_with_claude(s["body"], s["category"], judge_model)
        return {**s, **verdict}

    return await asyncio.gather(*(one(s) for s in samples))


def main() -> None:
    parser = base_arg_parser(__doc__)
    parser.add_argument("--sample-size", type=int, default=300)
    parser.add_argument("--mode", choices=["direct", "tracked", "service"], default="tracked")
    args = parser.parse_args()
    cfg = JobConfig.from_yaml(args.config)
    spark = build_spark("evaluate-labels", cfg)

    labels = spark.table(cfg.output_table("ticket_labels")).where(F.col("ds") == args.date)
    tickets = spark.table(cfg.table("tickets")).select("ticket_id", "body")
    rows = labels.join(tickets, "ticket_id").select("ticket_id", "body", "category").collect()
    random.seed(13)
    samples = [r.asDict() for r in random.sample(rows, min(args.sample_size, len(rows)))]

    results = asyncio.run(run_eval(samples, cfg.anthropic["judge_model"], args.mode))
    judged = [r for r in results if r.get("correct") is not None]
    accuracy = sum(1 for r in judged if r["correct"]) / max(len(judged), 1)
    agreement = asyncio.run(
        embedding_agreement([s["body"][:2000] for s in samples] + [s["category"] for s in samples], cfg.openai["embedding_model"])
    )
    log.info("accuracy=%.3f on %d judged, embedding agreement=%.3f", accuracy, len(judged), agreement)
    log.info("approx judge cost: $%.2f", calculate_cost(cfg.anthropic["judge_model"], 400 * len(samples), 60 * len(samples)))

    report = spark.createDataFrame(
        [(args.date, cfg.anthropic["judge_model"], args.mode, len(samples), len(judged), accuracy, agreement)],
        "ds string, judge string, mode string, sampled int, judged int, accuracy double, agreement double",
    )
    report.write.mode("append").saveAsTable(cfg.output_table("label_eval_reports"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
