"""Generate synthetic FNOL narratives to pad out rare lines of business in the golden set."""
from __future__ import annotations

import json
import random
from pathlib import Path

from docai_models.providers import get_default_openai

SCENARIOS = {
    "workers_comp": ["forklift incident", "repetitive strain", "slip on wet floor"],
    "liability": ["dog bite at insured premises", "customer fall in store", "contractor damage"],
    "property": ["burst pipe", "hail damage to roof", "kitchen fire"],
}


class ClaimNumberGenerator:
    """Synthetic claim numbers in the same shape as Guidewire's (SYN-YYYY-NNNNNN)."""

    def __init__(self, year: int = 2024, seed: int = 7):
        self.year = year
        self._rng = random.Random(seed)
        self._seen: set[str] = set()

    def generate(self) -> str:
        while True:
            cand = f"SYN-{self.year}-{self._rng.randint(0, 999_999):06d}"
            if cand not in self._seen:
                self._seen.add(cand)
                return cand


def generate_fnol(lob: str, n: int = 20, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    client = get_default_openai()
    ids = ClaimNumberGenerator(seed=seed)
    rows = []
    for _ in range(n):
        scenario = rng.choice(SCENARIOS[lob])
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            temperature=1.0,
            messages=[{
                "role": "user",
                "content": f"Write a realistic 80-150 word first notice of loss for a {lob} claim: {scenario}. "
                "Vary tone and detail; include a date and a location.",
            }],
        )
        rows.append({
            "claim_id": ids.generate(),
            "fnol_text": resp.choices[0].message.content,
            "expected": {"line_of_business": lob},
        })
    return rows


def paraphrase(text: str) -> str:
    return get_default_openai().responses.create(
        model="gpt-4o-mini",
        input="Paraphrase this claim narrative keeping every fact:\n\n" + text,
    ).output_text


def main(out: str = "synthetic_fnol.jsonl") -> None:
    rows = [r for lob in SCENARIOS for r in generate_fnol(lob)]
    rows += [{**r, "fnol_text": paraphrase(r["fnol_text"])} for r in rows[:10]]
    Path(out).write_text("\n".join(json.dumps(r) for r in rows))


if __name__ == "__main__":
    main()
