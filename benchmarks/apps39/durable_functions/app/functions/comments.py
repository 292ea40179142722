"""Classify incoming comments and draft a reply for questions."""
from __future__ import annotations

import datetime
import os

import inngest
from together import Together

from app import db
from app.inngest_client import COMMENT_CREATED, inngest_client
from app.functions.toolkit import toolkit
from services.prompts import FEW_SHOT_CLASSIFY, few_shot_messages, render_prompt

LABELS = {"question", "bug", "praise", "spam", "other"}

# Classification is cheap and runs on Together; this client predates services/clients.py.
together_client = Together(api_key=os.environ.get("TOGETHER_API_KEY"))
CLASSIFIER_MODEL = "meta-llama/Llama-3.2-3B-Instruct-Turbo"


def classify_comment(text: str) -> str:
    resp = together_client.chat.completions.create(
        model=CLASSIFIER_MODEL,
        messages=few_shot_messages(render_prompt("classify"), FEW_SHOT_CLASSIFY, text),
        max_tokens=4,
        temperature=0,
    )
    label = (resp.choices[0].message.content or "other").strip().lower()
    return label if label in LABELS else "other"


async def draft_reply(document_title: str, comment: str) -> str:
    kit = toolkit()
    chunks: list[str] = []
    async with kit.claude.messages.stream(
        model="claude-3-5-haiku-20241022",
        max_tokens=400,
        system="You answer reader questions about internal docs. Be brief and kind.",
        messages=[{"role": "user", "content": f"Doc: {document_title}\nQuestion: {comment}"}],
    ) as stream:
        async for text in stream.text_stream:
            chunks.append(text)
    return "".join(chunks)


@inngest_client.create_function(
    fn_id="triage-comment",
    trigger=inngest.TriggerEvent(event=COMMENT_CREATED),
    debounce=inngest.Debounce(period=datetime.timedelta(seconds=10)),
)
async def triage_comment(ctx: inngest.Context, step: inngest.Step) -> dict:
    data = ctx.event.data
    label = await step.run("classify", classify_comment, data["text"])

    def save_label() -> None:
        db.comments.create(document_id=data["document_id"], author=data["author"], label=label)

    await step.run("save-label", save_label)
    if label != "question":
        return {"label": label}

    doc = db.documents.get(data["document_id"])
    title = doc.data.get("title", "") if doc else ""
    reply = await step.run("draft-reply", draft_reply, title, data["text"])
    return {"label": label, "draft": reply}
