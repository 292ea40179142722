"""House summary for the dashboard (input_text.house_summary) and the 'how is the house' service.

Runs every 30 minutes and whenever someone arrives home.
"""
import ai
import house_state
from ai.prompts import HOUSE_SYSTEM, SUMMARY_TEMPLATE, format_states
from multi_model_service import TaskComplexity, multi_model_service

ai.configure(pyscript.config.get("global", {}))

SUMMARY_ENTITY = "input_text.house_summary"
WATCHED = [
    "binary_sensor.front_door", "binary_sensor.back_door", "binary_sensor.garage_door",
    "lock.front_door", "climate.living_room", "sensor.house_power", "alarm_control_panel.home",
    "light.living_room", "light.kitchen", "light.bedroom", "sensor.outdoor_temperature",
]


def _collect():
    states = {}
    for entity_id in WATCHED:
        try:
            states[entity_id] = (state.get(entity_id), state.getattr(entity_id) or {})
        except NameError:
            log.debug(f"{entity_id} does not exist")
    return house_state.condense(states)


@pyscript_compile
def _summarize_stream(client, prompt):
    # Gemini streams fine and lets us show partial text on the dashboard while it thinks
    parts = []
    for chunk in client.models.generate_content_stream(model="gemini-2.0-flash", contents=prompt):
        if chunk.text:
            parts.append(chunk.text)
    return "".join(parts)


@time_trigger("cron(*/30 * * * *)")
@state_trigger("person.alex == 'home' or person.sam == 'home'")
def refresh_house_summary():
    task.unique("house_summary")
    condensed = _collect()
    prompt = SUMMARY_TEMPLATE.format(states=format_states(condensed))
    client = ai.get_openai()
    resp = task.executor(
        client.chat.completions.create,
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": HOUSE_SYSTEM}, {"role": "user", "content": prompt}],
        max_tokens=160,
    )
    text = resp.choices[0].message.content.strip()
    state.set(SUMMARY_ENTITY, text[:255], full_text=text, source="openai")


@service
def house_summary_gemini():
    """yaml
name: House summary (Gemini)
description: Rebuild the dashboard summary using Gemini with streaming.
"""
    condensed = _collect()
    prompt = SUMMARY_TEMPLATE.format(states=format_states(condensed))
    text = task.executor(_summarize_stream, ai.get_genai(), prompt)
    state.set(SUMMARY_ENTITY, text[:255], full_text=text, source="gemini")


@service(supports_response="only")
async def how_is_the_house(detailed=False):
    """yaml
name: How is the house
description: Returns a short natural language summary of the house.
fields:
  detailed:
    selector:
      boolean:
"""
    condensed = _collect()
    prompt = SUMMARY_TEMPLATE.format(states=format_states(condensed))
    text = await multi_model_service.generate_response(
        prompt=prompt,
        task_type="summary",
        complexity=TaskComplexity.AGENTIC if detailed else TaskComplexity.SIMPLE,
        system=HOUSE_SYSTEM,
    )
    return {"summary": text}
