"""Named-entity extraction with structured outputs."""
from __future__ import annotations

import json
import logging

import pandas as pd
from hamilton.function_modifiers import config, extract_fields
from openai import OpenAI
from pydantic import BaseModel, Field

from enrichment import prompts
from enrichment.clients import get_anthropic

logger = logging.getLogger(__name__)


class Entities(BaseModel):
    people: list[str] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    locations: list[str] = Field(default_factory=list)
    products: list[str] = Field(default_factory=list)


def _empty() -> Entities:
    return Entities()


@config.when_not(entity_backend="claude")
def entities_by_doc__openai(
    documents: pd.DataFrame,
    openai_client: OpenAI,
    entity_model: str = "gpt-4o-2024-08-06",
) -> dict[str, Entities]:
    result: dict[str, Entities] = {}
    for doc_id, body in zip(documents["doc_id"], documents["body"]):
        parsed = openai_client.chat.completions.parse(
            model=entity_model,
            messages=[
                {"role": "system", "content": prompts.ENTITY_SYSTEM},
                {"role": "user", "content": body[:16_000]},
            ],
            response_format=Entities,
        )
        result[doc_id] = parsed.choices[0].message.parsed or _empty()
    return result


@config.when(entity_backend="claude")
def entities_by_doc__claude(
    documents: pd.DataFrame,
    entity_model: str = "claude-3-5-haiku-20241022",
) -> dict[str, Entities]:
    # TODO(maria): move to the injected anthropic_client node like summaries.
    client = get_anthropic()
    tool = {
        "name": "record_entities",
        "description": "Record the extracted entities.",
        "input_schema": Entities.model_json_schema(),
    }
    result: dict[str, Entities] = {}
    for doc_id, body in zip(documents["doc_id"], documents["body"]):
        msg = client.messages.create(
            model=entity_model,
            max_tokens=1024,
            tools=[tool],
            tool_choice={"type": "tool", "name": "record_entities"},
            messages=[{"role": "user", "content": f"{prompts.ENTITY_SYSTEM}\n\n{body[:16_000]}"}],
        )
        block = next((b for b in msg.content if b.type == "tool_use"), None)
        result[doc_id] = Entities.model_validate(block.input) if block else _empty()
    return result


@extract_fields(
    {
        "people": pd.Series,
        "organizations": pd.Series,
        "locations": pd.Series,
        "products": pd.Series,
    }
)
def entity_columns(entities_by_doc: dict[str, Entities]) -> dict:
    idx = list(entities_by_doc)
    return {
        "people": pd.Series([entities_by_doc[d].people for d in idx], index=idx),
        "organizations": pd.Series([entities_by_doc[d].organizations for d in idx], index=idx),
        "locations": pd.Series([entities_by_doc[d].locations for d in idx], index=idx),
        "products": pd.Series([entities_by_doc[d].products for d in idx], index=idx),
    }


def entities_json(entities_by_doc: dict[str, Entities]) -> pd.Series:
    return pd.Series({k: json.dumps(v.model_dump()) for k, v in entities_by_doc.items()})
