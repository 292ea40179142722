"""Structured-output helpers (pydantic models in, validated objects out)."""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, List, Optional, Type, TypeVar

from pydantic import BaseModel, Field

from agentd.container import container
from agentd.context import get_request_client

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)


class RepairedArguments(BaseModel):
    arguments_json: str = Field(description="The corrected arguments, as a JSON object string")
    changed: bool


class TicketFields(BaseModel):
    title: str
    severity: str = Field(description="one of: sev1, sev2, sev3, sev4")
    components: List[str]
    customer_impact: Optional[str] = None


def repair_tool_arguments(tool_name: str, schema: Dict[str, Any], broken: str) -> Dict[str, Any]:
    """Models occasionally emit truncated or single-quoted JSON; ask for a corrected version."""
    completion = container.openai_client.beta.chat.completions.parse(
        model=container.settings.planner_model,
        messages=[
            {
                "role": "system",
                "content": "Fix the arguments so they are valid JSON matching the schema. Do not invent values.",
            },
            {
                "role": "user",
                "content": f"Tool: {tool_name}\nSchema: {json.dumps(schema)}\nArguments: {broken}",
            },
        ],
        response_format=RepairedArguments,
        temperature=0,
    )
    parsed = completion.choices[0].message.parsed
    if parsed is None:
        log.warning("could not repair arguments for %s", tool_name)
        return {}
    try:
        return json.loads(parsed.arguments_json)
    except json.JSONDecodeError:
        return {}


async def extract(model_cls: Type[T], text: str, *, instructions: Optional[str] = None) -> T:
    """Extract an instance of ``model_cls`` from free text."""
    response = await get_request_client().with_options(timeout=20.0, max_retries=1).responses.parse(
        model=container.settings.planner_model,
        input=[
            {"role": "system", "content": instructions or f"Extract a {model_cls.__name__} from the text."},
            {"role": "user", "content": text},
        ],
        text_format=model_cls,
    )
    if response.output_parsed is None:
        raise ValueError(f"model refused or failed to produce {model_cls.__name__}")
    return response.output_parsed


async def extract_ticket(text: str) -> TicketFields:
    return await extract(TicketFields, text, instructions="Extract incident ticket fields from the report.")
