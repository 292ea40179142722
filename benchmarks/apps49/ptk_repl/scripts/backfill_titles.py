#!/usr/bin/env python
"""Give titles to conversations saved before auto-titling existed."""
from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ptk_repl.config import load_config  # noqa: E402
from ptk_repl.services.multi_model_service import TaskComplexity, multi_model_service  # noqa: E402
from ptk_repl.services.titles import generate_title  # noqa: E402
from ptk_repl.storage import ConversationStore  # noqa: E402


async def main(limit: int = 500, use_service: bool = False) -> None:
    cfg = load_config()
    store = ConversationStore(cfg.data_dir / "conversations.db")
    done = 0
    for conv_id, title, _ in store.recent(limit):
        if title:
            continue
        conv = store.load(conv_id)
        if conv is None or len(conv.messages) < 2:
            continue
        first, second = conv.messages[0].content, conv.messages[1].content
        if use_service:
            new_title = await multi_model_service.generate_response(
                prompt=f"Title (max 6 words) for a chat starting with: {first[:500]}",
                task_type="title_backfill",
                complexity=TaskComplexity.SIMPLE,
                max_tokens=20,
            )
        else:
            new_title = await generate_title(first, second)
        store.set_title(conv, new_title.strip())
        done += 1
        print(f"{conv.id}: {new_title}")
    print(f"titled {done} conversations")


if __name__ == "__main__":
    asyncio.run(main(use_service="--service" in sys.argv))
