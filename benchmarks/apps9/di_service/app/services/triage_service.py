"""Ticket triage on Bedrock (Claude Haiku).

Category and priority come from a forced tool call so we always get valid JSON back.
"""
import asyncio
import json
import logging
from typing import Dict, List

from botocore.exceptions import ClientError

from app.errors import UpstreamModelError
from app.schemas import Ticket, TicketCategory, TicketPriority, TriageResult
from app.utils import retry_call, strip_quoted_reply

logger = logging.getLogger(__name__)

TRIAGE_TOOL = {
    "toolSpec": {
        "name": "record_triage",
        "description": "Record the category and priority of a support ticket.",
        "inputSchema": {
            "json": {
                "type": "object",
                "properties": {
                    "category": {"type": "string", "enum": [c.value for c in TicketCategory]},
                    "priority": {"type": "string", "enum": [p.value for p in TicketPriority]},
                    "confidence": {"type": "number"},
                    "reasons": {"type": "array", "items": {"type": "string"}},
                },
                "required": ["category", "priority", "confidence"],
            }
        },
    }
}

TRIAGE_SYSTEM = (
    "You triage customer support tickets for Acme, a B2B SaaS company. "
    "Urgent means production is down or data loss for a paying customer."
)

ENTITY_PROMPT = """Extract the following from the ticket as JSON with these keys:
account_id, invoice_numbers (list), product_area, error_codes (list). Use null when absent."""


class TriageService:
    def __init__(self, bedrock_client, model_id: str, priority_model_id: str) -> None:
        self._bedrock = bedrock_client
        self._model_id = model_id
        self._priority_model_id = priority_model_id

    def classify(self, ticket: Ticket) -> TriageResult:
        text = f"Subject: {ticket.subject}\n\n{strip_quoted_reply(ticket.body)}"
        try:
            response = self._bedrock.converse(
                modelId=self._model_id,
                system=[{"text": TRIAGE_SYSTEM}],
                messages=[{"role": "user", "content": [{"text": text}]}],
                toolConfig={
                    "tools": [TRIAGE_TOOL],
                    "toolChoice": {"tool": {"name": "record_triage"}},
                },
                inferenceConfig={"maxTokens": 400, "temperature": 0},
            )
        except ClientError as exc:
            raise UpstreamModelError(f"bedrock triage failed: {exc}") from exc

        for block in response["output"]["message"]["content"]:
            if "toolUse" in block:
                data = block["toolUse"]["input"]
                return TriageResult(
                    category=TicketCategory(data["category"]),
                    priority=TicketPriority(data["priority"]),
                    confidence=float(data.get("confidence", 0.0)),
                    reasons=data.get("reasons", []),
                )
        raise UpstreamModelError("triage model did not call the tool",
                                 detail={"ticket_id": ticket.id})

    def extract_entities(self, ticket: Ticket) -> Dict[str, object]:
        messages = [{
            "role": "user",
            "content": [{"text": f"{ENTITY_PROMPT}\n\n---\n{ticket.subject}\n{ticket.body}"}],
        }]
        response = retry_call(
            lambda: self._bedrock.converse(
                modelId=self._model_id,
                messages=messages,
                inferenceConfig={"maxTokens": 300, "temperature": 0},
            ),
            attempts=3,
            retry_on=(ClientError,),
        )
        raw = response["output"]["message"]["content"][0]["text"]
        try:
            return json.loads(raw[raw.find("{"): raw.rfind("}") + 1])
        except ValueError:
            logger.warning("entity extraction returned non-JSON for ticket %s", ticket.id)
            return {}

    async def score_priorities(self, tickets: List[Ticket]) -> Dict[int, int]:
        """Old 1-10 urgency score, still shown in the queue view. Uses the Messages body format
        because the prompt was tuned before Converse existed."""
        scores: Dict[int, int] = {}
        for ticket in tickets:
            body = json.dumps({
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": 5,
                "temperature": 0,
                "messages": [{
                    "role": "user",
                    "content": (
                        "Rate the urgency of this support ticket from 1 to 10. "
                        f"Answer with the number only.\n\n{ticket.subject}\n{ticket.body[:3000]}"
                    ),
                }],
            })
            resp = await asyncio.to_thread(
                self._bedrock.invoke_model,
                modelId=self._priority_model_id,
                body=body,
                contentType="application/json",
                accept="application/json",
            )
            payload = json.loads(resp["body"].read())
            try:
                scores[ticket.id] = int(payload["content"][0]["text"].strip())
            except (KeyError, ValueError, IndexError):
                scores[ticket.id] = 5
        return scores
