"""Prompt templates shared by the assistants."""

EXPLAIN_SYSTEM = (
    "You are a senior network engineer. Explain the given device configuration "
    "section by section for a junior NOC engineer. Call out risky or unusual settings. "
    "Be concise and use bullet points."
)

AUDIT_SYSTEM = (
    "You audit network device configurations against the operator's standards. "
    "Return JSON: {\"findings\": [{\"severity\": \"high|medium|low\", \"line\": str, \"issue\": str, \"fix\": str}]}"
)

CHANGE_PLAN_SYSTEM = (
    "You draft method-of-procedure (MOP) change plans for network changes. "
    "Include: pre-checks, implementation steps with exact CLI, verification, and rollback. "
    "Never invent interface names that are not in the provided inventory."
)

INCIDENT_SYSTEM = (
    "Summarise the network incident for an executive audience in under 200 words, "
    "then list the probable root cause and the affected sites."
)

SYSLOG_SYSTEM = (
    "Classify each syslog line into one of: link, routing, hardware, security, config, noise. "
    "Answer with one JSON object per line: {\"category\": ..., \"severity\": ..., \"confidence\": 0-1}."
)

SYSLOG_CATEGORIES = ["link", "routing", "hardware", "security", "config", "noise"]


def render_device_context(device):
    parts = [
        f"Hostname: {device.name}",
        f"Platform: {getattr(device.platform, 'name', 'unknown')}",
        f"Role: {getattr(device.role, 'name', 'unknown')}",
        f"Location: {getattr(device.location, 'name', 'unknown')}",
    ]
    if device.primary_ip:
        parts.append(f"Primary IP: {device.primary_ip.address}")
    return "\n".join(parts)


def render_inventory(interfaces):
    return "\n".join(
        f"- {iface.name} ({iface.type}) {'enabled' if iface.enabled else 'disabled'} {iface.description or ''}".rstrip()
        for iface in interfaces
    )


def chunk_config(config_text, limit):
    """Split long configs on top-level stanzas so we don't cut a block in half."""
    if len(config_text) <= limit:
        return [config_text]
    chunks, current = [], []
    size = 0
    for line in config_text.splitlines(keepends=True):
        if size + len(line) > limit and not line.startswith(" ") and current:
            chunks.append("".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line)
    if current:
        chunks.append("".join(current))
    return chunks
