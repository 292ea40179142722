"""First stage: clean text columns, normalise identifiers, drop obvious junk rows."""
from __future__ import annotations

import re

import pandas as pd

from enrich.models import Batch
from enrich.stages.base import BaseStage
from enrich.utils.frames import TEXT_COLUMNS, ensure_columns
from enrich.utils.text import clean

_SKU = re.compile(r"[^A-Z0-9\-]")


class NormalizeStage(BaseStage):
    name = "normalize"

    async def run(self, batch: Batch) -> Batch:
        frame = ensure_columns(batch.frame.copy(), ("sku", "title", "description", "brand"))
        for col in TEXT_COLUMNS:
            if col in frame.columns:
                frame[col] = frame[col].map(clean)
        frame["sku"] = frame["sku"].astype(str).str.upper().str.replace(_SKU, "", regex=True)
        frame["brand"] = frame["brand"].fillna("").astype(str).str.strip().str.title()
        before = len(frame)
        frame = frame[(frame["sku"] != "") & (frame["title"].str.len() > 2)]
        frame = frame.drop_duplicates(subset=["sku"], keep="last")
        if before != len(frame):
            self.log.info("batch %s: dropped %d rows", batch.key, before - len(frame))
        frame["normalized_at"] = pd.Timestamp.utcnow()
        return batch.with_frame(frame.reset_index(drop=True))
