"""Nightly evaluation of yesterday's generated copy.

Samples generated descriptions, scores them with several judges and writes a
CSV report that the dashboard picks up.

Usage: python jobs/nightly_eval.py --tenant acme-uk --sample 200
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import logging
import os
import random
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
for _lib in ("libs/llmkit", "libs/catalog"):
    _path = str(REPO_ROOT / _lib)
    if _path not in sys.path:
        sys.path.insert(0, _path)

import litellm  # noqa: E402
from groq import AsyncGroq  # noqa: E402

from llmkit.clients import get_async_azure_openai, get_fireworks  # noqa: E402
from llmkit.config import get_settings  # noqa: E402
from llmkit.services.llm_usage_tracker import llm_tracker  # noqa: E402

from catalog.descriptions import SYSTEM_PROMPT, build_prompt  # noqa: E402
from catalog.evaluation import Judge, consistency_check, granite_tone_score, grok_pairwise  # noqa: E402
from catalog.models import Product, load_products, make_session_factory  # noqa: E402
from catalog.notify import OnCallNotifier  # noqa: E402

logger = logging.getLogger("jobs.nightly_eval")

JUDGE_MODEL = "accounts/fireworks/models/llama-v3p1-70b-instruct"
FLUENCY_PROMPT = "Rate the fluency of this {lang} text from 1 to 5. Reply with the digit only.\n\n{text}"


async def fluency_score(text: str, locale: str, tenant_id: str) -> int:
    async with llm_tracker.track_llm_call(feature="nightly_eval.fluency", tenant_id=tenant_id) as usage_log:
        response = await litellm.acompletion(
            model="azure/gpt-4o-mini",
            messages=[{"role": "user", "content": FLUENCY_PROMPT.format(lang=locale, text=text)}],
            temperature=0,
            max_tokens=2,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    content = response.choices[0].message.content.strip()
    return int(content) if content.isdigit() else 0


async def reference_description(product: Product) -> str:
    response = await get_async_azure_openai().chat.completions.create(
        model=get_settings().azure_chat_deployment,
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": build_prompt(product)},
        ],
        temperature=0.2,
    )
    return response.choices[0].message.content.strip()


async def language_matches(groq: AsyncGroq, text: str, locale: str) -> bool:
    response = await groq.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[
            {"role": "system", "content": "Reply with the ISO 639-1 code of the text's language only."},
            {"role": "user", "content": text[:1500]},
        ],
        max_tokens=3,
        temperature=0,
    )
    return response.choices[0].message.content.strip().lower() == locale.split("-")[0]


async def evaluate(products: list[Product], groq: AsyncGroq) -> list[dict]:
    judge = Judge(client=get_fireworks(), model=JUDGE_MODEL)
    rows: list[dict] = []
    for product in products:
        if not product.description:
            continue
        reference = await reference_description(product)
        verdict = await asyncio.to_thread(judge, product, product.description)
        rows.append(
            {
                "sku": product.sku,
                "locale": product.locale,
                "faithfulness": verdict.faithfulness,
                "readability": verdict.readability,
                "hallucination_free": verdict.hallucination_free,
                "preferred": await asyncio.to_thread(grok_pairwise, product, product.description, reference),
                "tone": await asyncio.to_thread(granite_tone_score, product.description),
                "consistent": await asyncio.to_thread(consistency_check, product, product.description),
                "fluency": await fluency_score(product.description, product.locale, product.tenant_id),
                "language_ok": await language_matches(groq, product.description, product.locale),
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--out", type=Path, default=Path("reports/nightly_eval.csv"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    sessions = make_session_factory(os.environ["CATALOG_DB_DSN"])
    with sessions() as session:
        products = load_products(session, args.tenant)
    sample = random.Random(20240601).sample(products, min(args.sample, len(products)))

    groq = AsyncGroq(api_key=os.environ["GROQ_API_KEY"])
    try:
        rows = asyncio.run(evaluate(sample, groq))
    except Exception as exc:
        OnCallNotifier().job_failed("nightly_eval", repr(exc))
        raise

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["sku"])
        writer.writeheader()
        writer.writerows(rows)
    logger.info("evaluated %d products -> %s", len(rows), args.out)


if __name__ == "__main__":
    main()
