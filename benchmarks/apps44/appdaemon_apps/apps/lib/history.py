"""Turn AppDaemon get_history() output into compact text for prompts."""
from collections import defaultdict
from datetime import datetime


def _parse_ts(value):
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def compress_history(history, max_points=24):
    """history is the list-of-lists HA returns; keep at most max_points per entity."""
    by_entity = defaultdict(list)
    for series in history or []:
        for point in series:
            by_entity[point["entity_id"]].append(point)
    lines = []
    for entity_id, points in sorted(by_entity.items()):
        step = max(1, len(points) // max_points)
        sampled = points[::step]
        values = []
        for p in sampled:
            ts = _parse_ts(p["last_changed"]).strftime("%H:%M")
            values.append(f"{ts}={p['state']}")
        lines.append(f"{entity_id}: " + ", ".join(values))
    return "\n".join(lines)


def numeric_stats(points):
    vals = []
    for p in points:
        try:
            vals.append(float(p["state"]))
        except (TypeError, ValueError):
            continue
    if not vals:
        return None
    return {"min": min(vals), "max": max(vals), "avg": round(sum(vals) / len(vals), 2)}


def daily_table(rows):
    return "\n".join(f"{day}: {kwh:.1f}" for day, kwh in rows)
