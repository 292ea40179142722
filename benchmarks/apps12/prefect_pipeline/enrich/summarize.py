"""Ticket summaries with Claude on Bedrock (Converse API)."""
from __future__ import annotations

import logging
from typing import Iterator, Optional

from botocore.exceptions import ClientError

from enrich import prompts
from enrich.clients import bedrock_runtime
from enrich.errors import ProviderError
from enrich.models import Ticket
from enrich.settings import get_settings

log = logging.getLogger(__name__)


def _text_from_converse(response: dict) -> str:
    blocks = response["output"]["message"]["content"]
    return "".join(b.get("text", "") for b in blocks).strip()


def summarize_ticket(ticket: Ticket, max_tokens: int = 400, model_id: Optional[str] = None) -> str:
    s = get_settings()
    runtime = bedrock_runtime()
    try:
        response = runtime.converse(
            modelId=model_id or s.bedrock_chat_model,
            system=[{"text": prompts.TICKET_SUMMARY_SYSTEM}],
            messages=[{"role": "user", "content": [{"text": prompts.ticket_summary_user(ticket)}]}],
            inferenceConfig={"maxTokens": max_tokens, "temperature": 0.2},
        )
    except ClientError as exc:
        code = exc.response.get("Error", {}).get("Code", "")
        raise ProviderError("bedrock", str(exc), retryable=code == "ThrottlingException") from exc
    usage = response.get("usage", {})
    log.debug("ticket %s summary: %s in / %s out tokens",
              ticket.ticket_id, usage.get("inputTokens"), usage.get("outputTokens"))
    return _text_from_converse(response)


def stream_summary(text: str, model_id: Optional[str] = None) -> Iterator[str]:
    """Yield summary text as it is generated (used by the Streamlit preview)."""
    s = get_settings()
    response = bedrock_runtime().converse_stream(
        modelId=model_id or s.bedrock_fast_model,
        system=[{"text": prompts.TICKET_SUMMARY_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": text}]}],
        inferenceConfig={"maxTokens": 400},
    )
    for event in response["stream"]:
        delta = event.get("contentBlockDelta")
        if delta:
            yield delta["delta"].get("text", "")
