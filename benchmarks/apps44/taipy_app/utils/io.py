"""File helpers for uploads coming from the GUI's file_selector."""
from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pandas as pd

SUPPORTED = {".txt", ".md", ".csv", ".pdf"}


def read_text(path: str | Path) -> str:
    path = Path(path)
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        reader = PdfReader(str(path))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    return path.read_text(encoding="utf-8", errors="replace")


def fingerprint(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def load_documents(paths: list[str]) -> list[dict]:
    docs = []
    for p in paths:
        if Path(p).suffix.lower() not in SUPPORTED:
            continue
        body = read_text(p)
        docs.append({"id": fingerprint(body), "name": Path(p).name, "text": body})
    return docs


def df_sample_csv(df: pd.DataFrame, n: int = 8) -> str:
    buf = io.StringIO()
    df.head(n).to_csv(buf, index=False)
    return buf.getvalue()


def save_upload(src: str, dest_dir: str = "uploads") -> Path:
    """Copy a file_selector temp file into the uploads folder (keeps the name)."""
    import shutil

    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / Path(src).name
    shutil.copy(src, target)
    return target


def tickets_from_export(path: str) -> pd.DataFrame:
    """Zendesk export -> the columns classify_tickets expects."""
    df = pd.read_csv(path)
    rename = {"Ticket ID": "id", "Subject": "subject", "Description": "body"}
    df = df.rename(columns=rename)
    missing = {"id", "subject", "body"} - set(df.columns)
    if missing:
        raise ValueError(f"export is missing columns: {sorted(missing)}")
    return df[["id", "subject", "body"]]
