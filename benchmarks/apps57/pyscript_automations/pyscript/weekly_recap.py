"""Sunday evening recap of the week: events from the logbook digest sensor, turned into a
structured recap (highlights + to-dos) shown on the 'Week' dashboard view."""
import json

import pydantic

import ai
from llm_usage_tracker import calculate_cost


class Recap(pydantic.BaseModel):
    highlights: list[str]
    todos: list[str]
    mood: str


@pyscript_compile
def _structured_recap(client, digest):
    completion = client.chat.completions.parse(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You turn a week of smart-home events into a family recap."},
            {"role": "user", "content": digest},
        ],
        response_format=Recap,
    )
    parsed = completion.choices[0].message.parsed
    usage = completion.usage
    return parsed.model_dump(), calculate_cost("gpt-4o-mini", usage.prompt_tokens, usage.completion_tokens)


@pyscript_compile
def _local_recap(digest):
    client = ai.get_ollama()
    resp = client.generate(
        model="qwen2.5:7b",
        prompt="Return JSON with keys highlights, todos, mood for this week of home events:\n" + digest,
        format="json",
    )
    return json.loads(resp["response"])


@time_trigger("cron(0 19 * * 0)")
def weekly_recap():
    task.unique("weekly_recap")
    digest = (state.getattr("sensor.logbook_digest") or {}).get("week", "")
    if not digest:
        log.warning("weekly_recap: no digest available")
        return
    if state.get("input_select.recap_backend") == "local":
        recap, cost = task.executor(_local_recap, digest), 0.0
    else:
        recap, cost = task.executor(_structured_recap, ai.get_openai(), digest)
    state.set("sensor.weekly_recap", recap.get("mood", "ok"), highlights=recap.get("highlights", []),
              todos=recap.get("todos", []), cost_usd=round(cost, 4))
