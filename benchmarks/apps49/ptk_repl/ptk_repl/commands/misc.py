from __future__ import annotations

import json
from pathlib import Path

from ptk_repl.services.llm_usage_tracker import llm_tracker
from ptk_repl.services.pricing import format_cost
from ptk_repl.ui import printing

from .base import COMMANDS, command


@command("help", aliases=("h", "?"))
def help_(state, name: str = ""):
    """Show commands, or details for one command."""
    if name:
        cmd = COMMANDS.get(name.lstrip("/"))
        printing.info(cmd.help if cmd else f"no such command {name}")
        return
    seen = set()
    for key, cmd in sorted(COMMANDS.items()):
        if cmd.name in seen:
            continue
        seen.add(cmd.name)
        first = cmd.help.split("\n")[0]
        printing.dim(f"  /{cmd.name:<12} {first}")


@command("new", aliases=("clear",))
def new(state):
    """Start a new conversation."""
    conv = state.new_conversation()
    printing.info(f"new conversation {conv.id}")


@command("provider", aliases=("model",))
def provider(state, spec: str = ""):
    """Show or switch provider: /provider anthropic[:model]"""
    if not spec:
        printing.info(state.registry.active().describe())
        return
    name, _, model = spec.partition(":")
    prov = state.registry.switch(name, model or None)
    printing.info(f"now using {prov.describe()}")


@command("history")
def history(state, limit: str = "15"):
    """List recent conversations."""
    for conv_id, title, _updated in state.store.recent(int(limit)):
        printing.dim(f"  {conv_id}  {title or '(untitled)'}")


@command("load")
def load(state, conv_id: str):
    """Resume a saved conversation."""
    conv = state.store.load(conv_id)
    if conv is None:
        printing.error(f"no conversation {conv_id}")
        return
    state.conversation = conv
    try:
        state.registry.switch(conv.provider, conv.model)
    except KeyError:
        pass
    printing.info(f"loaded {conv.id} ({len(conv.messages)} messages)")


@command("export")
def export(state, path: str = ""):
    """Export the conversation as JSON (or markdown if the path ends in .md)."""
    conv = state.conversation
    target = Path(path or f"{conv.id}.json").expanduser()
    if target.suffix == ".md":
        body = "\n\n".join(f"**{m.role}**: {m.content}" for m in conv.messages)
        target.write_text(f"# {conv.title or conv.id}\n\n{body}\n", encoding="utf-8")
    else:
        target.write_text(
            json.dumps({"id": conv.id, "title": conv.title, "messages": [m.as_dict() for m in conv.messages]}, indent=2),
            encoding="utf-8",
        )
    printing.info(f"wrote {target}")


@command("usage")
def usage(state):
    """Show token usage and estimated cost so far."""
    rows = llm_tracker.read_all()
    total = sum(r.get("cost_usd", 0.0) for r in rows)
    by_feature: dict[str, float] = {}
    for r in rows:
        by_feature[r["feature_context"]] = by_feature.get(r["feature_context"], 0.0) + r.get("cost_usd", 0.0)
    for feature, cost in sorted(by_feature.items(), key=lambda kv: -kv[1]):
        printing.dim(f"  {feature:<24} {format_cost(cost)}")
    printing.info(f"total {format_cost(total)} over {len(rows)} tracked calls")


@command("quit", aliases=("exit", "q"))
def quit_(state):
    """Leave the REPL."""
    state.running = False
