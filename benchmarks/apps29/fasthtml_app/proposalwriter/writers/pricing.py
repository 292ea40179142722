"""Fast effort/pricing estimates on Cerebras (low latency matters for the HTMX form)."""
from __future__ import annotations

import json
import logging

from ..services import get_cerebras, get_cerebras_async
from .prompts import PRICING, fill

log = logging.getLogger(__name__)

DAY_RATES = {"strategist": 1100, "designer": 850, "developer": 900, "pm": 750}


def _parse_items(text: str) -> list[dict]:
    try:
        start = text.index("{")
        data = json.loads(text[start: text.rindex("}") + 1])
        return list(data.get("line_items", []))
    except (ValueError, json.JSONDecodeError):
        log.warning("pricing JSON unparseable: %r", text[:200])
        return []


def price_items(items: list[dict]) -> dict:
    total = 0.0
    for item in items:
        rate = DAY_RATES.get(str(item.get("role", "")).lower(), 850)
        item["rate"] = rate
        item["subtotal"] = round(float(item.get("days", 0)) * rate, 2)
        total += item["subtotal"]
    return {"line_items": items, "total": round(total, 2)}


def estimate_pricing(scope: str, model: str = "llama-3.3-70b") -> dict:
    resp = get_cerebras().chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": fill(PRICING, scope=scope)}],
        response_format={"type": "json_object"},
        temperature=0.2,
    )
    return price_items(_parse_items(resp.choices[0].message.content))


async def estimate_pricing_async(scope: str, model: str = "llama-3.3-70b") -> dict:
    client = get_cerebras_async()
    resp = await client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": fill(PRICING, scope=scope)}],
        temperature=0.2,
    )
    return price_items(_parse_items(resp.choices[0].message.content))


def quick_line_items(scope_line: str, model: str = "llama3.1-8b") -> str:
    """Old text-completion prompt, kept because sales likes its terse output."""
    client = get_cerebras()
    out = client.completions.create(
        model=model,
        prompt=f"Deliverable: {scope_line}\nEstimated person-days:",
        max_tokens=16,
        temperature=0,
    )
    return out.choices[0].text.strip()
