"""Employee-facing Q&A pages, registered on the default Bottle app."""

from __future__ import annotations

import json
import logging

from bottle import abort, get, post, redirect, request, response, template

from hrassist.hooks import current_locale, current_user
from hrassist.prompts import SYSTEM_POLICY_QA, build_context
from hrassist.services import TaskComplexity, multi_model_service, run_sync
from hrassist.services.moderation import screen
from hrassist.services.tokens import count_messages_tokens

log = logging.getLogger(__name__)

MAX_HISTORY_TURNS = 6


def _services():
    cfg = request.app.config
    return cfg["hr.policy_qa"], cfg["hr.store"]


@get("/")
def index():
    return template("index", user=current_user(), locale=current_locale())


@post("/ask")
def ask(openai_client):
    question = (request.forms.getunicode("question") or "").strip()
    if not question:
        redirect("/")
    if len(question) > request.app.config["hr.max_question_chars"]:
        abort(413, "Question too long")

    verdict = screen(question)
    if not verdict:
        return template("escalated", reason=verdict.reason)

    qa, store = _services()
    hits = qa._retriever.search(question, lang=current_locale())
    messages = [
        {"role": "system", "content": SYSTEM_POLICY_QA},
        {"role": "user", "content": f"Policy excerpts:\n{build_context([h.chunk for h in hits])}\n\nQuestion: {question}"},
    ]
    if count_messages_tokens(messages) > 12000:
        messages[1]["content"] = messages[1]["content"][-30000:]

    # TODO(HRA-398): move to qa.answer() once Azure supports the responses API in our region
    completion = openai_client.chat.completions.create(
        model=request.app.config["hr.openai_model"],
        messages=messages,
        temperature=0.1,
        max_tokens=600,
    )
    answer = completion.choices[0].message.content or ""
    qid = store.questions.create(
        user_id=current_user(), question=question, answer=answer, provider="openai"
    )
    return template(
        "answer",
        question=question,
        answer=answer,
        sources=sorted({h.chunk["doc_id"] for h in hits}),
        question_id=qid,
    )


@get("/ask/stream")
def ask_stream(openai_client):
    """Server-sent events version used by the new chat widget."""
    question = (request.query.getunicode("q") or "").strip()
    if not question:
        abort(400, "missing q")
    qa, _ = _services()
    hits = qa._retriever.search(question, lang=current_locale())
    response.content_type = "text/event-stream"
    response.set_header("Cache-Control", "no-cache")

    def events():
        stream = openai_client.chat.completions.create(
            model=request.app.config["hr.openai_model"],
            messages=[
                {"role": "system", "content": SYSTEM_POLICY_QA},
                {"role": "user", "content": f"{build_context([h.chunk for h in hits])}\n\nQuestion: {question}"},
            ],
            stream=True,
            stream_options={"include_usage": True},
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield f"data: {json.dumps({'delta': chunk.choices[0].delta.content})}\n\n"
        yield "data: [DONE]\n\n"

    return events()


@post("/ask/v2")
def ask_v2():
    """FinOps pilot: fully tracked path."""
    question = (request.json or {}).get("question", "").strip()
    if not question:
        abort(400, "missing question")
    qa, store = _services()
    result = run_sync(qa.answer_tracked(question, user_id=current_user(), lang=current_locale()))
    store.questions.create(user_id=current_user(), question=question, answer=result.text, provider="openai")
    return {"answer": result.text, "sources": result.sources}


@post("/ask/quick")
def ask_quick():
    """One-liner answers for the intranet search box (no retrieval)."""
    question = (request.json or {}).get("question", "").strip()
    text = run_sync(
        multi_model_service.generate_response(
            prompt=question,
            task_type="intranet_quick_answer",
            complexity=TaskComplexity.SIMPLE,
            system="Answer in one sentence. If unsure, say 'Please ask HR'.",
            user_id=current_user(),
        )
    )
    return {"answer": text}


@post("/ask/<question_id:int>/feedback")
def feedback(question_id):
    _, store = _services()
    if store.questions.get(question_id) is None:
        abort(404)
    store.feedback.create(
        question_id=question_id,
        user_id=current_user(),
        helpful=1 if request.forms.get("helpful") == "yes" else 0,
        comment=(request.forms.getunicode("comment") or "")[:1000],
    )
    return template("thanks")
