"""Load raw documents and normalise them into a dataframe."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pandas as pd
from hamilton.function_modifiers import check_output, extract_columns

_WS = re.compile(r"[ \t\r\f\v]+")
_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<(script|style)[^>]*>.*?</\1>", re.S | re.I)
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " "}


def _strip_html(text: str) -> str:
    if "<" not in text:
        return text
    text = _SCRIPT.sub(" ", text)
    text = re.sub(r"</?(p|div|br|li|h[1-6])[^>]*>", "\n", text, flags=re.I)
    text = _TAG.sub("", text)
    for k, v in _ENTITIES.items():
        text = text.replace(k, v)
    return text


def _guess_lang(text: str) -> str:
    """Very rough; only used when the record has no lang field."""
    sample = text[:2000].lower()
    hints = {
        "de": (" und ", " der ", " nicht "),
        "fr": (" et ", " les ", " pas "),
        "es": (" y ", " los ", " para "),
    }
    scores = {lang: sum(sample.count(w) for w in words) for lang, words in hints.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] > 5 else "en"


def raw_records(input_path: str) -> list[dict]:
    """One JSON object per line; blank lines ignored."""
    records: list[dict] = []
    with Path(input_path).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                records.append(json.loads(line))
    return records


@check_output(allow_nans=False, importance="warn")
def documents_raw(raw_records: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame.from_records(raw_records)
    for col in ("doc_id", "title", "body", "lang"):
        if col not in df.columns:
            df[col] = ""
    missing = df["lang"].fillna("").eq("")
    df.loc[missing, "lang"] = df.loc[missing, "body"].fillna("").map(_guess_lang)
    return df


@extract_columns("doc_id", "title", "body", "lang", "content_hash")
def documents(documents_raw: pd.DataFrame, max_body_chars: int = 200_000) -> pd.DataFrame:
    df = documents_raw.copy()
    df["body"] = df["body"].fillna("").map(lambda s: _WS.sub(" ", _strip_html(s)).strip()[:max_body_chars])
    df["title"] = df["title"].fillna("").str.strip()
    df["content_hash"] = df["body"].map(lambda s: hashlib.sha1(s.encode("utf-8")).hexdigest())
    df = df.drop_duplicates("content_hash").reset_index(drop=True)
    return df[["doc_id", "title", "body", "lang", "content_hash"]]


def image_refs(raw_records: list[dict]) -> pd.DataFrame:
    rows = []
    for rec in raw_records:
        for i, img in enumerate(rec.get("images") or []):
            rows.append({"doc_id": rec.get("doc_id"), "idx": i, "url": img.get("url"), "alt": img.get("alt", "")})
    return pd.DataFrame(rows, columns=["doc_id", "idx", "url", "alt"])


def non_english_mask(lang: pd.Series) -> pd.Series:
    return lang.str.lower().ne("en")
