import logging
from typing import Optional

from docproc.clients import get_anthropic_client, get_async_anthropic_client
from docproc.prompts import CLASSIFY_SYSTEM
from docproc.schemas import DOC_TYPES, Classification
from docproc.services.llm_usage_tracker import llm_tracker
from docproc.settings import settings
from docproc.utils.text import truncate_tokens

logger = logging.getLogger(__name__)

CLASSIFY_TOOL = {
    "name": "record_classification",
    "description": "Record the document type of the document.",
    "input_schema": {
        "type": "object",
        "properties": {
            "doc_type": {"type": "string", "enum": DOC_TYPES},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "rationale": {"type": "string"},
        },
        "required": ["doc_type", "confidence"],
    },
}

# The first ~6k tokens are almost always enough to tell a lease from a motion.
CLASSIFY_TOKEN_BUDGET = 6000


def _parse_tool_use(message) -> Classification:
    for block in message.content:
        if block.type == "tool_use" and block.name == "record_classification":
            return Classification(**block.input)
    logger.warning("classifier returned no tool_use block (stop_reason=%s)", message.stop_reason)
    return Classification(doc_type="other", confidence=0.0)


class DocumentClassifier:
    def __init__(self, client=None, async_client=None):
        self._client = client or get_anthropic_client()
        self._async_client = async_client or get_async_anthropic_client()

    def _messages(self, text: str, filename: Optional[str]):
        header = f"Filename: {filename}\n\n" if filename else ""
        return [{"role": "user", "content": header + truncate_tokens(text, CLASSIFY_TOKEN_BUDGET)}]

    def classify(self, text: str, filename: Optional[str] = None) -> Classification:
        response = self._client.messages.create(
            model=settings.anthropic_fast_model,
            max_tokens=400,
            system=CLASSIFY_SYSTEM,
            tools=[CLASSIFY_TOOL],
            tool_choice={"type": "tool", "name": "record_classification"},
            messages=self._messages(text, filename),
        )
        return _parse_tool_use(response)

    async def classify_tracked(self, text: str, filename: Optional[str] = None, matter_id: int = None) -> Classification:
        model = settings.anthropic_fast_model
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context="doc_classification", matter_id=matter_id
        ) as usage_log:
            response = await self._async_client.messages.create(
                model=model,
                max_tokens=400,
                system=CLASSIFY_SYSTEM,
                tools=[CLASSIFY_TOOL],
                tool_choice={"type": "tool", "name": "record_classification"},
                messages=self._messages(text, filename),
            )
            usage_log.input_tokens = response.usage.input_tokens
            usage_log.output_tokens = response.usage.output_tokens
        return _parse_tool_use(response)
