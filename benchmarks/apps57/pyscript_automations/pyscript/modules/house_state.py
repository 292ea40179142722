"""Pure helpers that turn HA states into something a prompt can use.

No pyscript globals here so it can be unit tested; callers pass state dicts in.
"""
INTERESTING_DOMAINS = ("binary_sensor", "lock", "light", "climate", "sensor", "cover", "alarm_control_panel")

IGNORED_SUFFIXES = ("_rssi", "_linkquality", "_battery_low", "_update_available")


def is_interesting(entity_id):
    domain = entity_id.split(".", 1)[0]
    return domain in INTERESTING_DOMAINS and not entity_id.endswith(IGNORED_SUFFIXES)


def friendly(entity_id, attrs):
    return attrs.get("friendly_name") or entity_id.split(".", 1)[1].replace("_", " ")


def condense(states):
    """states: {entity_id: (state, attrs)} -> {friendly name: text}."""
    out = {}
    for entity_id, (value, attrs) in states.items():
        if not is_interesting(entity_id) or value in ("unavailable", "unknown"):
            continue
        unit = attrs.get("unit_of_measurement", "")
        out[friendly(entity_id, attrs)] = f"{value}{(' ' + unit) if unit else ''}"
    return out


def open_things(states):
    return sorted(
        friendly(eid, attrs)
        for eid, (value, attrs) in states.items()
        if eid.startswith("binary_sensor.") and attrs.get("device_class") in ("door", "window", "garage_door")
        and value == "on"
    )
