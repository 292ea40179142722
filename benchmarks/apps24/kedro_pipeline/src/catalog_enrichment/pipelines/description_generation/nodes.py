"""PDP description generation and translation."""
from __future__ import annotations

import asyncio
import json
import logging
import os
from typing import Any

import pandas as pd
from app.services.multi_model_service import TaskComplexity, multi_model_service
from huggingface_hub import InferenceClient

from catalog_enrichment.llm import get_mistral_client
from catalog_enrichment.llm.prompts import (
    DESCRIPTION_SYSTEM,
    DESCRIPTION_USER,
    REVIEW_SUMMARY_PROMPT,
    TRANSLATION_SYSTEM,
    render,
)

logger = logging.getLogger(__name__)

LONG_FORM_CATEGORIES = {"furniture", "large-appliances", "bedding"}


def _attributes_json(row: pd.Series) -> str:
    keys = ("colour", "material", "pattern", "size_system", "gender")
    return json.dumps({k: row.get(k) for k in keys if pd.notna(row.get(k))}, ensure_ascii=False)


def generate_descriptions(
    products: pd.DataFrame, attributes: pd.DataFrame, anthropic_client, params: dict
) -> pd.DataFrame:
    frame = products.merge(attributes, on="sku", how="left")
    short = frame[~frame["category"].isin(LONG_FORM_CATEGORIES)]
    out = []
    for _, row in short.iterrows():
        message = anthropic_client.messages.create(
            model=params["model"],
            max_tokens=params.get("max_tokens", 600),
            system=DESCRIPTION_SYSTEM,
            messages=[
                {
                    "role": "user",
                    "content": render(
                        DESCRIPTION_USER,
                        title=row["title"],
                        brand=row.get("brand"),
                        category=row.get("category"),
                        attributes=_attributes_json(row),
                    ),
                }
            ],
        )
        text = "".join(b.text for b in message.content if b.type == "text").strip()
        out.append(
            {
                "sku": row["sku"],
                "description_en": text,
                "stop_reason": message.stop_reason,
                "input_tokens": message.usage.input_tokens,
                "output_tokens": message.usage.output_tokens,
            }
        )
    return pd.DataFrame(out)


def generate_long_descriptions(
    products: pd.DataFrame, attributes: pd.DataFrame, anthropic_client, params: dict
) -> pd.DataFrame:
    """Furniture copy runs to ~400 words; stream it so the 10-minute timeout never hits."""
    frame = products.merge(attributes, on="sku", how="left")
    long_form = frame[frame["category"].isin(LONG_FORM_CATEGORIES)]
    out = []
    for _, row in long_form.iterrows():
        chunks: list[str] = []
        with anthropic_client.messages.stream(
            model=params["model"],
            max_tokens=params.get("long_max_tokens", 2048),
            system=DESCRIPTION_SYSTEM.replace("80-120 words", "300-400 words"),
            messages=[{"role": "user", "content": f"{row['title']}\n{_attributes_json(row)}"}],
        ) as stream:
            for text in stream.text_stream:
                chunks.append(text)
            final = stream.get_final_message()
        out.append(
            {
                "sku": row["sku"],
                "description_en": "".join(chunks).strip(),
                "stop_reason": final.stop_reason,
                "input_tokens": final.usage.input_tokens,
                "output_tokens": final.usage.output_tokens,
            }
        )
    return pd.DataFrame(out)


def combine_descriptions(short: pd.DataFrame, long_form: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([short, long_form], ignore_index=True)


def translate_descriptions(descriptions: pd.DataFrame, llm_clients: dict[str, Any], params: dict) -> pd.DataFrame:
    """Sync path, used for small reruns. ``llm_clients`` is injected by LLMClientHooks."""
    mistral = llm_clients["mistral"]
    frame = descriptions.copy()
    for locale in params["target_locales"]:
        translations = []
        for text in frame["description_en"]:
            res = mistral.chat.complete(
                model=params["translation_model"],
                messages=[
                    {"role": "system", "content": render(TRANSLATION_SYSTEM, locale=locale)},
                    {"role": "user", "content": text},
                ],
                temperature=0.2,
            )
            translations.append(res.choices[0].message.content)
        frame[f"description_{locale.replace('-', '_').lower()}"] = translations
    return frame


async def _translate_all_async(texts: list[str], locale: str, model: str, concurrency: int) -> list[str]:
    client = get_mistral_client()
    sem = asyncio.Semaphore(concurrency)

    async def _one(text: str) -> str:
        async with sem:
            res = await client.chat.complete_async(
                model=model,
                messages=[
                    {"role": "system", "content": render(TRANSLATION_SYSTEM, locale=locale)},
                    {"role": "user", "content": text},
                ],
            )
            return res.choices[0].message.content

    return await asyncio.gather(*(_one(t) for t in texts))


def translate_descriptions_async(descriptions: pd.DataFrame, params: dict) -> pd.DataFrame:
    frame = descriptions.copy()
    texts = frame["description_en"].fillna("").tolist()
    for locale in params["target_locales"]:
        translated = asyncio.run(
            _translate_all_async(texts, locale, params["translation_model"], params.get("concurrency", 8))
        )
        frame[f"description_{locale.replace('-', '_').lower()}"] = translated
    return frame


async def _marketing_line(row: dict[str, Any]) -> str:
    response = await multi_model_service.generate_response(
        prompt=f"Write a 10-word promotional tagline for {row['title']} by {row.get('brand')}.",
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )
    return str(response).strip().strip('"')


def generate_marketing_taglines(descriptions: pd.DataFrame, products: pd.DataFrame) -> pd.DataFrame:
    """Taglines go through the tracked multi_model_service (the FinOps team asked for this one)."""
    rows = products[products["sku"].isin(descriptions["sku"])].to_dict(orient="records")

    async def _run():
        return await asyncio.gather(*(_marketing_line(r) for r in rows))

    taglines = asyncio.run(_run())
    return descriptions.merge(
        pd.DataFrame({"sku": [r["sku"] for r in rows], "tagline": taglines}), on="sku", how="left"
    )


def summarise_reviews(reviews: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Review summaries run on HF Inference Providers (cheap open model)."""
    hf = InferenceClient(
        model=params["review_summary_model"],
        token=os.environ.get("HF_TOKEN"),
        provider=params.get("hf_provider", "hf-inference"),
    )
    summaries = []
    for sku, group in reviews.groupby("sku"):
        joined = "\n".join(f"- {t}" for t in group["review_text"].head(30))
        out = hf.chat_completion(
            messages=[{"role": "user", "content": render(REVIEW_SUMMARY_PROMPT, reviews=joined)}],
            max_tokens=120,
            temperature=0.3,
        )
        summaries.append({"sku": sku, "review_summary": out.choices[0].message.content})
    return pd.DataFrame(summaries)
