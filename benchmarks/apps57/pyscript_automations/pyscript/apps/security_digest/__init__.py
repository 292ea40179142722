"""Nightly security digest: collects the day's camera descriptions and door events and asks
Claude to flag anything that looks suspicious, using a tool so the answer is machine readable.

Uses the clients that startup.py stores in hass.data.
"""
import datetime

cfg = pyscript.app_config or {}
MODEL = cfg.get("model", "claude-3-5-haiku-latest")
CAMERA_SENSORS = cfg.get("sensors", ["sensor.driveway_last_description", "sensor.front_porch_last_description"])

FLAG_TOOL = {
    "name": "report_findings",
    "description": "Report the security assessment of the day.",
    "input_schema": {
        "type": "object",
        "properties": {
            "suspicious": {"type": "boolean"},
            "reasons": {"type": "array", "items": {"type": "string"}},
            "summary": {"type": "string"},
        },
        "required": ["suspicious", "summary"],
    },
}


def _clients():
    return hass.data.get("pyscript_ai_clients", {})


def _history_lines():
    lines = []
    for sensor in CAMERA_SENSORS:
        attrs = state.getattr(sensor) or {}
        for item in attrs.get("history", [])[-20:]:
            lines.append(f"{sensor.split('.')[1]}: {item}")
    door_log = (state.getattr("sensor.door_events_today") or {}).get("events", [])
    lines.extend(f"door: {e}" for e in door_log[-30:])
    return lines


@pyscript_compile
def _assess(client, lines, model):
    msg = client.messages.create(
        model=model,
        max_tokens=500,
        tools=[FLAG_TOOL],
        tool_choice={"type": "tool", "name": "report_findings"},
        messages=[{"role": "user", "content": "Today's events at our house:\n" + "\n".join(lines)}],
    )
    for block in msg.content:
        if block.type == "tool_use":
            return block.input
    return {"suspicious": False, "summary": "no assessment"}


@time_trigger("cron(30 23 * * *)")
def nightly_security_digest():
    task.unique("security_digest")
    client = _clients().get("anthropic")
    if client is None:
        log.error("security_digest: AI clients not initialised (startup.py)")
        return
    lines = _history_lines()
    if not lines:
        return
    result = task.executor(_assess, client, lines, MODEL)
    state.set("binary_sensor.security_digest_flag", "on" if result.get("suspicious") else "off",
              summary=result.get("summary"), reasons=result.get("reasons", []),
              generated=datetime.datetime.now().isoformat())
    if result.get("suspicious"):
        service.call("notify", "family_phones", title="Security digest", message=result["summary"],
                     data={"priority": "high"})


@service
def security_digest_quick_check(question="Anything unusual today?"):
    """Ad-hoc question about today's events, answered by Groq (fast, cheap)."""
    groq_client = _clients().get("groq")
    resp = task.executor(
        groq_client.chat.completions.create,
        model="llama-3.1-8b-instant",
        messages=[{"role": "system", "content": "\n".join(_history_lines())},
                  {"role": "user", "content": question}],
        max_tokens=150,
    )
    answer = resp.choices[0].message.content
    state.set("sensor.security_quick_answer", answer[:255])
    return answer
