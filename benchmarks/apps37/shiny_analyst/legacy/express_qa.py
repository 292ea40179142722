# Legacy express chat over a CSV, Mistral-only (EU tenant). Being ported to modules/chat_panel.py.
import os

import pandas as pd
from mistralai import Mistral
from shiny import reactive
from shiny.express import input, ui

mistral = Mistral(api_key=os.getenv("MISTRAL_API_KEY", ""))
MODEL = "mistral-small-latest"

ui.page_opts(title="Data Q&A (legacy)", fillable=True)

with ui.sidebar():
    ui.input_file("f", "CSV file", accept=[".csv"])

chat = ui.Chat(id="chat")
chat.ui()

frame = reactive.value(None)


@reactive.effect
def _load():
    files = input.f()
    if files:
        frame.set(pd.read_csv(files[0]["datapath"]))


def _system() -> str:
    d = frame()
    if d is None:
        return "No data uploaded."
    return f"You answer questions about this table:\n{d.head(25).to_csv(index=False)}"


async def _stream(messages):
    res = await mistral.chat.stream_async(
        model=MODEL,
        messages=[{"role": "system", "content": _system()}, *messages],
    )
    async for event in res:
        piece = event.data.choices[0].delta.content
        if piece:
            yield piece


@chat.on_user_submit
async def _(user_input: str):
    history = [{"role": m["role"], "content": m["content"]} for m in chat.messages()]
    if len(history) > 20:
        history = history[-20:]
    await chat.append_message_stream(_stream(history))


@reactive.effect
@reactive.event(input.f)
def _greet():
    d = frame()
    if d is None:
        return
    r = mistral.chat.complete(
        model=MODEL,
        messages=[{"role": "user", "content": f"Suggest one good first question for a table with columns {list(d.columns)}"}],
        max_tokens=60,
    )
    chat.append_message(f"Loaded {len(d):,} rows. Maybe ask: *{r.choices[0].message.content}*")
