import json
import logging
from typing import Optional

from django.apps import apps
from django.conf import settings

from core.llm import ChatCompletionService, get_anthropic_client, get_azure_openai_client
from core.llm.errors import EmptyCompletion

from .models import Ticket, TicketEvent

logger = logging.getLogger(__name__)

TRIAGE_SYSTEM = (
    "You triage customer support tickets for a B2B SaaS product. "
    "Always answer by calling the record_triage tool."
)

TRIAGE_TOOL = {
    "name": "record_triage",
    "description": "Record the category, priority and sentiment of a ticket.",
    "input_schema": {
        "type": "object",
        "properties": {
            "category": {"type": "string", "enum": ["billing", "bug", "how-to", "account", "other"]},
            "priority": {"type": "string", "enum": [p for p, _ in Ticket.Priority.choices]},
            "sentiment": {"type": "string", "enum": ["negative", "neutral", "positive"]},
        },
        "required": ["category", "priority", "sentiment"],
    },
}


class TicketReplyDrafter(ChatCompletionService):
    """Drafts a first reply for agents; runs on our Azure deployment."""

    client_factory = staticmethod(get_azure_openai_client)
    model = settings.AZURE_OPENAI_DEPLOYMENT
    temperature = 0.4

    SYSTEM = (
        "You are a friendly support agent. Draft a reply to the customer. "
        "Do not promise refunds or timelines."
    )

    def draft(self, ticket: Ticket) -> str:
        return self.complete(self.SYSTEM, ticket.thread_text())

    def stream_draft(self, ticket: Ticket):
        return self.stream(self.SYSTEM, ticket.thread_text())


class TicketTriageService:
    def __init__(self, client=None, model: Optional[str] = None):
        self.client = client or get_anthropic_client()
        self.model = model or settings.ANTHROPIC_FAST_MODEL

    def classify(self, ticket: Ticket) -> dict:
        message = self.client.messages.create(
            model=self.model,
            max_tokens=300,
            system=TRIAGE_SYSTEM,
            tools=[TRIAGE_TOOL],
            tool_choice={"type": "tool", "name": "record_triage"},
            messages=[{"role": "user", "content": f"Subject: {ticket.subject}\n\n{ticket.body}"}],
        )
        for block in message.content:
            if block.type == "tool_use":
                return dict(block.input)
        raise EmptyCompletion("triage model did not call the tool")

    def apply(self, ticket: Ticket) -> Ticket:
        result = self.classify(ticket)
        ticket.category = result["category"]
        ticket.priority = result["priority"]
        ticket.sentiment = result["sentiment"]
        ticket.save(update_fields=["category", "priority", "sentiment", "updated_at"])
        TicketEvent.objects.create(ticket=ticket, kind="triaged", payload=result)
        return ticket


class TicketSummaryService:
    """Summaries go through Bedrock so ticket text stays in our AWS account."""

    def __init__(self, runtime, model_id: Optional[str] = None):
        self.runtime = runtime
        self.model_id = model_id or settings.BEDROCK_SUMMARY_MODEL_ID

    def summarize(self, ticket: Ticket) -> str:
        response = self.runtime.converse(
            modelId=self.model_id,
            system=[{"text": "Summarise the support thread in three bullet points for an agent."}],
            messages=[{"role": "user", "content": [{"text": ticket.thread_text()}]}],
            inferenceConfig={"maxTokens": 400, "temperature": 0.1},
        )
        content = response["output"]["message"]["content"]
        usage = response.get("usage", {})
        logger.debug("bedrock summary for #%s used %s tokens", ticket.pk, usage.get("totalTokens"))
        return "".join(part.get("text", "") for part in content).strip()


class VoicemailTranscriber:
    def transcribe(self, ticket: Ticket, audio_file) -> str:
        client = apps.get_app_config("assistant").client
        transcript = client.audio.transcriptions.create(
            model="whisper-1",
            file=audio_file,
            response_format="text",
        )
        TicketEvent.objects.create(
            ticket=ticket, kind="voicemail", payload={"chars": len(transcript)}
        )
        return transcript


def triage_payload(ticket: Ticket) -> str:
    return json.dumps({"id": ticket.pk, "subject": ticket.subject, "body": ticket.body[:4000]})
