#!/usr/bin/env python3
"""Pre-fill the summary cache in parallel before a release build (CI job ``docs-warm``)."""

from __future__ import annotations

import argparse
import concurrent.futures as cf
from pathlib import Path

from mkdocs_ai_docs import prompts
from mkdocs_ai_docs.cache import ResponseCache
from mkdocs_ai_docs.providers.clients import get_openai_client
from mkdocs_ai_docs.utils.markdown import first_heading, strip_code


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs_dir", type=Path)
    ap.add_argument("--cache-dir", default=".cache/ai-docs")
    ap.add_argument("--model", default="gpt-4o-mini")
    ap.add_argument("--words", type=int, default=60)
    ap.add_argument("-j", "--jobs", type=int, default=8)
    args = ap.parse_args()

    cache = ResponseCache(args.cache_dir)
    client = get_openai_client()
    todo = {}
    for path in sorted(args.docs_dir.rglob("*.md")):
        md = path.read_text("utf-8")
        body = strip_code(md)
        key = cache.key_for("summary", args.model, str(args.words), body)
        if cache.get("summaries", key) is None:
            todo[key] = (path, md, body)

    print(f"{len(todo)} pages need summaries")
    with cf.ThreadPoolExecutor(args.jobs) as pool:
        futures = {
            pool.submit(
                client.chat.completions.create,
                model=args.model,
                messages=[
                    {"role": "system", "content": prompts.SUMMARY_SYSTEM},
                    {
                        "role": "user",
                        "content": prompts.SUMMARY_PROMPT.format(
                            max_words=args.words, title=first_heading(md) or path.name, body=body
                        ),
                    },
                ],
            ): key
            for key, (path, md, body) in todo.items()
        }
        for fut in cf.as_completed(futures):
            key = futures[fut]
            resp = fut.result()
            cache.set("summaries", key, resp.choices[0].message.content.strip(), args.model)
            print("ok", todo[key][0])


if __name__ == "__main__":
    main()
