"""Door / window alerts.

Front door open for more than 5 minutes -> phone notification with a short local-LLM phrasing
(ollama, so no data leaves the house). Garage left open after sunset -> TTS announcement.
"""
import ollama

import notify_helpers
import ollama_http

OLLAMA_MODEL = "llama3.2:3b"


@state_trigger("binary_sensor.front_door == 'on'", state_hold=300)
def front_door_left_open():
    task.unique("front_door_left_open")
    people = [p for p in ("person.alex", "person.sam") if state.get(p) == "home"]
    outside = state.get("sensor.outdoor_temperature")
    prompt = (f"Write one short, slightly funny notification (max 20 words) telling the family "
              f"that the front door has been open for 5 minutes. It is {outside} C outside.")
    try:
        result = task.executor(ollama.generate, model=OLLAMA_MODEL, prompt=prompt,
                               options={"temperature": 0.8})
        message = result["response"].strip()
    except Exception as exc:
        log.warning(f"ollama unavailable, using canned text: {exc}")
        message = "The front door has been open for 5 minutes."
    payload = notify_helpers.actionable("Front door", notify_helpers.shorten(message), actions=["Ignore"],
                                        tag="front_door")
    for target in notify_helpers.targets_for(people) or ["mobile_app_alex_pixel"]:
        service.call("notify", target, **payload)


@state_trigger("binary_sensor.garage_door == 'on' and sun.sun == 'below_horizon'", state_hold=600)
def garage_open_after_dark():
    task.unique("garage_open_after_dark")
    if not task.executor(ollama_http.is_up):
        service.call("tts", "speak", entity_id="tts.piper", media_player_entity_id="media_player.kitchen_speaker",
                     message="The garage door is still open.")
        return
    text = task.executor(ollama_http.generate,
                         "In one sentence, remind the family the garage door is open and it is dark outside.")
    service.call("tts", "speak", entity_id="tts.piper", media_player_entity_id="media_player.kitchen_speaker",
                 message=text)


@event_trigger("mobile_app_notification_action", "action == 'IGNORE'")
def door_alert_ignored(**kwargs):
    log.info(f"door alert ignored by {kwargs.get('context')}")
    state.set("input_boolean.door_alert_snoozed", "on")
