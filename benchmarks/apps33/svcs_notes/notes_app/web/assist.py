"""Assistant endpoints: ask, rewrite, chat with notes."""

from __future__ import annotations

import asyncio

import anthropic
import openai
import svcs
from flask import Blueprint, Response, abort, jsonify, request, stream_with_context
from google import genai

from notes_app.config import Settings
from notes_app.domain.repositories import NoteRepository
from notes_app.domain.use_cases import AskNotes
from notes_app.services import TaskComplexity, multi_model_service
from notes_app.services.keys import LocalLLM
from notes_app.services.llm_usage_tracker import llm_tracker
from notes_app.services.search import SearchService

bp = Blueprint("assist", __name__, url_prefix="/api/assist")


def _ask_use_case() -> AskNotes:
    search, llm, settings = svcs.flask.get(SearchService, openai.OpenAI, Settings)
    return AskNotes(search, llm, settings.chat_model)


@bp.post("/ask")
def ask():
    question = request.get_json(force=True)["question"]
    answer = _ask_use_case().ask(question)
    return jsonify({"answer": answer.text, "sources": answer.sources})


@bp.post("/ask/stream")
def ask_stream():
    question = request.get_json(force=True)["question"]
    use_case = _ask_use_case()
    return Response(stream_with_context(use_case.stream(question)), mimetype="text/plain")


@bp.post("/rewrite")
async def rewrite():
    """Rewrite a passage in a given style. Goes through the tracked service."""
    data = request.get_json(force=True)
    text = await multi_model_service.generate_response(
        prompt=f"Rewrite the following in a {data.get('style', 'clear')} style:\n\n{data['text']}",
        task_type="notes.rewrite",
        complexity=TaskComplexity.SIMPLE,
    )
    return jsonify({"text": text})


@bp.post("/outline")
async def outline():
    """Draft an outline for a long note. Tracked, legacy-style wrapper."""
    data = request.get_json(force=True)
    client = svcs.flask.get(anthropic.AsyncAnthropic)
    model = "claude-sonnet-4-20250514"
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="notes.outline"
    ) as usage_log:
        msg = await client.messages.create(
            model=model,
            max_tokens=1200,
            messages=[{"role": "user", "content": f"Outline this as nested bullets:\n\n{data['text']}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return jsonify({"outline": msg.content[0].text})


@bp.post("/chat/<int:note_id>")
def chat_with_note(note_id: int):
    """Multi-turn chat about one note, Gemini chat session."""
    repo, gclient, settings = svcs.flask.get(NoteRepository, genai.Client, Settings)
    note = repo.get(note_id)
    if note is None:
        abort(404)
    history = request.get_json(force=True).get("history", [])
    chat = gclient.chats.create(
        model=settings.digest_model,
        history=[
            genai.types.Content(role=turn["role"], parts=[genai.types.Part(text=turn["text"])])
            for turn in history
        ],
        config=genai.types.GenerateContentConfig(
            system_instruction=f"You are discussing this note:\n{note.title}\n{note.body[:8000]}"
        ),
    )
    reply = chat.send_message(request.get_json(force=True)["message"])
    return jsonify({"reply": reply.text})


@bp.post("/explain")
def explain_selection():
    """Explain a selected passage with Claude, streamed back to the editor."""
    data = request.get_json(force=True)
    client = svcs.flask.get(anthropic.Anthropic)

    def generate():
        with client.messages.stream(
            model="claude-3-5-haiku-latest",
            max_tokens=600,
            messages=[{"role": "user", "content": f"Explain briefly:\n\n{data['text']}"}],
        ) as stream:
            for text in stream.text_stream:
                yield text

    return Response(stream_with_context(generate()), mimetype="text/plain")


@bp.post("/private/summarize")
def private_summarize():
    """Summarize with the local model so the text never leaves the box."""
    data = request.get_json(force=True)
    local = svcs.flask.get(LocalLLM)
    settings = svcs.flask.get(Settings)
    resp = local.chat.completions.create(
        model=settings.local_model,
        messages=[
            {"role": "system", "content": "Summarize in three bullet points."},
            {"role": "user", "content": data["text"]},
        ],
    )
    return jsonify({"summary": resp.choices[0].message.content})


@bp.post("/gemini/quick")
async def gemini_quick():
    data = request.get_json(force=True)
    gclient = svcs.flask.get(genai.Client)
    resp = await gclient.aio.models.generate_content(
        model="gemini-2.0-flash-lite", contents=data["prompt"]
    )
    return jsonify({"text": resp.text})


@bp.post("/embed/batch")
async def embed_batch():
    """Used by the editor plugin to embed selections in the background."""
    texts = request.get_json(force=True)["texts"]
    client = svcs.flask.get(openai.OpenAI)
    resp = await asyncio.to_thread(
        client.embeddings.create, model="text-embedding-3-small", input=texts
    )
    return jsonify([d.embedding for d in resp.data])
