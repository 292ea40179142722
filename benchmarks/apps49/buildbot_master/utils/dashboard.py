"""Client for the internal CI dashboard (not an LLM)."""
import os

import requests

DASHBOARD_URL = os.environ.get("CI_DASHBOARD_URL", "https://ci-dash.internal.example.com")


class DashboardClient:
    def __init__(self, token=None, base_url=DASHBOARD_URL):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ.get('CI_DASH_TOKEN', '')}"

    def post_summary(self, build_url, summary, verdict=None):
        resp = self.session.post(
            f"{self.base_url}/api/v2/summaries",
            json={"build_url": build_url, "summary": summary, "verdict": verdict},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()

    def flaky_history(self, test_name, limit=20):
        resp = self.session.get(
            f"{self.base_url}/api/v2/tests/history",
            params={"name": test_name, "limit": limit},
            timeout=10,
        )
        resp.raise_for_status()
        return [(row["build"], row["result"]) for row in resp.json()["rows"]]


class TicketClient:
    """Thin Jira wrapper; `issues.create` is Jira, not a model."""

    class _Issues:
        def __init__(self, session, base):
            self._session, self._base = session, base

        def create(self, project, summary, description, labels=()):
            resp = self._session.post(
                f"{self._base}/rest/api/2/issue",
                json={"fields": {"project": {"key": project}, "summary": summary,
                                 "description": description, "labels": list(labels),
                                 "issuetype": {"name": "Bug"}}},
                timeout=15,
            )
            resp.raise_for_status()
            return resp.json()["key"]

    def __init__(self, base_url=None, user=None, token=None):
        self.session = requests.Session()
        self.session.auth = (user or os.environ.get("JIRA_USER", ""), token or os.environ.get("JIRA_TOKEN", ""))
        self.issues = self._Issues(self.session, base_url or os.environ.get("JIRA_URL", "https://jira.example.com"))
