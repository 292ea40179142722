"""Small helpers around chat models that several services share."""
import json
import logging
from typing import Any, Dict, Optional

from docproc.clients import get_openai_client
from docproc.errors import MalformedModelOutput
from docproc.settings import settings
from docproc.utils.retry import provider_retry

logger = logging.getLogger(__name__)


@provider_retry
def chat_json(system: str, user: str, *, model: Optional[str] = None, client=None, max_tokens: int = 1500) -> Dict[str, Any]:
    """Ask an OpenAI chat model for a JSON object and parse it."""
    client = client or get_openai_client()
    resp = client.chat.completions.create(
        model=model or settings.openai_chat_model,
        response_format={"type": "json_object"},
        temperature=0,
        max_tokens=max_tokens,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ],
    )
    raw = resp.choices[0].message.content or ""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        logger.warning("model returned invalid JSON (%s), finish_reason=%s", exc, resp.choices[0].finish_reason)
        raise MalformedModelOutput("openai", raw) from exc


def first_text_block(message) -> str:
    """Concatenate text blocks of an Anthropic message."""
    return "".join(block.text for block in message.content if getattr(block, "type", None) == "text")
