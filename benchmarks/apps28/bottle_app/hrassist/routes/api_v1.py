"""JSON API used by the intranet widget and the Teams bot.

Clients are injected by ProviderClientPlugin (installed in app.py).
"""

from __future__ import annotations

import logging

from bottle import Bottle, abort, request

from hrassist.hooks import current_user
from hrassist.prompts import CLASSIFY_TEMPLATE
from hrassist.services.onboarding import OnboardingPlanner
from hrassist.services.retrieval import cohere_rerank
from hrassist.services.translation import SUPPORTED, translate_document

log = logging.getLogger(__name__)

app = Bottle()

TOPICS = ("leave", "payroll", "benefits", "conduct", "travel", "remote_work", "other")


def _json_body() -> dict:
    body = request.json
    if not isinstance(body, dict):
        abort(400, "expected a JSON object")
    return body


@app.post("/search")
def search(cohere_client):
    body = _json_body()
    query = body.get("query", "").strip()
    docs = body.get("documents") or []
    if not query or not docs:
        abort(400, "query and documents are required")
    ranked = cohere_rerank(
        cohere_client,
        request.app.config["hr.cohere_rerank_model"],
        query,
        [d["text"] for d in docs],
        top_n=min(10, len(docs)),
    )
    return {"results": [{"id": docs[i]["id"], "score": score} for i, score in ranked]}


@app.post("/chat")
def chat(cohere_client):
    """Grounded chat with Cohere documents (widget 'Ask with sources')."""
    body = _json_body()
    messages = body.get("messages") or []
    documents = [{"id": d["id"], "data": {"text": d["text"]}} for d in body.get("documents", [])]
    resp = cohere_client.chat(
        model=request.app.config["hr.cohere_chat_model"],
        messages=messages,
        documents=documents or None,
        temperature=0.2,
    )
    text = "".join(part.text for part in resp.message.content if part.type == "text")
    citations = [
        {"start": c.start, "end": c.end, "sources": [s.id for s in (c.sources or [])]}
        for c in (resp.message.citations or [])
    ]
    return {"text": text, "citations": citations}


@app.post("/classify")
def classify(mistral_client):
    body = _json_body()
    question = body.get("question", "").strip()
    if not question:
        abort(400, "missing question")
    resp = mistral_client.chat.complete(
        model=request.app.config["hr.mistral_model"],
        messages=[{"role": "user", "content": CLASSIFY_TEMPLATE.format(labels=", ".join(TOPICS), question=question)}],
        temperature=0,
        max_tokens=5,
    )
    label = (resp.choices[0].message.content or "other").strip().lower()
    if label not in TOPICS:
        label = "other"
    return {"topic": label}


@app.post("/screen")
def screen_text(mistral_client):
    """Mistral moderation for the FR/DE works-council portal."""
    body = _json_body()
    resp = mistral_client.classifiers.moderate(
        model="mistral-moderation-latest",
        inputs=[body.get("text", "")],
    )
    categories = resp.results[0].categories
    flagged = sorted(name for name, hit in categories.items() if hit)
    return {"flagged": bool(flagged), "categories": flagged}


@app.post("/translate")
def translate(together_client):
    body = _json_body()
    target = body.get("target", "")
    if target not in SUPPORTED:
        abort(400, f"target must be one of {sorted(SUPPORTED)}")
    text = body.get("text", "")
    if len(text) > 60000:
        abort(413, "use the bulk translation job for long documents")
    return {"text": translate_document(text, target, client=together_client)}


@app.post("/voice")
def voice(openai_client):
    """Voice questions from the kiosk app: transcribe, then hand to the Q&A page."""
    upload = request.files.get("audio")
    if upload is None:
        abort(400, "audio file required")
    transcript = openai_client.audio.transcriptions.create(
        model="whisper-1",
        file=(upload.raw_filename, upload.file.read()),
        language=request.forms.get("lang") or None,
    )
    return {"text": transcript.text}


@app.post("/onboarding/checklist")
def onboarding_checklist():
    body = _json_body()
    planner = OnboardingPlanner(request.app.config["hr.client_factory"])
    checklist = planner.checklist(body["role"], body["department"], body.get("location", "HQ"), body.get("notes", ""))
    return {"markdown": checklist.as_markdown()}


@app.post("/tokens")
def tokens(cohere_client):
    """Debug helper for the widget team: how many tokens is this text?"""
    body = _json_body()
    resp = cohere_client.tokenize(text=body.get("text", ""), model=request.app.config["hr.cohere_chat_model"])
    return {"count": len(resp.tokens), "user": current_user()}
