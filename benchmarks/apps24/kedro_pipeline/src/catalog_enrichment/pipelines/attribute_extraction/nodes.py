"""Attribute extraction from supplier text.

History: v1 used the ``openai_client`` catalog entry + JSON mode (extract_attributes),
v2 uses structured outputs via the registry (extract_attributes_structured). Both are
still wired because v2 is only enabled for the fashion division.
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Literal, Optional

import pandas as pd
from app.services.llm_usage_tracker import llm_tracker
from pydantic import BaseModel, Field

from catalog_enrichment.llm import complete_json, get_anthropic_client, get_async_openai_client, get_azure_openai_client
from catalog_enrichment.llm.prompts import ATTRIBUTE_SYSTEM, ATTRIBUTE_USER, render
from catalog_enrichment.llm.registry import clients
from catalog_enrichment.llm.structured import StructuredOutputError, parse_json_loose

logger = logging.getLogger(__name__)

ATTRIBUTE_KEYS = ("colour", "material", "pattern", "size_system", "gender", "care_instructions")


class ProductAttributes(BaseModel):
    colour: Optional[str] = None
    material: Optional[str] = None
    pattern: Optional[str] = None
    size_system: Optional[Literal["UK", "EU", "US", "INT", "ONE_SIZE"]] = None
    gender: Optional[Literal["women", "men", "unisex", "kids"]] = None
    care_instructions: list[str] = Field(default_factory=list)


def _prompt_for(row: pd.Series) -> str:
    return render(ATTRIBUTE_USER, title=row["title"], brand=row.get("brand"), description=row.get("description"))


def _empty_attributes() -> dict[str, Any]:
    return {key: None for key in ATTRIBUTE_KEYS}


def extract_attributes(products: pd.DataFrame, openai_client, params: dict) -> pd.DataFrame:
    """v1: JSON mode on the ``openai_client`` catalog dataset."""
    records = []
    for _, row in products.iterrows():
        response = openai_client.chat.completions.create(
            model=params["model"],
            temperature=params.get("temperature", 0.0),
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": ATTRIBUTE_SYSTEM},
                {"role": "user", "content": _prompt_for(row)},
            ],
        )
        try:
            attrs = parse_json_loose(response.choices[0].message.content or "")
        except StructuredOutputError:
            logger.warning("unparseable attributes for %s", row["sku"])
            attrs = _empty_attributes()
        records.append({"sku": row["sku"], **{k: attrs.get(k) for k in ATTRIBUTE_KEYS}, "extractor": "v1"})
    return pd.DataFrame.from_records(records)


def extract_attributes_structured(products: pd.DataFrame, params: dict) -> pd.DataFrame:
    """v2: structured outputs, client from the registry populated by LLMClientHooks."""
    client = clients.get("openai")
    model = params.get("structured_model") or clients.default_model("openai", params["model"])
    records = []
    for _, row in products.iterrows():
        completion = client.beta.chat.completions.parse(
            model=model,
            messages=[
                {"role": "system", "content": ATTRIBUTE_SYSTEM},
                {"role": "user", "content": _prompt_for(row)},
            ],
            response_format=ProductAttributes,
        )
        message = completion.choices[0].message
        if message.refusal:
            logger.info("model refused %s: %s", row["sku"], message.refusal)
            attrs = ProductAttributes()
        else:
            attrs = message.parsed
        records.append({"sku": row["sku"], **attrs.model_dump(), "extractor": "v2"})
    return pd.DataFrame.from_records(records)


def fill_missing_with_claude(attributes: pd.DataFrame, products: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Second pass for rows where the OpenAI extractor returned mostly nulls."""
    merged = attributes.merge(products[["sku", "title", "brand", "description"]], on="sku", how="left")
    null_share = merged[list(ATTRIBUTE_KEYS)].isna().mean(axis=1)
    todo = merged[null_share > params.get("null_threshold", 0.5)]
    if todo.empty:
        return attributes

    claude = get_anthropic_client()
    patched = {}
    for _, row in todo.iterrows():
        msg = claude.messages.create(
            model=params["fallback_model"],
            max_tokens=400,
            system=ATTRIBUTE_SYSTEM,
            messages=[{"role": "user", "content": _prompt_for(row)}],
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        try:
            patched[row["sku"]] = parse_json_loose(text)
        except StructuredOutputError:
            continue

    logger.info("claude fallback filled %d/%d rows", len(patched), len(todo))
    out = attributes.set_index("sku")
    for sku, attrs in patched.items():
        for key in ATTRIBUTE_KEYS:
            if pd.isna(out.at[sku, key]) and attrs.get(key) is not None:
                out.at[sku, key] = attrs[key]
    return out.reset_index()


def normalise_units(attributes: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Map free-text materials to our controlled vocabulary (Azure deployment, EU data residency)."""
    azure = get_azure_openai_client()
    vocab = params.get("material_vocabulary", [])
    materials = sorted({m for m in attributes["material"].dropna().unique()})
    if not materials:
        return attributes
    mapping, usage = complete_json(
        azure,
        model=params.get("azure_deployment", "gpt-4o-mini-eu"),
        system="Map each material to one value of the vocabulary. Return {input: vocabulary_value}.",
        user=json.dumps({"materials": materials, "vocabulary": vocab}),
    )
    logger.info("normalise_units used %s", usage)
    return attributes.assign(material_normalised=attributes["material"].map(mapping))


async def _validate_one(sku: str, attrs: dict[str, Any], model: str) -> dict[str, Any]:
    client = get_async_openai_client()
    async with llm_tracker.track_llm_call(
        provider="openai",
        model=model,
        feature_context="catalog_attribute_validation",
    ) as usage_log:
        response = await client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": "Answer 'ok' or list the inconsistent attributes."},
                {"role": "user", "content": json.dumps(attrs)},
            ],
            max_tokens=60,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    verdict = (response.choices[0].message.content or "").strip()
    return {"sku": sku, "validation": verdict, "valid": verdict.lower().startswith("ok")}


def validate_attributes(attributes: pd.DataFrame, params: dict) -> pd.DataFrame:
    async def _run():
        rows = attributes.to_dict(orient="records")
        return await asyncio.gather(
            *(_validate_one(r["sku"], {k: r.get(k) for k in ATTRIBUTE_KEYS}, params["model"]) for r in rows)
        )

    results = asyncio.run(_run())
    return attributes.merge(pd.DataFrame(results), on="sku", how="left")
