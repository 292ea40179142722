"""Embed data/faq.json offline (to sanity check thresholds) and upload it for the Assistants playground."""
import functools
import json
import sys
from pathlib import Path

import numpy as np
from openai import OpenAI

FAQ = Path("data/faq.json")


def main() -> None:
    client = OpenAI()
    entries = json.loads(FAQ.read_text(encoding="utf-8"))
    questions = [e["q"] for e in entries]

    embed = functools.partial(client.embeddings.create, model="text-embedding-3-small")
    vectors = []
    for i in range(0, len(questions), 100):
        resp = embed(input=questions[i:i + 100])
        vectors.extend(item.embedding for item in resp.data)
    mat = np.array(vectors)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True)
    sims = mat @ mat.T
    np.fill_diagonal(sims, 0)
    worst = np.unravel_index(np.argmax(sims), sims.shape)
    print(f"most similar pair ({sims[worst]:.3f}):\n  {questions[worst[0]]}\n  {questions[worst[1]]}")

    probe = sys.argv[1] if len(sys.argv) > 1 else "when do you stream?"
    q = client.embeddings.create(model="text-embedding-3-small", input=probe).data[0].embedding
    q = np.array(q) / np.linalg.norm(q)
    best = int(np.argmax(mat @ q))
    print(f"probe {probe!r} -> {questions[best]!r} ({float((mat @ q)[best]):.3f})")

    with FAQ.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="assistants")
    print("uploaded", uploaded.id)


if __name__ == "__main__":
    main()
