"""Translate listing titles/descriptions for the EU storefronts (dask.delayed)."""
from __future__ import annotations

import logging

import dask
import pandas as pd

from enrich import io
from enrich.cluster import cluster_session
from enrich.config import load_settings
from enrich.lib import make_hf_client
from enrich.tasks.translate import SUPPORTED, translate_record, translate_record_tgi
from jobs._common import base_parser, setup_logging

log = logging.getLogger("jobs.translate_listings")


@dask.delayed
def translate_chunk(records: list[dict], lang: str, use_tgi: bool) -> list[dict]:
    fn = translate_record_tgi if use_tgi else translate_record
    return [fn(r, lang) for r in records]


@dask.delayed
def glossary_check(records: list[dict], lang: str, model: str) -> list[dict]:
    """Second pass: ask the model to fix brand names the first pass translated."""
    checked = []
    for r in records:
        msg = (f"Original: {r['title']}\nTranslation ({lang}): {r.get(f'title_{lang}', '')}\n"
               "If a brand or product name was translated, restore it. Output only the corrected translation.")
        fixed = make_hf_client(model).chat_completion(
            messages=[{"role": "user", "content": msg}], max_tokens=200
        )
        checked.append({**r, f"title_{lang}": fixed.choices[0].message.content.strip()})
    return checked


def main() -> None:
    parser = base_parser(__doc__)
    parser.add_argument("--langs", default="de,fr,es")
    parser.add_argument("--tgi", action="store_true")
    parser.add_argument("--chunk", type=int, default=200)
    args = parser.parse_args()
    setup_logging(args.verbose)
    settings = load_settings(args.profile)

    pdf = io.read_table("listings_eu", columns=["listing_id", "title", "description"], run_date=args.date).compute()
    records = pdf.to_dict("records")
    chunks = [records[i:i + args.chunk] for i in range(0, len(records), args.chunk)]

    with cluster_session(settings, providers=("hf",)):
        parts = []
        for lang in args.langs.split(","):
            if lang not in SUPPORTED:
                raise SystemExit(f"unsupported language {lang}")
            for chunk in chunks:
                first = translate_chunk(chunk, lang, args.tgi)
                parts.append(glossary_check(first, lang, settings.models.translate_hf))
        results = dask.compute(*parts)

    flat = [row for part in results for row in part]
    out = pd.DataFrame(flat).groupby("listing_id", as_index=False).first()
    out.to_parquet(io.dataset_path("listings_eu_translated", args.date, stage="enriched") + "/part-0.parquet")


if __name__ == "__main__":
    main()
