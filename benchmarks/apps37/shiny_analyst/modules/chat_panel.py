"""Chat panel shared by the Ask and Summary tabs.

Streams Claude responses into ``ui.Chat``. ``/research <topic>`` is routed to
Perplexity, ``/gpt`` forces the OpenAI fallback (handy when Anthropic is down).
"""
from __future__ import annotations

import logging

import anthropic
from shiny import module, reactive, ui

from config import get_settings
from services import get_async_openai_client, prompts
from services.web_research import stream_research

log = logging.getLogger(__name__)

WELCOME = (
    "Hi! Ask me about the dataset you uploaded. Try `/research <topic>` for "
    "web context or `/gpt <question>` to use the OpenAI model."
)


@module.ui
def chat_panel_ui(height: str = "640px"):
    return ui.card(
        ui.card_header("Assistant"),
        ui.chat_ui("chat", placeholder="Ask about your data\u2026", height=height),
        full_screen=True,
    )


@module.server
def chat_panel_server(input, output, session, dataset, claude: anthropic.AsyncAnthropic):
    chat = ui.Chat(id="chat", messages=[{"role": "assistant", "content": WELCOME}])
    settings = get_settings()

    def _context() -> str:
        ds = dataset()
        if ds is None:
            return "No dataset is loaded yet."
        return prompts.dataset_context(ds.df, ds.name, rows=15)

    async def _claude_stream(history: list[dict]):
        async with claude.messages.stream(
            model=settings.claude_model,
            max_tokens=1500,
            system=f"{prompts.ANALYST_SYSTEM}\n\n{_context()}",
            messages=prompts.to_anthropic_messages(history),
        ) as stream:
            async for text in stream.text_stream:
                yield text

    async def _gpt_stream(history: list[dict]):
        client = get_async_openai_client()
        stream = await client.chat.completions.create(
            model=settings.default_chat_model,
            messages=prompts.to_openai_messages(history, system=f"{prompts.ANALYST_SYSTEM}\n\n{_context()}"),
            stream=True,
        )
        async for chunk in stream:
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if delta:
                yield delta

    @chat.on_user_submit
    async def _on_submit(user_input: str):
        text = user_input.strip()
        history = chat.messages(format="anthropic")
        if text.startswith("/research"):
            topic = text.removeprefix("/research").strip() or "this dataset"
            cols = [] if dataset() is None else list(dataset().df.columns)
            await chat.append_message_stream(stream_research(topic, cols))
            return
        if text.startswith("/gpt"):
            await chat.append_message_stream(_gpt_stream(chat.messages(format="openai")))
            return
        try:
            await chat.append_message_stream(_claude_stream(history))
        except anthropic.APIStatusError as exc:
            log.warning("claude failed (%s), falling back to openai", exc.status_code)
            await chat.append_message_stream(_gpt_stream(chat.messages(format="openai")))

    @reactive.effect
    def _reset_on_dataset_change():
        ds = dataset()
        if ds is not None:
            chat.update_user_input(placeholder=f"Ask about {ds.name}\u2026")

    return chat
