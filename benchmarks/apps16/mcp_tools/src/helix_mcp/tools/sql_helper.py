"""Text-to-SQL and query plan explanations (plain functions, see tools/__init__.py)."""
import logging

from mcp.server.fastmcp import Context
from mcp.server.fastmcp.exceptions import ToolError

from helix_mcp.lifespan import get_app
from helix_mcp.models import SqlDraft
from helix_mcp.textutil import truncate

log = logging.getLogger(__name__)

DIALECTS = {"postgres", "mysql", "bigquery", "snowflake", "sqlite"}

DRAFT_SYSTEM = (
    "You write {dialect} SQL for analysts. Use only tables and columns from the schema. "
    "Never write DDL or DML unless explicitly asked; set is_read_only accordingly."
)

PLAN_SYSTEM = (
    "Explain this query plan: where the time goes, which estimates are off, and the one or two "
    "changes (index, rewrite, statistics) most likely to help."
)


async def draft_sql(question: str, schema_ddl: str, ctx: Context, dialect: str = "postgres") -> SqlDraft:
    """Draft a SQL query that answers a question, given the schema DDL."""
    if dialect not in DIALECTS:
        raise ToolError(f"unsupported dialect {dialect!r}")
    app = get_app(ctx)
    completion = await app.openai.chat.completions.parse(
        model=app.settings.chat_model,
        messages=[
            {"role": "system", "content": DRAFT_SYSTEM.format(dialect=dialect)},
            {"role": "user", "content": f"Schema:\n{truncate(schema_ddl, 40_000)}\n\nQuestion: {question}"},
        ],
        response_format=SqlDraft,
        temperature=0,
    )
    message = completion.choices[0].message
    if message.parsed is None:
        raise ToolError(message.refusal or "model did not return a query")
    return message.parsed


async def explain_query_plan(plan: str, ctx: Context) -> str:
    """Explain an EXPLAIN (ANALYZE) plan and suggest fixes."""
    app = get_app(ctx)
    raw = await app.openai.chat.completions.with_raw_response.create(
        model=app.settings.chat_model,
        messages=[
            {"role": "system", "content": PLAN_SYSTEM},
            {"role": "user", "content": truncate(plan, 50_000)},
        ],
    )
    remaining = raw.headers.get("x-ratelimit-remaining-tokens")
    if remaining is not None and int(remaining) < 50_000:
        log.warning("openai token budget low: %s remaining this minute", remaining)
    completion = raw.parse()
    return completion.choices[0].message.content or ""
