from __future__ import annotations

import json
import logging
from typing import Dict, List

from common.clients import get_mistral
from common.prompts import ACTION_ITEMS
from common.settings import get_settings
from common.text_utils import strip_code_fences

log = logging.getLogger(__name__)


def extract_action_items(notes: str) -> List[Dict]:
    res = get_mistral().chat.complete(
        model=get_settings().action_items_model,
        messages=[{"role": "user", "content": ACTION_ITEMS.format(notes=notes)}],
        response_format={"type": "json_object"},
        temperature=0,
    )
    raw = strip_code_fences(res.choices[0].message.content or "{}")
    try:
        items = json.loads(raw).get("action_items", [])
    except json.JSONDecodeError:
        log.warning("action items were not valid JSON: %s", raw[:200])
        return []
    return [i for i in items if i.get("task")]


def as_rows(items: List[Dict]) -> List[List[str]]:
    return [[i.get("owner") or "?", i["task"], i.get("due") or ""] for i in items]
