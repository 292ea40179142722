#!/usr/bin/env python3
"""One-off: backfill CHANGELOG.md for old tags that never had notes.

Uses Fireworks in a thread pool (bulk, cheap) and Groq async for the tag headlines.
"""
import asyncio
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed

from gitai import git
from gitai.llm import get_async_groq_client, get_fireworks_client
from gitai.prompts import CHANGELOG_ENTRY_SYSTEM

MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"


def tags() -> list[str]:
    return git.run_git("tag", "--sort=creatordate").split()


def bullets_for(commits):
    fw = get_fireworks_client()
    out = {}
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = {
            pool.submit(
                fw.chat.completions.create,
                model=MODEL,
                messages=[
                    {"role": "system", "content": CHANGELOG_ENTRY_SYSTEM},
                    {"role": "user", "content": c.subject + "\n\n" + c.body},
                ],
                max_tokens=80,
            ): c
            for c in commits
        }
        for fut in as_completed(futures):
            c = futures[fut]
            out[c.sha] = fut.result().choices[0].message.content.strip()
    return [out[c.sha] for c in commits]


async def headlines(sections: dict[str, list[str]]) -> dict[str, str]:
    aclient = get_async_groq_client()

    async def one(tag, bullets):
        resp = await aclient.chat.completions.create(
            model="llama-3.1-8b-instant",
            messages=[{"role": "user", "content": f"Give a 6-word theme for release {tag}:\n" + "\n".join(bullets)}],
            max_tokens=20,
        )
        return tag, resp.choices[0].message.content.strip()

    return dict(await asyncio.gather(*(one(t, b) for t, b in sections.items())))


def main(out_path="CHANGELOG.backfill.md"):
    all_tags = tags()
    sections = {}
    for prev, cur in zip(all_tags, all_tags[1:]):
        commits = git.log_between(prev, cur)
        sections[cur] = bullets_for(commits) if commits else []
    themes = asyncio.run(headlines(sections))
    with open(out_path, "w") as fh:
        for tag in reversed(list(sections)):
            fh.write(f"## {tag} — {themes.get(tag, '')}\n\n")
            fh.writelines(f"- {b}\n" for b in sections[tag])
            fh.write("\n")
    print("wrote", out_path)


if __name__ == "__main__":
    main(*sys.argv[1:])
