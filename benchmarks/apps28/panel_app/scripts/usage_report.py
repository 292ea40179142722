#!/usr/bin/env python
"""Weekly LLM spend report for the desk head (reads desk.llm_usage_logs).

    python scripts/usage_report.py --weeks 1 --out spend.md

Pure SQL + pandas; it re-prices rows with the current price table so old rows
logged before a price change still line up with the invoice.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import pathlib

import pandas as pd
import sqlalchemy as sa

from deskassist.services.costs import PRICES, estimate_cost_usd

QUERY = """
SELECT ts, provider, model, feature, input_tokens, output_tokens, success, username
FROM desk.llm_usage_logs
WHERE ts >= :since
"""


class ReportBuilder:
    def __init__(self, frame: pd.DataFrame):
        self.frame = frame

    def completion(self) -> float:
        """Share of successful calls (named after the SLA metric, not an LLM call)."""
        if self.frame.empty:
            return 1.0
        return float(self.frame["success"].mean())

    def generate(self) -> str:
        df = self.frame.copy()
        if df.empty:
            return "# LLM spend\n\nNo calls in the period.\n"
        df["usd"] = [
            estimate_cost_usd(m, i, o) for m, i, o in zip(df["model"], df["input_tokens"], df["output_tokens"])
        ]
        unknown = sorted(set(df["model"]) - set(PRICES))
        by_feature = df.groupby("feature")[["input_tokens", "output_tokens", "usd"]].sum().sort_values("usd", ascending=False)
        by_user = df.groupby("username")["usd"].sum().sort_values(ascending=False).head(10)
        lines = [
            "# LLM spend",
            f"Total: **${df['usd'].sum():,.2f}** over {len(df):,} calls "
            f"(success rate {self.completion():.1%})",
            "",
            "## By feature",
            by_feature.to_markdown(),
            "",
            "## Top users",
            by_user.to_markdown(),
        ]
        if unknown:
            lines += ["", f"_Unpriced models: {', '.join(unknown)}_"]
        return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--weeks", type=int, default=1)
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path("spend.md"))
    args = ap.parse_args()
    engine = sa.create_engine(os.environ["DESK_DB_DSN"])
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(weeks=args.weeks)
    with engine.connect() as conn:
        frame = pd.read_sql(sa.text(QUERY), conn, params={"since": since})
    args.out.write_text(ReportBuilder(frame).generate())
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
