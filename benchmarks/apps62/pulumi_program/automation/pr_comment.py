"""Posts the preview explanation to the PR. Written before we had the SDKs in the
CI image, hence raw httpx against the Anthropic API."""
from __future__ import annotations

import os

import httpx

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
GITHUB_API = "https://api.github.com"


async def explain_preview(diff_text: str) -> str:
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    body = {
        "model": "claude-3-5-haiku-20241022",
        "max_tokens": 700,
        "messages": [{"role": "user", "content": f"Summarise this Pulumi preview for reviewers:\n{diff_text[:40000]}"}],
    }
    async with httpx.AsyncClient(timeout=90) as http:
        resp = await http.post(ANTHROPIC_URL, headers=headers, json=body)
        resp.raise_for_status()
        return resp.json()["content"][0]["text"]


async def post_comment(repo: str, pr_number: int, body: str) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        resp = await http.post(
            f"{GITHUB_API}/repos/{repo}/issues/{pr_number}/comments",
            headers={"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}",
                     "Accept": "application/vnd.github+json"},
            json={"body": body},
        )
        resp.raise_for_status()
