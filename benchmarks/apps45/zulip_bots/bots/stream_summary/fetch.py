"""Fetching stream history through the Zulip REST API."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

import zulip

TARGET_RE = re.compile(r"#\*\*(?P<stream>[^*>]+)(?:>(?P<topic>[^*]+))?\*\*")


def parse_target(text: str) -> Optional[Tuple[str, Optional[str]]]:
    """Parse a ``#**stream>topic**`` link out of the request."""
    m = TARGET_RE.search(text)
    if not m:
        return None
    return m.group("stream").strip(), (m.group("topic") or "").strip() or None


def fetch_history(client: zulip.Client, stream: str, topic: Optional[str], limit: int = 200) -> List[Dict[str, Any]]:
    narrow: List[Dict[str, str]] = [{"operator": "stream", "operand": stream}]
    if topic:
        narrow.append({"operator": "topic", "operand": topic})
    result = client.get_messages(
        {"anchor": "newest", "num_before": limit, "num_after": 0, "narrow": narrow, "apply_markdown": False}
    )
    if result.get("result") != "success":
        raise RuntimeError(result.get("msg", "could not fetch messages"))
    return result["messages"]
