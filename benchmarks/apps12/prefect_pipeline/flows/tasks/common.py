"""Tasks shared by several flows: loading inputs and writing outputs."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from typing import Any, Dict, List, Optional, Sequence

from prefect import get_run_logger, task
from prefect.tasks import task_input_hash

from enrich.models import Account, EnrichmentResult, Ticket
from enrich.storage import ResultStore, SnowflakeWriter
from enrich.text import batched


@task(retries=2, retry_delay_seconds=30, cache_key_fn=task_input_hash)
def load_accounts(since: Optional[datetime], limit: int) -> List[Account]:
    logger = get_run_logger()
    with SnowflakeWriter() as sf:
        accounts = sf.fetch_accounts(since, limit)
    logger.info("loaded %d accounts", len(accounts))
    return accounts


@task(retries=2, retry_delay_seconds=30)
def load_open_tickets(hours: int = 2) -> List[Ticket]:
    with SnowflakeWriter() as sf:
        rows = sf._connector.fetch_all(
            "select TICKET_ID, SUBJECT, BODY, PRIORITY, PRODUCT, COMMENTS from SUPPORT.TICKETS "
            "where UPDATED_AT >= dateadd(hour, -%(h)s, current_timestamp())",
            parameters={"h": hours},
        )
    return [Ticket(str(r[0]), r[1], r[2] or "", r[3], r[4], list(r[5] or [])) for r in rows]


@task(retries=3, retry_delay_seconds=[10, 30, 90])
def write_results(results: Sequence[EnrichmentResult]) -> int:
    if not results:
        return 0
    with SnowflakeWriter() as sf:
        return sf.write_results(list(results))


@task
def archive_to_s3(flow_name: str, run_date: date, rows: List[Dict[str, Any]], parts: int = 4) -> List[str]:
    """Write raw rows to S3 as gzipped JSONL, a few parts in parallel."""
    store = ResultStore()
    size = max(1, len(rows) // parts + 1)

    def _put(i: int, chunk: List[Dict[str, Any]]) -> str:
        return store.put_jsonl_gz(store.key(flow_name, run_date, f"part-{i:04d}.jsonl.gz"), chunk)

    with ThreadPoolExecutor(max_workers=parts) as pool:
        futures = [pool.submit(_put, i, chunk) for i, chunk in enumerate(batched(rows, size))]
        return [f.result() for f in futures]
