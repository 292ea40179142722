"""Morning briefing app: weather-aware spoken briefing when the first person walks into the
kitchen after 6am, and a manual `pyscript.morning_briefing` service.

configuration.yaml:
  pyscript: apps: briefing: {announce_player: ..., provider: anthropic|google|groq, voice: nova}
"""
import datetime

import ai
import house_state
import weather
from ai.prompts import HOUSE_SYSTEM, briefing_prompt
from multi_model_service import TaskComplexity, multi_model_service

cfg = pyscript.app_config or {}
PLAYER = cfg.get("announce_player", "media_player.kitchen_speaker")
PROVIDER = cfg.get("provider", "anthropic")
VOICE = cfg.get("voice", "nova")

anthropic_client = ai.get_anthropic()
genai_client = ai.get_genai()


def _weather_text():
    attrs = state.getattr("weather.home") or {}
    w = weather.forecast_from_attributes(attrs)
    if w is None:
        w = task.executor(weather.open_meteo_today, cfg.get("lat", 52.37), cfg.get("lon", 4.89))
    return weather.describe(w)


def _house_text():
    states = {eid: (state.get(eid), state.getattr(eid) or {})
              for eid in state.names(domain="binary_sensor") + state.names(domain="climate")}
    opened = house_state.open_things(states)
    return "open: " + ", ".join(opened) if opened else "all doors and windows closed"


def _build_prompt(name):
    return briefing_prompt.generate(
        name=name,
        date=datetime.date.today().strftime("%A %d %B"),
        weather=_weather_text(),
        calendar=(state.getattr("calendar.family") or {}).get("message", "nothing scheduled"),
        house=_house_text(),
    )


async def _generate(prompt):
    if PROVIDER == "google":
        resp = await genai_client.aio.models.generate_content(model="gemini-2.0-flash", contents=prompt)
        return resp.text
    if PROVIDER == "anthropic":
        msg = task.executor(
            anthropic_client.messages.create,
            model="claude-3-5-haiku-latest",
            max_tokens=200,
            system=HOUSE_SYSTEM,
            messages=[{"role": "user", "content": prompt}],
        )
        return msg.content[0].text
    # anything else goes through the registry with its fallback chain
    return task.executor(ai.complete, PROVIDER, prompt)


def _announce(text):
    url = task.executor(ai.synthesize_to_file, text, VOICE)
    service.call("media_player", "volume_set", entity_id=PLAYER, volume_level=0.35)
    service.call("media_player", "play_media", entity_id=PLAYER, media_content_id=url,
                 media_content_type="music", announce=True)


@state_trigger("binary_sensor.kitchen_motion == 'on'")
@time_active("range(6:00, 10:00)")
async def morning_briefing_on_motion():
    if state.get("input_boolean.briefing_done_today") == "on":
        return
    task.unique("morning_briefing", kill_me=True)
    state.set("input_boolean.briefing_done_today", "on")
    text = await _generate(_build_prompt("everyone"))
    _announce(text)


@service
async def morning_briefing(name="everyone", speak=True, tracked=True):
    """yaml
name: Morning briefing
description: Build (and optionally speak) the morning briefing.
fields:
  name: {selector: {text: }}
  speak: {selector: {boolean: }}
  tracked: {selector: {boolean: }}
"""
    prompt = _build_prompt(name)
    if tracked:
        text = await multi_model_service.generate_response(
            prompt=prompt, task_type="briefing", complexity=TaskComplexity.SIMPLE, system=HOUSE_SYSTEM
        )
    else:
        text = await _generate(prompt)
    state.set("sensor.morning_briefing", "ready", text=text)
    if speak:
        _announce(text)


@time_trigger("cron(0 3 * * *)")
def reset_briefing_flag():
    state.set("input_boolean.briefing_done_today", "off")
    task.executor(ai.speech.cleanup_old)
