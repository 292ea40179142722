"""Cleaning of the raw supplier feed. No model calls in here."""
from __future__ import annotations

import html
import logging
import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

logger = logging.getLogger(__name__)

_TAGS = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")
_SIZE_TOKENS = re.compile(r"\b(XXS|XS|S|M|L|XL|XXL|\d{2}(?:/\d{2})?)\b")


def _clean_text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = html.unescape(str(value))
    text = _TAGS.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True)
class SlugGenerator:
    prefix: str = ""
    max_length: int = 80

    def generate(self, title: str, sku: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        slug = f"{self.prefix}{base}-{sku.lower()}"
        return slug[: self.max_length]


def clean_supplier_products(supplier_products: pd.DataFrame, params: dict) -> pd.DataFrame:
    df = supplier_products.copy()
    df.columns = [c.strip().lower() for c in df.columns]
    for col in ("title", "description", "brand", "supplier_category"):
        if col in df:
            df[col] = df[col].map(_clean_text)
    df = df[df["title"].str.len() > 0]
    df = df[~df["status"].isin(params.get("excluded_statuses", ["discontinued"]))]
    df["sku"] = df["sku"].astype(str).str.upper()
    slugger = SlugGenerator(prefix=params.get("slug_prefix", ""))
    df["slug"] = [slugger.generate(t, s) for t, s in zip(df["title"], df["sku"])]
    logger.info("clean_supplier_products: %d rows kept of %d", len(df), len(supplier_products))
    return df.reset_index(drop=True)


def deduplicate_products(products: pd.DataFrame) -> pd.DataFrame:
    products = products.sort_values("updated_at", ascending=False)
    deduped = products.drop_duplicates(subset=["sku"], keep="first")
    dupes = len(products) - len(deduped)
    if dupes:
        logger.warning("dropped %d duplicate SKUs", dupes)
    return deduped


def extract_size_hints(products: pd.DataFrame) -> pd.DataFrame:
    hints = products["title"].str.findall(_SIZE_TOKENS).map(lambda xs: sorted(set(xs)))
    return products.assign(size_hints=hints)


def sample_for_enrichment(products: pd.DataFrame, params: dict) -> pd.DataFrame:
    limit = params.get("max_products")
    if limit and len(products) > limit:
        return products.sample(n=limit, random_state=params.get("seed", 7))
    return products
