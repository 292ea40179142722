"""Nightly energy report: collects the day's energy sensors and asks Gemini for a short
human-readable report with one saving tip. Posted to the family Telegram chat."""
from google import genai
from google.genai import types

import token_budget

ENERGY_SENSORS = [
    "sensor.energy_today", "sensor.solar_energy_today", "sensor.grid_import_today",
    "sensor.grid_export_today", "sensor.ev_charger_energy_today", "sensor.heat_pump_energy_today",
]

_cfg = pyscript.config.get("global", {})
client = genai.Client(api_key=_cfg.get("gemini_api_key"))
REPORT_MODEL = "gemini-2.0-flash"


def _energy_lines():
    lines = []
    for entity_id in ENERGY_SENSORS:
        value = state.get(entity_id)
        unit = (state.getattr(entity_id) or {}).get("unit_of_measurement", "kWh")
        lines.append(f"{entity_id.split('.')[1].replace('_', ' ')}: {value} {unit}")
    return lines


@time_trigger("cron(0 21 * * *)")
def nightly_energy_report():
    task.unique("nightly_energy_report")
    lines = token_budget.trim_to_budget(_energy_lines(), budget=1500)
    prompt = "Today's energy figures:\n" + "\n".join(lines) + (
        "\n\nWrite a 3 sentence report and one concrete tip to save energy tomorrow.")
    count = task.executor(client.models.count_tokens, model=REPORT_MODEL, contents=prompt)
    log.debug(f"energy report prompt is {count.total_tokens} tokens")
    resp = task.executor(
        client.models.generate_content,
        model=REPORT_MODEL,
        contents=prompt,
        config=types.GenerateContentConfig(temperature=0.3, max_output_tokens=250),
    )
    service.call("telegram_bot", "send_message", message=resp.text, title="Energy today")
    state.set("sensor.energy_report", "ok", report=resp.text)
