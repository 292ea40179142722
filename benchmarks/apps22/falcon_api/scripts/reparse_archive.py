#!/usr/bin/env python
"""Re-run profile extraction over the scanned-CV archive with Gemini.

Uploads each PDF through the Files API, then asks for the profile JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib

from google import genai
from google.genai import types

from recruit_api.services.prompts import CV_EXTRACTION_PROMPT


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--model", default="gemini-1.5-pro")
    ap.add_argument("--out", default="reparsed.jsonl")
    args = ap.parse_args()

    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    with open(args.out, "w") as out:
        for path in sorted(pathlib.Path(args.folder).glob("*.pdf")):
            uploaded = client.files.upload(file=str(path))
            response = client.models.generate_content(
                model=args.model,
                contents=[uploaded, CV_EXTRACTION_PROMPT],
                config=types.GenerateContentConfig(response_mime_type="application/json"),
            )
            out.write(json.dumps({"file": path.name, "profile": json.loads(response.text)}) + "\n")
            client.files.delete(name=uploaded.name)
            print("ok", path.name)


if __name__ == "__main__":
    main()
