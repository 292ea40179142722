"""Document studio: upload a document, summarise it, outline it, ask questions."""

from __future__ import annotations

import asyncio
import logging

import mesop as me

from studio import backends
from studio.backends import get_backend
from studio.components import page_frame
from studio.moderation import check_text
from studio.settings import get_settings
from studio.state import SummaryState
from studio.summarizer import MapReduceSummarizer, chunk_text
from studio.summarizer.legacy_summarizer import quick_summary, quick_title
from studio.summarizer.qa import DocumentQA
from studio.uploads import extract_text, upload_to_openai

log = logging.getLogger(__name__)

MODES = [
    me.SelectOption(label="Map-reduce (Claude)", value="map_reduce"),
    me.SelectOption(label="Quick (legacy, GPT-4o mini)", value="quick"),
    me.SelectOption(label="Long context (Gemini)", value="gemini"),
]


def on_upload(e: me.UploadEvent):
    state = me.state(SummaryState)
    data = e.file.getvalue()
    state.document_name = e.file.name
    try:
        state.document_text = extract_text(e.file.name, e.file.mime_type, data)
    except ValueError as exc:
        state.progress = str(exc)
        return
    flagged, _ = check_text(state.document_text[:20_000])
    state.flagged = flagged
    if get_settings().environment == "prod":
        state.uploaded_file_id = upload_to_openai(e.file.name, data)
    state.progress = f"Loaded {len(state.document_text):,} characters"


def on_mode(e: me.SelectSelectionChangeEvent):
    me.state(SummaryState).mode = e.value


def on_summarise(e: me.ClickEvent):
    state = me.state(SummaryState)
    if not state.document_text or state.flagged:
        return
    state.summary = ""
    s = get_settings()

    if state.mode == "quick":
        state.progress = "Summarising (quick)…"
        yield
        state.summary = quick_summary(state.document_text)
        state.progress = "Done"
        yield
        return

    if state.mode == "gemini":
        state.progress = "Streaming from Gemini…"
        yield
        client = backends.get_genai_client()
        for chunk in client.models.generate_content_stream(
            model="gemini-2.5-pro",
            contents=[
                "Summarise this document in ~300 words, then list key points.",
                state.document_text,
            ],
        ):
            state.summary += chunk.text or ""
            yield
        state.progress = "Done"
        yield
        return

    summariser = MapReduceSummarizer(
        backends.get_anthropic_client(), model=s.summary_model, max_chars=s.chunk_chars
    )
    chunks = chunk_text(state.document_text, s.chunk_chars)
    state.chunks_total = len(chunks)
    partials = []
    for i, chunk in enumerate(chunks, start=1):
        partials.append(summariser.summarise_chunk(chunk))
        state.chunks_done = i
        state.progress = f"Summarised chunk {i}/{len(chunks)}"
        yield
    title = state.document_name or quick_title(state.document_text)
    for text in summariser.stream_reduce(title, partials):
        state.summary += text
        yield
    state.progress = "Done"
    yield


def on_outline(e: me.ClickEvent):
    state = me.state(SummaryState)
    backend = get_backend(state.backend_key)
    state.progress = f"Outlining with {backend.label}…"
    yield
    from studio.prompts import render

    state.outline = backend.run(render("outline", text=state.document_text[:30_000])).text
    state.progress = "Done"
    yield


def on_question(e: me.InputBlurEvent):
    me.state(SummaryState).question = e.value


async def on_ask(e: me.ClickEvent):
    state = me.state(SummaryState)
    if not state.question:
        return
    state.progress = "Thinking…"
    yield
    qa = DocumentQA(state.document_text)
    state.answer = await qa.answer(state.question)
    state.progress = ""
    yield


def on_ask_gemini(e: me.ClickEvent):
    state = me.state(SummaryState)
    qa = DocumentQA(state.document_text)
    state.answer = asyncio.run(qa.answer_with_gemini(state.question))


@me.page(path="/summarize", title="Prompt Studio · Documents")
def summarize_page():
    state = me.state(SummaryState)
    with page_frame("Document studio"):
        me.uploader(
            label="Upload document",
            accepted_file_types=[".pdf", ".txt", ".md"],
            on_upload=on_upload,
            type="flat",
        )
        if state.document_name:
            me.text(f"{state.document_name} — {state.progress}", type="caption")
        if state.flagged:
            me.text("This document was flagged by moderation and cannot be processed.",
                    style=me.Style(color="#c62828"))
        me.select(label="Mode", options=MODES, value=state.mode, on_selection_change=on_mode)
        with me.box(style=me.Style(display="flex", gap=8, margin=me.Margin.symmetric(vertical=12))):
            me.button("Summarise", on_click=on_summarise, type="flat")
            me.button("Outline", on_click=on_outline, type="stroked")
        if state.chunks_total > 1:
            me.progress_bar(mode="determinate", value=100 * state.chunks_done / state.chunks_total)
        me.markdown(state.summary)
        if state.outline:
            me.divider()
            me.markdown(state.outline)
        me.divider()
        me.input(label="Ask a question about the document", on_blur=on_question,
                 style=me.Style(width="100%"))
        with me.box(style=me.Style(display="flex", gap=8)):
            me.button("Ask", on_click=on_ask, type="flat")
            me.button("Ask Gemini", on_click=on_ask_gemini)
        if state.answer:
            me.markdown(state.answer)
