"""Snowflake sinks: enrichment rows and the run ledger."""
from __future__ import annotations

import json
import logging
import uuid
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional, Sequence

from enrich.blocks import snowflake_connector
from enrich.models import Account, EnrichmentResult
from enrich.settings import get_settings
from enrich.text import batched

log = logging.getLogger(__name__)

_INSERT_RESULT = """
insert into {schema}.RESULTS (ENTITY_TYPE, ENTITY_ID, FIELD, VALUE, MODEL, PROVIDER, CREATED_AT)
select %(entity_type)s, %(entity_id)s, %(field)s, parse_json(%(value)s), %(model)s, %(provider)s, %(created_at)s
"""


class SnowflakeWriter:
    def __init__(self, block_name: Optional[str] = None, schema: Optional[str] = None) -> None:
        s = get_settings()
        self._connector = snowflake_connector(block_name or s.snowflake_block)
        self._schema = schema or s.snowflake_schema

    def write_results(self, results: Sequence[EnrichmentResult], chunk: int = 500) -> int:
        written = 0
        sql = _INSERT_RESULT.format(schema=self._schema)
        for batch in batched(results, chunk):
            rows: List[Dict[str, Any]] = []
            for r in batch:
                row = r.to_row()
                row["value"] = json.dumps(row["value"], default=str)
                rows.append(row)
            self._connector.execute_many(sql, seq_of_parameters=rows)
            written += len(rows)
        log.info("wrote %d rows to %s.RESULTS", written, self._schema)
        return written

    def fetch_accounts(self, since: Optional[datetime], limit: int) -> List[Account]:
        sql = (
            "select ACCOUNT_ID, NAME, DOMAIN, DESCRIPTION, INDUSTRY_HINT, COUNTRY, EMPLOYEES "
            "from CRM.ACCOUNTS where UPDATED_AT >= %(since)s order by UPDATED_AT limit %(limit)s"
        )
        rows = self._connector.fetch_all(
            sql, parameters={"since": since or datetime(1970, 1, 1), "limit": limit}
        )
        return [Account(str(r[0]), r[1], r[2], r[3] or "", r[4], r[5], r[6]) for r in rows]

    def close(self) -> None:
        self._connector.close()

    def __enter__(self) -> "SnowflakeWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class RunLedger:
    """One row per flow run in ENRICHMENT.RUNS (status, counts, cost notes)."""

    def __init__(self, writer: SnowflakeWriter) -> None:
        self._connector = writer._connector
        self._schema = writer._schema

    def create(self, flow_name: str, params: Dict[str, Any]) -> str:
        run_id = str(uuid.uuid4())
        self._connector.execute(
            f"insert into {self._schema}.RUNS (RUN_ID, FLOW, PARAMS, STATUS, STARTED_AT) "
            "select %(run_id)s, %(flow)s, parse_json(%(params)s), 'RUNNING', %(ts)s",
            parameters={
                "run_id": run_id,
                "flow": flow_name,
                "params": json.dumps(params, default=str),
                "ts": datetime.now(timezone.utc),
            },
        )
        return run_id

    def finish(self, run_id: str, status: str, processed: int, completion_ratio: float) -> None:
        self._connector.execute(
            f"update {self._schema}.RUNS set STATUS=%(status)s, PROCESSED=%(n)s, "
            "COMPLETION=%(c)s, FINISHED_AT=%(ts)s where RUN_ID=%(run_id)s",
            parameters={
                "status": status,
                "n": processed,
                "c": completion_ratio,
                "ts": datetime.now(timezone.utc),
                "run_id": run_id,
            },
        )
