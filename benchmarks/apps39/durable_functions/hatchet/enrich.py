"""Enrichment tasks: tagging and keyword extraction for the document catalogue."""
from __future__ import annotations

import json

from hatchet_sdk import Context
from pydantic import BaseModel

from hatchet import hatchet
from services import get_fireworks, get_sync_anthropic, get_sync_openai, get_sync_together
from services.multi_model_service import TaskComplexity, multi_model_service


class EnrichInput(BaseModel):
    document_id: str
    text: str


class TagsOutput(BaseModel):
    tags: list[str]


@hatchet.task(name="extract-tags", input_validator=EnrichInput, execution_timeout="2m")
def extract_tags(input: EnrichInput, ctx: Context) -> dict:
    client = get_sync_openai()
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": 'Return {"tags": [...]} with 3-7 lowercase tags.'},
            {"role": "user", "content": input.text[:8000]},
        ],
    )
    ctx.log(f"tags extracted for {input.document_id}")
    return TagsOutput(**json.loads(completion.choices[0].message.content or "{}")).model_dump()


@hatchet.task(name="extract-entities", input_validator=EnrichInput, retries=2)
def extract_entities(input: EnrichInput, ctx: Context) -> dict:
    claude = get_sync_anthropic()
    message = claude.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=1000,
        tools=[
            {
                "name": "record_entities",
                "description": "Record named entities found in the text.",
                "input_schema": {
                    "type": "object",
                    "properties": {
                        "people": {"type": "array", "items": {"type": "string"}},
                        "orgs": {"type": "array", "items": {"type": "string"}},
                    },
                },
            }
        ],
        tool_choice={"type": "tool", "name": "record_entities"},
        messages=[{"role": "user", "content": input.text[:12000]}],
    )
    for block in message.content:
        if block.type == "tool_use":
            return dict(block.input)
    return {"people": [], "orgs": []}


@hatchet.task(name="embed-for-catalogue", input_validator=EnrichInput)
def embed_for_catalogue(input: EnrichInput, ctx: Context) -> dict:
    tg = get_sync_together()
    out = tg.embeddings.create(
        model="togethercomputer/m2-bert-80M-8k-retrieval", input=input.text[:8000]
    )
    return {"dim": len(out.data[0].embedding)}


class RewriteInput(BaseModel):
    document_id: str
    text: str
    style: str = "plain"


@hatchet.task(name="rewrite-plain-language", input_validator=RewriteInput, execution_timeout="5m")
async def rewrite_plain_language(input: RewriteInput, ctx: Context) -> dict:
    """Plain-language rewrite on Fireworks (cheap, long context)."""
    fw = get_fireworks()
    resp = await fw.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-70b-instruct",
        messages=[
            {"role": "system", "content": f"Rewrite the text in a {input.style} style for non-experts."},
            {"role": "user", "content": input.text[:30000]},
        ],
        max_tokens=4000,
    )
    ctx.log(f"rewrite done for {input.document_id}")
    return {"text": resp.choices[0].message.content or ""}


@hatchet.task(name="tracked-keywords", input_validator=EnrichInput)
async def tracked_keywords(input: EnrichInput, ctx: Context) -> dict:
    text = await multi_model_service.generate_response(
        prompt=f"List 10 search keywords, comma separated:\n{input.text[:6000]}",
        task_type="keywords",
        complexity=TaskComplexity.SIMPLE,
    )
    return {"keywords": [k.strip() for k in text.split(",") if k.strip()]}
