"""Build assets/lore_index.json from docs/lore/*.md.

    python scripts/build_lore_index.py [--gemini]
"""
import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ai.embeddings import LORE_INDEX, embed_lore_gemini, embed_lore_openai  # noqa: E402


def chunks(text: str, size: int = 600):
    para = ""
    for line in text.splitlines():
        if len(para) + len(line) > size and para:
            yield para.strip()
            para = ""
        para += line + "\n"
    if para.strip():
        yield para.strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gemini", action="store_true")
    ap.add_argument("--src", default="docs/lore")
    args = ap.parse_args()
    snippets = []
    for md in sorted(Path(args.src).glob("*.md")):
        snippets.extend(chunks(md.read_text(encoding="utf-8")))
    embed = embed_lore_gemini if args.gemini else embed_lore_openai
    vectors = []
    for i in range(0, len(snippets), 64):
        vectors.extend(embed(snippets[i:i + 64]))
    LORE_INDEX.parent.mkdir(parents=True, exist_ok=True)
    LORE_INDEX.write_text(json.dumps([{"text": t, "vector": v} for t, v in zip(snippets, vectors)]))
    print(f"wrote {len(snippets)} snippets to {LORE_INDEX}")


if __name__ == "__main__":
    main()
