"""Chat page: free-form questions about the selected dataset."""
from __future__ import annotations

import solara
import solara.lab

from lab import state
from lab.backend.clients import get_async_anthropic_client
from lab.backend.llm_usage_tracker import llm_tracker
from lab.backend.summarizer import profile
from lab.components import ChatPanel

starter_questions = solara.reactive([])


@solara.lab.task
async def load_starters():
    df = state.current_df()
    if df is None:
        starter_questions.value = []
        return
    model = "claude-3-5-haiku-latest"
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="chat_starters"
    ) as usage_log:
        msg = await get_async_anthropic_client().messages.create(
            model=model,
            max_tokens=300,
            messages=[{"role": "user", "content": f"Propose 4 short questions an analyst might ask about:\n{profile(df)}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    starter_questions.value = [l.lstrip("-0123456789. ").strip() for l in msg.content[0].text.splitlines() if l.strip()][:4]


@solara.component
def Page():
    solara.Title("Chat")
    solara.use_effect(lambda: load_starters(), [state.selected_dataset.value])
    if starter_questions.value:
        with solara.Row():
            for q in starter_questions.value:
                solara.Button(q, text=True, on_click=lambda q=q: state.add_message("user", q))
    with solara.Row():
        solara.Button("Clear", on_click=lambda: state.chat_history.set([]), icon_name="mdi-delete")
    ChatPanel()
