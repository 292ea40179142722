"""Archive keyword extraction with the old google-generativeai SDK.

Superseded by jobs/tagging.py (google-genai). Kept because the 2019-2021 archive
backfill still uses its keyword format.
"""
import json
import os
import sys

import google.generativeai as genai

genai.configure(api_key=os.environ["GEMINI_API_KEY"])

model = genai.GenerativeModel(
    "gemini-1.5-flash",
    system_instruction="Extract up to 8 SEO keywords from the article. Return a JSON list of strings.",
    generation_config={"temperature": 0.2, "response_mime_type": "application/json"},
)


def keywords(text):
    resp = model.generate_content(text[:30000])
    try:
        return json.loads(resp.text)
    except ValueError:
        return []


def run(jsonl_path):
    with open(jsonl_path) as fh:
        for line in fh:
            art = json.loads(line)
            print(json.dumps({"id": art["id"], "keywords": keywords(art["body"])}))


if __name__ == "__main__":
    run(sys.argv[1])
