"""Translate non-English documents to English before summarising.

Goes through litellm so ops can swap the model in config without a deploy.
"""
from __future__ import annotations

import functools
from concurrent.futures import ThreadPoolExecutor

import litellm
import pandas as pd
from hamilton.function_modifiers import config

from enrichment import prompts
from enrichment.utils.retry import with_retries


def _messages(text: str, target_lang: str = "English") -> list[dict]:
    return [{"role": "user", "content": prompts.TRANSLATE_TEMPLATE.format(target_lang=target_lang, text=text)}]


@config.when(translate=True)
def translated_bodies__on(
    documents: pd.DataFrame,
    non_english_mask: pd.Series,
    translation_model: str = "gpt-4o-mini",
    max_concurrency: int = 8,
) -> pd.Series:
    todo = documents[non_english_mask.values]
    with ThreadPoolExecutor(max_workers=max_concurrency) as pool:
        futures = {
            doc_id: pool.submit(litellm.completion, model=translation_model, messages=_messages(body), temperature=0)
            for doc_id, body in zip(todo["doc_id"], todo["body"])
        }
        translated = {k: f.result().choices[0].message.content for k, f in futures.items()}
    bodies = documents.set_index("doc_id")["body"].copy()
    bodies.update(pd.Series(translated, dtype="object"))
    return bodies


@config.when(translate=False)
def translated_bodies__off(documents: pd.DataFrame) -> pd.Series:
    return documents.set_index("doc_id")["body"]


def translated_titles(documents: pd.DataFrame, non_english_mask: pd.Series, translation_model: str = "gpt-4o-mini") -> pd.Series:
    complete = with_retries(litellm.completion, attempts=3)
    titles = documents.set_index("doc_id")["title"].copy()
    for doc_id, title in zip(documents["doc_id"][non_english_mask.values], documents["title"][non_english_mask.values]):
        resp = complete(model=translation_model, messages=_messages(title), max_tokens=60)
        titles[doc_id] = resp.choices[0].message.content.strip()
    return titles


def detected_languages(documents: pd.DataFrame, language_model: str = "groq/llama-3.1-8b-instant") -> pd.Series:
    detect = functools.partial(litellm.completion, model=language_model, max_tokens=5, temperature=0)
    out = {}
    for doc_id, body in zip(documents["doc_id"], documents["body"]):
        resp = detect(messages=[{"role": "user", "content": f"ISO 639-1 code of the language of:\n{body[:500]}"}])
        out[doc_id] = resp.choices[0].message.content.strip().lower()[:2]
    return pd.Series(out)


def translation_cost_usd(documents: pd.DataFrame, non_english_mask: pd.Series, translation_model: str = "gpt-4o-mini") -> float:
    """Estimate only: token_counter + cost_per_token, no request."""
    total = 0.0
    for body in documents["body"][non_english_mask.values]:
        n = litellm.token_counter(model=translation_model, messages=_messages(body))
        prompt_cost, completion_cost = litellm.cost_per_token(model=translation_model, prompt_tokens=n, completion_tokens=n)
        total += prompt_cost + completion_cost
    return total
