"""Upload eval JSONL files to OpenAI storage so the eval team can run batches."""
import pathlib
import sys

from serving_common import get_openai_client


def upload(paths):
    client = get_openai_client()
    ids = []
    for p in paths:
        with open(p, "rb") as fh:
            f = client.files.create(file=fh, purpose="batch")
        ids.append(f.id)
        print(f"{p} -> {f.id}")
    return ids


def cleanup(prefix="eval-"):
    client = get_openai_client()
    for f in client.files.list():
        if f.filename.startswith(prefix):
            client.files.delete(f.id)


if __name__ == "__main__":
    upload([pathlib.Path(a) for a in sys.argv[1:]])
