"""Prompt templates.  Plain strings, no client code in here."""

ANOMALY_SYSTEM = (
    "You classify industrial sensor anomalies. Reply with JSON: "
    '{"label": one of ["spike", "drift", "stuck", "dropout", "noise", "normal"], '
    '"severity": 1-5, "reason": short string}.'
)

ANOMALY_USER = (
    "Sensor {sensor_id} ({kind}, unit {unit}) reported the following window "
    "(oldest first):\n{values}\nExpected range: {lo}..{hi}."
)

OPERATOR_SYSTEM = (
    "You are the plant floor assistant for site {site}. Answer operator "
    "questions briefly, citing sensor ids when relevant. If you do not know, say so. "
    "Never suggest bypassing an interlock."
)

ALARM_SUMMARY = (
    "Summarise this burst of {count} alarms from {area} into at most 4 bullet "
    "points for the shift lead. Group related alarms and name the most likely "
    "root cause.\n\n{alarms}"
)

DIAGNOSTICS = (
    "Device {device} sent this diagnostic dump. Identify the likely failing "
    "component and propose a next check.\n\n{dump}"
)


def render_values(values: list[float], limit: int = 60) -> str:
    tail = values[-limit:]
    return ", ".join(f"{v:.3f}" for v in tail)
