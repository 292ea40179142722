"""Chat about the currently selected dataset, streaming tokens into the UI."""
from __future__ import annotations

import solara

from lab import state
from lab.backend.registry import registry
from lab.backend.summarizer import profile


def _system_prompt() -> str:
    df = state.current_df()
    base = "You are a data analyst helping a colleague explore a dataset."
    if df is None:
        return base
    return f"{base}\nDataset profile:\n{profile(df, max_cols=25)}"


@solara.component
def ChatPanel():
    draft, set_draft = solara.use_state("")
    partial, set_partial = solara.use_state("")
    pending, set_pending = solara.use_state(None)

    def run_stream():
        if pending is None:
            return
        entry = registry.get(state.provider.value)
        model = state.model.value or entry.default_model
        history = [{"role": m.role, "content": m.content} for m in state.chat_history.value]
        buf = []
        if entry.kind == "anthropic":
            with entry.client.messages.stream(
                model=model,
                max_tokens=1024,
                system=_system_prompt(),
                messages=history,
            ) as stream:
                for text in stream.text_stream:
                    buf.append(text)
                    set_partial("".join(buf))
                final = stream.get_final_message()
            state.record_usage("chat", model, final.usage)
        else:
            stream = entry.client.chat.completions.create(
                model=model,
                messages=[{"role": "system", "content": _system_prompt()}, *history],
                temperature=state.temperature.value,
                stream=True,
                stream_options={"include_usage": True},
            )
            for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    buf.append(chunk.choices[0].delta.content)
                    set_partial("".join(buf))
                if chunk.usage:
                    state.record_usage("chat", model, chunk.usage)
        state.add_message("assistant", "".join(buf))
        set_partial("")
        set_pending(None)

    result = solara.use_thread(run_stream, dependencies=[pending])

    def send():
        if not draft.strip():
            return
        state.add_message("user", draft)
        set_pending(draft)
        set_draft("")

    with solara.Column():
        for m in state.chat_history.value:
            with solara.Card(m.role):
                solara.Markdown(m.content)
        if partial:
            solara.Markdown(partial + " ▌")
        if result.error:
            solara.Error(str(result.error))
        solara.InputText("Ask about the data", value=draft, on_value=set_draft, continuous_update=True)
        solara.Button("Send", on_click=send, disabled=pending is not None)
