#!/usr/bin/env python
"""Upload reference PDFs so prompts can cite them by file id / uri."""
import pathlib
import sys

from zmq_workers.llm import get_genai_client, get_openai_client


def main(folder: str) -> None:
    oai = get_openai_client()
    genai_client = get_genai_client()
    for path in sorted(pathlib.Path(folder).glob("*.pdf")):
        with path.open("rb") as fh:
            f = oai.files.create(file=fh, purpose="assistants")
        g = genai_client.files.upload(file=str(path))
        print(f"{path.name}: openai={f.id} google={g.uri}")


if __name__ == "__main__":
    main(sys.argv[1])
