"""Localisation and trend tools."""
from __future__ import annotations

import asyncio

from nicegui import run, ui

from studio.components import page_frame
from studio.services.grok_trends import stream_trend_summary, trend_summary
from studio.services.translation import SUPPORTED_LANGUAGES, count_prompt_tokens, translate, translate_streaming
from studio.storage import pref
from studio.utils.costs import estimate_cost_usd, format_usd


@ui.page("/localise")
async def localise_page() -> None:
    with page_frame("Localise"):
        source = ui.textarea("Source copy (English)").classes("w-full")
        langs = ui.select(SUPPORTED_LANGUAGES, multiple=True, value=[pref("language")], label="Languages").classes("w-96")
        tone = ui.input("Tone", value="friendly")
        preview = ui.label("").classes("text-xs opacity-60")
        results = ui.column().classes("w-full")

        async def estimate() -> None:
            tokens = await run.io_bound(count_prompt_tokens, source.value or "", "German")
            total = estimate_cost_usd("gemini-2.0-flash", tokens * len(langs.value), tokens * len(langs.value))
            preview.set_text(f"~{tokens} input tokens per language, ≈ {format_usd(total)} total")

        async def run_all() -> None:
            results.clear()
            outputs = await asyncio.gather(*(translate(source.value, lang, tone.value) for lang in langs.value))
            with results:
                for lang, text in zip(langs.value, outputs):
                    with ui.card().classes("w-full"):
                        ui.label(lang).classes("text-xs uppercase opacity-60")
                        ui.markdown(text)

        async def run_streaming() -> None:
            results.clear()
            for lang in langs.value:
                with results:
                    ui.label(lang).classes("text-xs uppercase opacity-60")
                    box = ui.markdown("")
                buf: list[str] = []

                def on_chunk(piece: str, box=box, buf=buf) -> None:
                    buf.append(piece)
                    box.set_content("".join(buf))

                await run.io_bound(translate_streaming, source.value or "", lang, on_chunk)

        with ui.row():
            ui.button("Estimate cost", on_click=estimate).props("flat")
            ui.button("Translate", icon="translate", on_click=run_all)
            ui.button("Translate (live)", on_click=run_streaming).props("outline")


@ui.page("/trends")
async def trends_page() -> None:
    with page_frame("Trends"):
        topic = ui.input("Topic", placeholder="serverless postgres").classes("w-full")
        audience = ui.input("Audience", value="B2B SaaS buyers")
        out = ui.markdown("").classes("w-full")
        live = ui.switch("Stream", value=True)

        async def go() -> None:
            if not topic.value:
                return
            out.set_content("")
            if live.value:
                text = ""
                async for piece in stream_trend_summary(topic.value):
                    text += piece
                    out.set_content(text)
            else:
                out.set_content(await trend_summary(topic.value, audience.value))

        ui.button("What are people saying?", icon="trending_up", on_click=go)
