"""GitHub REST helpers for the PR review plugin."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import requests

PR_URL = re.compile(r"https://github\.com/(?P<owner>[\w.-]+)/(?P<repo>[\w.-]+)/pull/(?P<number>\d+)")


@dataclass
class PullRequest:
    owner: str
    repo: str
    number: int
    title: str
    body: str
    author: str
    diff: str
    labels: list


class GitHubClient:
    def __init__(self, token: str, api: str = "https://api.github.com") -> None:
        self.api = api.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}", "X-GitHub-Api-Version": "2022-11-28"})

    def pull_request(self, owner: str, repo: str, number: int, max_diff: int = 60_000) -> PullRequest:
        r = self.session.get(f"{self.api}/repos/{owner}/{repo}/pulls/{number}", timeout=20)
        r.raise_for_status()
        meta = r.json()
        d = self.session.get(
            f"{self.api}/repos/{owner}/{repo}/pulls/{number}",
            headers={"Accept": "application/vnd.github.diff"},
            timeout=30,
        )
        d.raise_for_status()
        return PullRequest(
            owner=owner,
            repo=repo,
            number=number,
            title=meta.get("title", ""),
            body=meta.get("body") or "",
            author=(meta.get("user") or {}).get("login", "?"),
            diff=d.text[:max_diff],
            labels=[l["name"] for l in meta.get("labels", [])],
        )

    def comment(self, owner: str, repo: str, number: int, body: str) -> dict:
        r = self.session.post(
            f"{self.api}/repos/{owner}/{repo}/issues/{number}/comments", json={"body": body}, timeout=20
        )
        r.raise_for_status()
        return r.json()


def parse_pr_url(text: str) -> Optional[tuple]:
    m = PR_URL.search(text or "")
    if not m:
        return None
    return m.group("owner"), m.group("repo"), int(m.group("number"))
