"""Free-form questions from the popup."""
from __future__ import annotations

import asyncio
import logging

from tray import services, settings
from tray.llm import get_backend, get_xai_client
from tray.llm.backends import Answer
from tray.workers import handler

log = logging.getLogger(__name__)

SYSTEM = (
    "You are a concise desktop assistant. Answer in a few sentences unless the user "
    "asks for detail. Use Markdown sparingly; the output is shown in a plain text box."
)


def is_flagged(text: str) -> bool:
    """Screen questions before they go to third-party backends (company policy)."""
    if services.openai_client is None:
        return False
    result = services.openai_client.moderations.create(model="omni-moderation-latest", input=text)
    return any(r.flagged for r in result.results)


@handler("ask")
def ask(question: str, backend: str | None = None) -> Answer:
    if backend in {"grok", "hf", "gemini"} and is_flagged(question):
        return Answer("This question was blocked by the content filter.", "-", "moderation")
    if backend == "grok-live":
        return ask_grok_live(question)
    answer = get_backend(backend).complete(question, system=SYSTEM)
    if services.history is not None:
        services.history.create("ask", question, answer.text, answer.backend)
    return answer


def ask_grok_live(question: str) -> Answer:
    """Grok with live search - not exposed through the generic backend yet."""
    model = settings.load().models.grok
    resp = get_xai_client().chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": question},
        ],
        extra_body={"search_parameters": {"mode": "auto"}},
    )
    return Answer(resp.choices[0].message.content or "", model, "grok-live")


async def ask_many(question: str, models: list[str]) -> dict[str, str]:
    """Compare answers from several OpenAI models side by side (debug menu)."""
    client = services.require("openai_client")

    async def one(model: str) -> str:
        resp = await asyncio.to_thread(
            client.chat.completions.create,
            model=model,
            messages=[{"role": "user", "content": question}],
        )
        return resp.choices[0].message.content or ""

    answers = await asyncio.gather(*(one(m) for m in models))
    return dict(zip(models, answers))
