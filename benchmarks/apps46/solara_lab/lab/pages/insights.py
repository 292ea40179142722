from __future__ import annotations

import solara
import solara.lab

from lab import state
from lab.backend.insights import InsightFinder
from lab.backend.registry import registry
from lab.backend.media import is_allowed, transcribe

goal = solara.reactive("")
answer = solara.reactive("")


@solara.lab.task
def find_insights():
    ok, flagged = is_allowed(goal.value)
    if not ok:
        answer.value = f"Blocked by moderation: {', '.join(flagged)}"
        return
    finder = InsightFinder(client=registry.client_for("anthropic"), catalog=state.catalog.value)
    answer.value = finder.find(goal.value)


@solara.component
def Page():
    solara.Title("Insights")
    uploaded, set_uploaded = solara.use_state(None)

    def on_file(f):
        goal.value = transcribe(f["data"], f["name"])
        set_uploaded(f["name"])

    solara.InputText("What do you want to find out?", value=goal)
    solara.FileDrop(label="…or drop a voice note", on_file=on_file, lazy=False)
    if uploaded:
        solara.Text(f"Transcribed {uploaded}")
    solara.Button("Find insights", on_click=find_insights, disabled=not goal.value)
    solara.ProgressLinear(find_insights.pending)
    solara.Markdown(answer.value)
