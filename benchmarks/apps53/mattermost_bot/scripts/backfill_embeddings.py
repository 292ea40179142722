"""Re-embed the runbook export after changing the embedding model.

    python scripts/backfill_embeddings.py runbooks/ out.jsonl
"""
import json
import pathlib
import sys

from openai import OpenAI


def main(src: str, dst: str) -> None:
    client = OpenAI()
    docs = [(p.stem, p.read_text()) for p in sorted(pathlib.Path(src).glob("*.md"))]
    with open(dst, "w") as out:
        for i in range(0, len(docs), 50):
            batch = docs[i : i + 50]
            resp = client.embeddings.create(model="text-embedding-3-small", input=[body for _, body in batch])
            for (title, body), row in zip(batch, resp.data):
                out.write(json.dumps({"title": title, "body": body, "vector": row.embedding}) + "\n")
            print(f"{i + len(batch)}/{len(docs)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
