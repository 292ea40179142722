"""Render NetBox objects into compact text for prompts."""
from __future__ import annotations

from ..constants import MAX_CONTEXT_CHARS


def _ip(obj):
    ip = getattr(obj, "primary_ip", None)
    return str(ip.address) if ip else "none"


def render_object_context(obj) -> str:
    lines = [f"{obj._meta.verbose_name}: {obj}"]
    for attr in ("site", "location", "rack", "role", "platform", "tenant", "status", "cluster"):
        value = getattr(obj, attr, None)
        if value:
            lines.append(f"{attr}: {value}")
    lines.append(f"primary_ip: {_ip(obj)}")
    if hasattr(obj, "interfaces"):
        ifaces = list(obj.interfaces.all()[:40])
        lines.append(f"interfaces ({len(ifaces)} shown):")
        for iface in ifaces:
            state = "up" if iface.enabled else "disabled"
            lines.append(f"  - {iface.name} [{iface.type}] {state} {iface.description or ''}".rstrip())
    if getattr(obj, "comments", ""):
        lines.append(f"comments: {obj.comments}")
    tags = ", ".join(t.name for t in obj.tags.all()) if hasattr(obj, "tags") else ""
    if tags:
        lines.append(f"tags: {tags}")
    text = "\n".join(lines)
    return text[:MAX_CONTEXT_CHARS]


def render_journal(entries) -> str:
    return "\n".join(f"[{e.created:%Y-%m-%d}] {e.kind}: {e.comments}" for e in entries)
