"""Nightly CRM account enrichment: industry/segment, CRM blurb, account narrative."""
from __future__ import annotations

import argparse
import asyncio
from datetime import date, datetime, timedelta, timezone
from typing import List, Optional

from prefect import flow, get_run_logger, task

from enrich import prompts
from enrich.classify import DEFAULT_TAXONOMY, classify_accounts_async
from enrich.clients import async_azure_openai, azure_openai
from enrich.metrics import completion
from enrich.models import Account, EnrichmentResult
from enrich.services.multi_model_service import TaskComplexity, multi_model_service
from enrich.settings import get_settings
from enrich.storage import RunLedger, SnowflakeWriter
from flows.tasks.common import archive_to_s3, load_accounts, write_results

MIN_TOKENS_REMAINING = 50_000


@task(tags=["azure-openai"])
def check_azure_quota() -> int:
    """Cheap request to read the deployment's remaining token budget from headers."""
    s = get_settings()
    raw = azure_openai().chat.completions.with_raw_response.create(
        model=s.azure_chat_deployment,
        messages=[{"role": "user", "content": "ok"}],
        max_tokens=1,
    )
    remaining = raw.headers.get("x-ratelimit-remaining-tokens")
    return int(remaining) if remaining else MIN_TOKENS_REMAINING


@task(retries=1, tags=["azure-openai"])
async def write_blurbs(accounts: List[Account], batch_size: int = 20) -> List[EnrichmentResult]:
    s = get_settings()
    client = async_azure_openai()
    results: List[EnrichmentResult] = []
    for i in range(0, len(accounts), batch_size):
        batch = accounts[i : i + batch_size]
        responses = await asyncio.gather(
            *[
                client.chat.completions.create(
                    model=s.azure_chat_deployment,
                    messages=[{"role": "user", "content": prompts.account_blurb(a)}],
                    temperature=0.4,
                    max_tokens=160,
                )
                for a in batch
            ]
        )
        for account, resp in zip(batch, responses):
            results.append(EnrichmentResult(
                entity_type="account",
                entity_id=account.account_id,
                field="crm_blurb",
                value=resp.choices[0].message.content,
                model=s.azure_chat_deployment,
                provider="azure_openai",
            ))
    return results


@task(tags=["bedrock"])
async def account_narratives(accounts: List[Account]) -> List[EnrichmentResult]:
    s = get_settings()
    out: List[EnrichmentResult] = []
    for account in accounts:
        text = await multi_model_service.generate_response(
            prompt=f"{prompts.account_blurb(account)}\n\nThen list three likely buying triggers.",
            task_type="account_narrative",
            complexity=TaskComplexity.AGENTIC,
            max_tokens=600,
        )
        out.append(EnrichmentResult("account", account.account_id, "narrative", text,
                                    s.bedrock_chat_model, "bedrock"))
    return out


@flow(name="enrich-accounts", log_prints=True)
async def enrich_accounts(lookback_days: int = 1, limit: int = 5000, dry_run: bool = False) -> dict:
    logger = get_run_logger()
    s = get_settings()
    since: Optional[datetime] = datetime.now(timezone.utc) - timedelta(days=lookback_days)

    writer = SnowflakeWriter()
    ledger = RunLedger(writer)
    run_id = ledger.create("enrich-accounts", {"lookback_days": lookback_days, "limit": limit})

    accounts = load_accounts(since, limit)
    if not accounts:
        ledger.finish(run_id, "EMPTY", 0, 1.0)
        return {"run_id": run_id, "accounts": 0}

    remaining = check_azure_quota()
    if remaining < MIN_TOKENS_REMAINING:
        logger.warning("only %s tokens left on %s, limiting run", remaining, s.azure_chat_deployment)
        accounts = accounts[:200]

    classifications = await classify_accounts_async(accounts, concurrency=s.llm_concurrency,
                                                    taxonomy=DEFAULT_TAXONOMY)
    results: List[EnrichmentResult] = []
    for account, cls in zip(accounts, classifications):
        if cls is None:
            continue
        results.append(EnrichmentResult("account", account.account_id, "classification",
                                        cls.model_dump(), s.azure_chat_deployment, "azure_openai"))

    results.extend(await write_blurbs(accounts))

    enterprise = [a for a in accounts if (a.employee_count or 0) >= 1000]
    if enterprise:
        results.extend(await account_narratives(enterprise))

    done = len({r.entity_id for r in results})
    ratio = completion(done=done, total=len(accounts))
    if dry_run:
        print(f"dry run: {len(results)} results, completion {ratio:.1%}")
        ledger.finish(run_id, "DRY_RUN", done, ratio)
        return {"run_id": run_id, "accounts": len(accounts), "completion": ratio}

    written = write_results(results)
    archive_to_s3("enrich-accounts", date.today(), [r.to_row() for r in results])
    ledger.finish(run_id, "SUCCESS" if ratio > 0.95 else "PARTIAL", written, ratio)
    writer.close()
    return {"run_id": run_id, "accounts": len(accounts), "written": written, "completion": ratio}


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--lookback-days", type=int, default=1)
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    asyncio.run(enrich_accounts(args.lookback_days, args.limit, args.dry_run))
