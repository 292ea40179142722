"""EventBridge schedule (06:00 UTC): e-mail the claims operations digest."""
from __future__ import annotations

import asyncio
import html
import json
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from typing import Any

from boto3.dynamodb.conditions import Key
from google.genai import types as genai_types

from claims_common.aws_clients import claims_table
from claims_common.backends import model_for
from claims_common.config import settings
from claims_common.llm_clients import gemini_client, together_client
from claims_common.notifications import publish_event, send_email
from claims_common.observability import logger, metrics, tracer
from claims_common.prompts import DIGEST_SYSTEM_PROMPT
from claims_common.retry import with_llm_retry


def _collect_stats(day: date) -> dict[str, Any]:
    table = claims_table()
    resp = table.query(
        IndexName="by-updated-date",
        KeyConditionExpression=Key("updated_date").eq(day.isoformat()),
    )
    items = resp.get("Items", [])
    return {
        "date": day.isoformat(),
        "claims_updated": len(items),
        "by_status": dict(Counter(i.get("status", "UNKNOWN") for i in items)),
        "by_line": dict(Counter(i.get("line_of_business", "other") for i in items)),
        "siu_referrals": sum(1 for i in items if i.get("siu_referral")),
        "high_severity": sum(1 for i in items if int(i.get("severity", 0)) >= 4),
    }


@with_llm_retry(max_attempts=3)
def _write_digest(stats: dict[str, Any]) -> str:
    resp = together_client.chat.completions.create(
        model=settings.together_model,
        messages=[
            {"role": "system", "content": DIGEST_SYSTEM_PROMPT},
            {"role": "user", "content": json.dumps(stats)},
        ],
        max_tokens=900,
        temperature=0.3,
    )
    return resp.choices[0].message.content


async def _translate(text: str, language: str) -> tuple[str, str]:
    resp = await gemini_client.aio.models.generate_content(
        model=settings.gemini_model,
        contents=f"Translate this operations digest into the language with ISO code '{language}':\n\n{text}",
        config=genai_types.GenerateContentConfig(temperature=0.1, max_output_tokens=1500),
    )
    return language, resp.text or ""


async def _translate_all(text: str, languages: tuple[str, ...]) -> dict[str, str]:
    pairs = await asyncio.gather(*(_translate(text, lang) for lang in languages))
    return dict(pairs)


def _render(digest: str, translations: dict[str, str]) -> str:
    sections = [f"<h2>Claims digest</h2><pre>{html.escape(digest)}</pre>"]
    for lang, text in sorted(translations.items()):
        sections.append(f"<h3>{lang.upper()}</h3><pre>{html.escape(text)}</pre>")
    return "\n".join(sections)


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    scheduled = datetime.fromisoformat(event.get("time", datetime.now(timezone.utc).isoformat()).replace("Z", "+00:00"))
    day = (scheduled - timedelta(days=1)).date()
    stats = _collect_stats(day)

    try:
        digest = _write_digest(stats)
    except Exception:  # noqa: BLE001 - the digest must go out even if Together is down
        logger.exception("Together digest failed; using Bedrock")
        digest = model_for("bedrock").complete(DIGEST_SYSTEM_PROMPT, json.dumps(stats), max_tokens=900)

    translations = asyncio.run(_translate_all(digest, settings.digest_languages))
    send_email(f"Claims digest {day.isoformat()}", _render(digest, translations), settings.digest_recipients)
    publish_event("digest.sent", {"date": day.isoformat(), "languages": sorted(translations)})
    return {"date": day.isoformat(), "claims": stats["claims_updated"]}
