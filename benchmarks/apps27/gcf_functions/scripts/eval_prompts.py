#!/usr/bin/env python3
"""Offline prompt evaluation: run the description prompt against a fixed set of
listings with Claude (direct API, not Vertex -- Ana's personal eval key) and Cohere,
and dump both outputs side by side for the copy team to rate.

Not deployed anywhere; run from a laptop.
"""
from __future__ import annotations

import csv
import json
import os
import pathlib
import sys

import anthropic
import cohere

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from common.prompts import BRAND_VOICE, LISTING_DESCRIPTION, format_facts  # noqa: E402

FIXTURES = pathlib.Path(__file__).with_name("eval_listings.json")


def main() -> None:
    claude = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    listings = json.loads(FIXTURES.read_text())
    out = csv.writer(sys.stdout)
    out.writerow(["id", "claude", "cohere"])
    for listing in listings:
        prompt = LISTING_DESCRIPTION.substitute(
            length=120, name=listing["name"], location=listing["location"],
            facts=format_facts(listing["facts"]),
        )
        a = claude.messages.create(
            model="claude-3-5-sonnet-20241022",
            max_tokens=600,
            system=BRAND_VOICE,
            messages=[{"role": "user", "content": prompt}],
        )
        c = co.chat(
            model="command-r-plus-08-2024",
            messages=[{"role": "system", "content": BRAND_VOICE}, {"role": "user", "content": prompt}],
        )
        out.writerow([listing["id"], a.content[0].text.strip(), c.message.content[0].text.strip()])


if __name__ == "__main__":
    main()
