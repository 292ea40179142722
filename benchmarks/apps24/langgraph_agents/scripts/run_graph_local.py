#!/usr/bin/env python
"""Run the triage graph once from the command line (uses the sqlite checkpointer)."""
from __future__ import annotations

import argparse
import json
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.graphs import build_triage_graph  # noqa: E402
from app.graphs.checkpoint import get_checkpointer  # noqa: E402
from app.graphs.state import AgentContext  # noqa: E402
from app.providers import (  # noqa: E402
    get_anthropic_client,
    get_cerebras_client,
    get_cohere_client,
    get_mistral_client,
    get_openai_client,
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("message")
    ap.add_argument("--tenant", default="acme")
    ap.add_argument("--thread")
    ap.add_argument("--draw", action="store_true", help="print mermaid diagram and exit")
    args = ap.parse_args()

    graph = build_triage_graph(get_checkpointer())
    if args.draw:
        print(graph.get_graph().draw_mermaid())
        return

    thread_id = args.thread or f"cli-{uuid.uuid4().hex[:8]}"
    ctx = AgentContext(
        tenant_id=args.tenant,
        anthropic=get_anthropic_client(),
        cohere=get_cohere_client(),
        cerebras=get_cerebras_client(),
        mistral=get_mistral_client(),
    )
    result = graph.invoke(
        {"ticket_id": thread_id, "tenant_id": args.tenant, "messages": [{"role": "user", "content": args.message}]},
        config={"configurable": {"thread_id": thread_id, "openai_client": get_openai_client()}},
        context=ctx,
    )
    print(json.dumps({k: v for k, v in result.items() if k != "messages"}, indent=2, default=str))


if __name__ == "__main__":
    main()
