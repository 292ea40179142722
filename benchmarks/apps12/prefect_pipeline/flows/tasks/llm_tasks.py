"""Model-calling tasks reused across flows.

Tags match the Prefect concurrency limits configured per provider
(``prefect concurrency-limit create azure-openai 8`` etc.).
"""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import List, Optional

from prefect import get_run_logger, task

from enrich import prompts
from enrich.classify import parse_classification
from enrich.clients import async_azure_openai, azure_openai, bedrock_runtime, cohere_client
from enrich.models import Account, Classification
from enrich.services.llm_usage_tracker import llm_tracker
from enrich.settings import get_settings


@task(retries=2, retry_delay_seconds=[10, 60], tags=["azure-openai"])
def embed_with_azure(texts: List[str]) -> List[List[float]]:
    s = get_settings()
    resp = azure_openai().embeddings.create(model=s.azure_embed_deployment, input=texts)
    return [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]


@task(retries=2, tags=["cohere"])
def embed_chunks_parallel(chunks: List[List[str]]) -> List[List[List[float]]]:
    """Embed several batches at once; Cohere allows 96 texts per request."""
    s = get_settings()
    co = cohere_client()
    with ThreadPoolExecutor(max_workers=s.max_workers) as pool:
        futures = [
            pool.submit(
                co.embed,
                texts=chunk,
                model=s.cohere_embed_model,
                input_type="search_document",
                embedding_types=["float"],
            )
            for chunk in chunks
        ]
        return [[list(v) for v in f.result().embeddings.float_] for f in futures]


@task(retries=3, retry_delay_seconds=20, tags=["bedrock"])
async def quick_summary(text: str, max_tokens: int = 200) -> str:
    s = get_settings()
    runtime = bedrock_runtime()
    resp = await asyncio.to_thread(
        runtime.converse,
        modelId=s.bedrock_fast_model,
        messages=[{"role": "user", "content": [{"text": f"Summarize in two sentences:\n\n{text}"}]}],
        inferenceConfig={"maxTokens": max_tokens, "temperature": 0.0},
    )
    return "".join(b.get("text", "") for b in resp["output"]["message"]["content"])


@task(retries=2, tags=["azure-openai"])
async def classify_account_tracked(account: Account, taxonomy: List[str]) -> Optional[Classification]:
    logger = get_run_logger()
    s = get_settings()
    client = async_azure_openai()
    async with llm_tracker.track_llm_call(
        provider="azure_openai",
        model=s.azure_chat_deployment,
        feature_context="account_classification",
    ) as usage_log:
        response = await client.chat.completions.create(
            model=s.azure_chat_deployment,
            messages=[
                {"role": "system", "content": prompts.CLASSIFY_SYSTEM},
                {"role": "user", "content": prompts.classify_user(account, taxonomy)},
            ],
            temperature=0,
            response_format={"type": "json_object"},
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    try:
        return parse_classification(response.choices[0].message.content)
    except Exception as exc:  # noqa: BLE001
        logger.warning("could not parse classification for %s: %s", account.account_id, exc)
        return None
