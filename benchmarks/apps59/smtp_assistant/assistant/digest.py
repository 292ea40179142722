"""Morning digest email (new path)."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

from assistant.pipeline.summarise import one_line_summary
from assistant.services.multi_model_service import TaskComplexity, multi_model_service
from assistant.storage import Store
from assistant.templates import registry

log = logging.getLogger(__name__)


async def build_digest(store: Store, hours: int = 24) -> str:
    since = (datetime.now(timezone.utc) - timedelta(hours=hours)).isoformat()
    rows = [r for r in store.recent(300) if (r["received_at"] or "") >= since]
    urgent = [r for r in rows if (r["urgency"] or 0) >= 4]
    lines = []
    for r in urgent[:10]:
        lines.append(f"* [{r['category']}] {r['sender']}: {r['subject']}")
    overview = await multi_model_service.generate_response(
        prompt="Write a two-sentence overview of today's inbox:\n" + "\n".join(
            f"{r['category']}: {r['subject']}" for r in rows[:80]
        ),
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )
    top = await one_line_summary("\n".join(lines)) if lines else "Nothing urgent."
    body = registry.create("digest", "Good morning,\n\n$overview\n\nTop: $top\n\n$items\n").generate(
        overview=overview, top=top, items="\n".join(lines)
    )
    return body
