from __future__ import annotations

import json
import re
import unicodedata

_WS = re.compile(r"\s+")
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.M)


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return _WS.sub(" ", text).strip()


def parse_json_reply(reply: str) -> dict:
    cleaned = _FENCE.sub("", reply.strip())
    try:
        return json.loads(cleaned)
    except json.JSONDecodeError:
        start, end = cleaned.find("{"), cleaned.rfind("}")
        if start == -1 or end == -1:
            return {}
        return json.loads(cleaned[start:end + 1])


def truncate(text: str, max_chars: int = 4000) -> str:
    return text if len(text) <= max_chars else text[: max_chars - 3] + "..."
