"""Natural language -> SQL, with one automatic repair round."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from google.genai import types

from dashboard.llm import get_backend, get_genai_client
from dashboard.llm.prompts import SQL_REPAIR_SYSTEM, SQL_SYSTEM, sql_user_prompt

log = logging.getLogger(__name__)

_FENCE = re.compile(r"^```(?:sql)?\s*|\s*```$", re.MULTILINE)


@dataclass
class SQLResult:
    sql: str
    backend: str
    repaired: bool = False
    error: str | None = None


def strip_fences(text: str) -> str:
    return _FENCE.sub("", text).strip().rstrip(";") + ";"


class SQLWriter:
    def __init__(self, backend_name: str = "openai", runner=None):
        self.backend_name = backend_name
        self.runner = runner  # callable(sql) -> DataFrame, raises on error

    def generate(self, question: str, schema: dict) -> SQLResult:
        backend = get_backend(self.backend_name)
        reply = backend.complete(SQL_SYSTEM, [{"role": "user", "content": sql_user_prompt(question, schema)}])
        result = SQLResult(sql=strip_fences(reply.text), backend=backend.name)
        if self.runner is None:
            return result
        try:
            self.runner(result.sql + " LIMIT 0")
        except Exception as exc:  # noqa: BLE001
            log.info("generated SQL failed (%s), trying repair", exc)
            result.sql = repair_sql(get_genai_client(), result.sql, str(exc))
            result.repaired = True
        return result


def repair_sql(client, sql: str, error: str, model: str = "gemini-2.0-flash") -> str:
    resp = client.models.generate_content(
        model=model,
        contents=f"SQL:\n{sql}\n\nError:\n{error}",
        config=types.GenerateContentConfig(system_instruction=SQL_REPAIR_SYSTEM, temperature=0.0),
    )
    return strip_fences(resp.text or sql)


async def explain_sql(sql: str, model: str = "gemini-2.0-flash") -> str:
    client = get_genai_client()
    tokens = client.models.count_tokens(model=model, contents=sql)
    if (tokens.total_tokens or 0) > 8000:
        return "Query is too long to explain."
    resp = await client.aio.models.generate_content(
        model=model,
        contents=f"Explain in plain English what this SQL does:\n{sql}",
    )
    return resp.text or ""
