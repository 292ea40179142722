"""Messaging extension: 'Send to IT' on any Teams message, plus KB search from the compose box."""

import logging
from typing import Optional

from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.schema import HeroCard
from botbuilder.schema.teams import (
    MessagingExtensionAction,
    MessagingExtensionActionResponse,
    MessagingExtensionAttachment,
    MessagingExtensionQuery,
    MessagingExtensionResponse,
    MessagingExtensionResult,
    TaskModuleContinueResponse,
    TaskModuleTaskInfo,
)

from helpers.cards import ticket_card
from helpers.prompts import strip_mentions, truncate
from services.kb_service import KnowledgeBaseService
from services.servicenow_client import ServiceNowClient

logger = logging.getLogger(__name__)

EXTRACT_INSTRUCTIONS = (
    "You turn a forwarded Teams message into an IT ticket. Return a short title on the first line, "
    "then a description with any error codes, device names and timestamps you can find."
)


class MessagingExtensionBot(TeamsActivityHandler):
    def __init__(self, services: dict, kb: KnowledgeBaseService):
        self._aoai = services["aoai"]
        self._settings = services["settings"]
        self._snow: ServiceNowClient = services["snow"]
        self._kb = kb

    async def on_teams_messaging_extension_query(self, turn_context: TurnContext, query: MessagingExtensionQuery):
        search_text = ""
        if query.parameters:
            search_text = query.parameters[0].value or ""
        if len(search_text) < 3:
            return MessagingExtensionResponse(
                compose_extension=MessagingExtensionResult(type="message", text="Type at least 3 characters.")
            )
        chunks = await self._kb.search(search_text, top_k=6)
        attachments = []
        for chunk in chunks:
            hero = HeroCard(title=chunk.title, text=truncate(chunk.text, 300), tap=None)
            preview = CardFactory.hero_card(HeroCard(title=chunk.title))
            attachments.append(
                MessagingExtensionAttachment(
                    content_type=CardFactory.content_types.hero_card,
                    content=hero,
                    preview=preview,
                )
            )
        return MessagingExtensionResponse(
            compose_extension=MessagingExtensionResult(type="result", attachment_layout="list", attachments=attachments)
        )

    async def on_teams_messaging_extension_fetch_task(self, turn_context: TurnContext, action: MessagingExtensionAction):
        return MessagingExtensionActionResponse(
            task=TaskModuleContinueResponse(
                value=TaskModuleTaskInfo(
                    title="Send to IT",
                    height=220,
                    width=400,
                    card=CardFactory.adaptive_card(
                        {
                            "type": "AdaptiveCard",
                            "version": "1.4",
                            "body": [
                                {"type": "TextBlock", "text": "Add a note for the engineer (optional)"},
                                {"type": "Input.Text", "id": "note", "isMultiline": True},
                            ],
                            "actions": [{"type": "Action.Submit", "title": "Create ticket"}],
                        }
                    ),
                )
            )
        )

    async def on_teams_messaging_extension_submit_action(self, turn_context: TurnContext, action: MessagingExtensionAction):
        payload = action.message_payload
        original = strip_mentions(payload.body.content if payload and payload.body else "")
        note = (action.data or {}).get("note", "")
        title, description = await self._extract_ticket(original, note)

        ticket = await self._snow.incidents.create(
            short_description=title,
            description=description,
            caller_id=turn_context.activity.from_property.aad_object_id,
        )
        ticket["short_description"] = title
        await turn_context.send_activity(MessageFactory.attachment(ticket_card(ticket)))
        return MessagingExtensionActionResponse()

    async def _extract_ticket(self, original: str, note: Optional[str]) -> tuple:
        text = original if not note else f"{original}\n\nReporter note: {note}"
        response = await self._aoai.responses.create(
            model=self._settings.chat_deployment,
            instructions=EXTRACT_INSTRUCTIONS,
            input=text,
            max_output_tokens=400,
        )
        out = response.output_text.strip()
        title, _, description = out.partition("\n")
        return title.strip()[:100] or "Forwarded Teams message", description.strip() or text

    async def explain_error_stream(self, turn_context: TurnContext, error_text: str) -> str:
        """Streams an explanation of a pasted error; sends partial updates every ~40 tokens."""
        stream = await self._aoai.chat.completions.create(
            model=self._settings.mini_deployment,
            messages=[
                {"role": "system", "content": "Explain this Windows/Office error to a non-technical user, then give 3 fixes."},
                {"role": "user", "content": error_text},
            ],
            stream=True,
        )
        parts, since_update = [], 0
        async for chunk in stream:
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta.content or ""
            parts.append(delta)
            since_update += 1
            if since_update >= 40:
                await turn_context.send_activity({"type": "typing"})
                since_update = 0
        full = "".join(parts)
        await turn_context.send_activity(MessageFactory.text(full))
        return full
