"""Analyses free-text customer feedback (sentiment, themes, a reply draft)."""
from __future__ import annotations

import json
import logging

from svc import Service, rpc
from svc.metrics import metrics
from svc.retry import with_retries

log = logging.getLogger(__name__)

THEMES_PROMPT = (
    "Extract up to 5 short themes from this customer feedback and the overall sentiment "
    '(positive|neutral|negative). Reply as JSON {"themes": [...], "sentiment": "..."}.\n\n'
)


class FeedbackService(Service):
    name = "feedback"
    version = "0.4.0"

    @rpc("ai.feedback.analyse")
    async def analyse(self, req: dict) -> dict:
        with metrics.timer("feedback.analyse"):
            resp = await with_retries(
                self.cohere.chat,
                model="command-r-08-2024",
                messages=[{"role": "user", "content": THEMES_PROMPT + req["text"]}],
                response_format={"type": "json_object"},
                attempts=4,
            )
        text = resp.message.content[0].text
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            metrics.inc("feedback.bad_json")
            return {"themes": [], "sentiment": "neutral", "raw": text}

    @rpc("ai.feedback.reply")
    async def draft_reply(self, req: dict) -> dict:
        inbox = req.get("inbox")
        parts: list[str] = []
        async for event in self.cohere.chat_stream(
            model="command-r-plus-08-2024",
            messages=[
                {"role": "system", "content": "Draft a polite, short reply from the support team."},
                {"role": "user", "content": req["text"]},
            ],
        ):
            if event.type == "content-delta":
                piece = event.delta.message.content.text
                parts.append(piece)
                if inbox:
                    await self.nc.publish(inbox, piece.encode())
        return {"draft": "".join(parts)}

    @rpc("ai.feedback.summary")
    async def weekly_summary(self, req: dict) -> dict:
        items = "\n".join(f"- {t}" for t in req["items"][:200])
        openai_client = self.registry.get("openai")
        resp = await openai_client.chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": f"Summarise this week's feedback themes:\n{items}"}],
        )
        return {"summary": resp.choices[0].message.content}
