"""Alt-text for figures that came without one."""
from __future__ import annotations

import logging

import pandas as pd
import replicate
from hamilton.function_modifiers import config

from enrichment import prompts

logger = logging.getLogger(__name__)


def missing_alt(image_refs: pd.DataFrame) -> pd.DataFrame:
    return image_refs[image_refs["alt"].fillna("").str.len() < 5]


@config.when(caption_backend="replicate")
def captions__replicate(
    missing_alt: pd.DataFrame,
    replicate_client: replicate.Client,
    caption_model: str = "yorickvp/llava-13b:80537f9eead1a5bfa72d5ac6ea6414379be41d4d4f6679fd776e9535d1eb58bb",
) -> pd.Series:
    out = {}
    for row in missing_alt.itertuples(index=False):
        tokens = replicate_client.run(
            caption_model,
            input={"image": row.url, "prompt": prompts.CAPTION_PROMPT, "max_tokens": 80},
        )
        out[(row.doc_id, row.idx)] = "".join(tokens).strip()
    return pd.Series(out, dtype="object")


@config.when(caption_backend="replicate_default")
def captions__replicate_default(missing_alt: pd.DataFrame, caption_model: str = "salesforce/blip") -> pd.Series:
    # Old path: module-level client, token from REPLICATE_API_TOKEN.
    out = {}
    for row in missing_alt.itertuples(index=False):
        caption = replicate.run(caption_model, input={"image": row.url, "task": "image_captioning"})
        out[(row.doc_id, row.idx)] = str(caption).removeprefix("Caption: ")
    return pd.Series(out, dtype="object")


@config.when(caption_backend="skip")
def captions__skip(missing_alt: pd.DataFrame) -> pd.Series:
    return pd.Series({(r.doc_id, r.idx): "" for r in missing_alt.itertuples(index=False)}, dtype="object")


def caption_model_versions(replicate_client: replicate.Client, caption_model_owner: str = "yorickvp") -> list[str]:
    """Listed in the run metadata so we know which version produced the captions."""
    model = replicate_client.models.get(f"{caption_model_owner}/llava-13b")
    return [v.id for v in model.versions.list()][:5]
