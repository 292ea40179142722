"""Incident assistant.

PagerDuty/Grafana post to `/hooks/incident`; we draft a status update with Gemini and
post it to the incident channel for a human to approve.
"""
from __future__ import annotations

import json
import logging

from google.genai import types
from mmpy_bot import Message, Plugin, WebHookEvent, listen_to, listen_webhook

from config import BotConfig
from services.clients import get_genai_client
from services.llm_usage_tracker import llm_tracker
from services.prompts import INCIDENT_SYSTEM, incident_prompt, render_thread
from utils.mm import fetch_thread_posts

logger = logging.getLogger(__name__)


class IncidentDraft:
    """Small value object; `.create()` builds one from the webhook payload."""

    def __init__(self, incident_id: str, title: str, body: str) -> None:
        self.incident_id = incident_id
        self.title = title
        self.body = body

    @classmethod
    def create(cls, payload: dict, text: str) -> "IncidentDraft":
        title, _, body = text.partition("\n")
        return cls(payload.get("id", "unknown"), title.strip("# "), body.strip())

    def to_markdown(self) -> str:
        return f"#### {self.title}\n{self.body}\n\n_React with :white_check_mark: to publish._"


class IncidentPlugin(Plugin):
    def __init__(self, config: BotConfig) -> None:
        super().__init__()
        self.config = config
        self.genai = None
        self.drafts: dict[str, IncidentDraft] = {}

    def on_start(self):
        self.genai = get_genai_client()

    @listen_webhook("incident")
    async def incident_hook(self, event: WebHookEvent):
        payload = event.body if isinstance(event.body, dict) else json.loads(event.body or "{}")
        resp = await self.genai.aio.models.generate_content(
            model=self.config.gemini_model,
            contents=incident_prompt(payload),
            config=types.GenerateContentConfig(system_instruction=INCIDENT_SYSTEM, temperature=0.2),
        )
        draft = IncidentDraft.create(payload, resp.text or "")
        self.drafts[draft.incident_id] = draft
        self.driver.create_post(self.config.incident_channel_id, draft.to_markdown())
        self.driver.respond(event, {"status": "drafted", "id": draft.incident_id})

    @listen_to("^incident update$")
    async def update_from_thread(self, message: Message):
        posts = fetch_thread_posts(self.driver, message.reply_id or message.id)
        prompt = "Draft the next status update from this responder thread:\n\n" + render_thread(posts)
        async with llm_tracker.track_llm_call(
            provider="google", model=self.config.gemini_model, feature_context="incident_update"
        ) as usage_log:
            resp = await self.genai.aio.models.generate_content(
                model=self.config.gemini_model,
                contents=prompt,
                config=types.GenerateContentConfig(system_instruction=INCIDENT_SYSTEM),
            )
            usage_log.input_tokens = resp.usage_metadata.prompt_token_count
            usage_log.output_tokens = resp.usage_metadata.candidates_token_count
        self.driver.reply_to(message, resp.text or "(empty draft)")

    @listen_to("^incident postmortem$")
    def postmortem_outline(self, message: Message):
        posts = fetch_thread_posts(self.driver, message.reply_id or message.id)
        chat = self.genai.chats.create(model="gemini-2.5-pro")
        outline = chat.send_message("Outline a blameless postmortem for this incident:\n" + render_thread(posts))
        followups = chat.send_message("List three concrete action items with owners left blank.")
        self.driver.reply_to(message, f"{outline.text}\n\n**Action items**\n{followups.text}")
