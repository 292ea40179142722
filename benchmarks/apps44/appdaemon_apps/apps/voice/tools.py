"""Tool definitions the voice agent may use, and their execution against HA."""
import json

TOOLS = [
    {
        "name": "turn_on",
        "description": "Turn on a light, switch or fan.",
        "input_schema": {
            "type": "object",
            "properties": {"entity_id": {"type": "string"}, "brightness_pct": {"type": "integer"}},
            "required": ["entity_id"],
        },
    },
    {
        "name": "turn_off",
        "description": "Turn off a light, switch or fan.",
        "input_schema": {
            "type": "object",
            "properties": {"entity_id": {"type": "string"}},
            "required": ["entity_id"],
        },
    },
    {
        "name": "get_state",
        "description": "Read the current state of an entity.",
        "input_schema": {
            "type": "object",
            "properties": {"entity_id": {"type": "string"}},
            "required": ["entity_id"],
        },
    },
]

ALLOWED_DOMAINS = {"light", "switch", "fan", "sensor", "binary_sensor", "climate", "cover"}


def _domain(entity_id):
    return entity_id.split(".", 1)[0]


def run_tool(app, name, tool_input):
    entity_id = tool_input.get("entity_id", "")
    if _domain(entity_id) not in ALLOWED_DOMAINS:
        return json.dumps({"error": f"not allowed: {entity_id}"})
    if name == "turn_on":
        extra = {"brightness_pct": tool_input["brightness_pct"]} if "brightness_pct" in tool_input else {}
        app.call_service("homeassistant/turn_on", entity_id=entity_id, **extra)
        return json.dumps({"ok": True})
    if name == "turn_off":
        app.call_service("homeassistant/turn_off", entity_id=entity_id)
        return json.dumps({"ok": True})
    if name == "get_state":
        return json.dumps({"entity_id": entity_id, "state": app.get_state(entity_id)})
    return json.dumps({"error": f"unknown tool {name}"})


def entity_catalogue(app, domains=("light", "switch", "fan", "climate", "cover")):
    lines = []
    for domain in domains:
        for entity_id, state in (app.get_state(domain) or {}).items():
            name = state.get("attributes", {}).get("friendly_name", entity_id)
            lines.append(f"{entity_id} ({name}): {state.get('state')}")
    return "\n".join(lines)
