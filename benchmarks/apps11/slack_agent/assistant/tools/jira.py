"""Jira lookups and ticket creation."""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, List

import requests
from requests.auth import HTTPBasicAuth

from assistant.config import get_settings
from assistant.services.multi_model_service import TaskComplexity, multi_model_service
from assistant.tools import register_tool
from assistant.tools.base import Tool, ToolContext, ToolResult

log = logging.getLogger(__name__)

_FIELDS = "summary,status,assignee,priority,updated"


def _session() -> requests.Session:
    settings = get_settings()
    session = requests.Session()
    session.auth = HTTPBasicAuth(settings.jira_user, settings.jira_token)
    session.headers.update({"Accept": "application/json"})
    return session


def _format_issue(issue: Dict[str, Any]) -> str:
    fields = issue.get("fields", {})
    assignee = (fields.get("assignee") or {}).get("displayName", "unassigned")
    status = (fields.get("status") or {}).get("name", "?")
    return f"*{issue['key']}* {fields.get('summary', '')} ({status}, {assignee})"


@register_tool
class JiraSearch(Tool):
    name = "jira_search"
    description = "Search Jira issues with JQL and return key, summary, status and assignee."
    input_schema = {
        "type": "object",
        "properties": {
            "jql": {"type": "string", "description": "A JQL query"},
            "limit": {"type": "integer", "minimum": 1, "maximum": 25},
        },
        "required": ["jql"],
    }

    async def run(self, ctx: ToolContext, jql: str, limit: int = 10, **_: Any) -> ToolResult:
        settings = get_settings()

        def _search() -> List[Dict[str, Any]]:
            resp = _session().get(
                f"{settings.jira_base_url}/rest/api/3/search/jql",
                params={"jql": jql, "maxResults": limit, "fields": _FIELDS},
                timeout=20,
            )
            resp.raise_for_status()
            return resp.json().get("issues", [])

        try:
            issues = await asyncio.to_thread(_search)
        except requests.HTTPError as exc:
            return ToolResult.error(f"Jira rejected the query: {exc.response.status_code}")
        if not issues:
            return ToolResult("No issues matched.")
        return ToolResult("\n".join(_format_issue(i) for i in issues))


@register_tool
class JiraCreate(Tool):
    name = "jira_create"
    description = (
        "Create a Jira issue. Give a project key, a one-line summary and the raw notes; "
        "the description is written up from the notes."
    )
    input_schema = {
        "type": "object",
        "properties": {
            "project": {"type": "string"},
            "summary": {"type": "string"},
            "notes": {"type": "string"},
            "issue_type": {"type": "string", "enum": ["Task", "Bug", "Story"]},
        },
        "required": ["project", "summary", "notes"],
    }
    requires_opt_in = True

    async def run(
        self,
        ctx: ToolContext,
        project: str,
        summary: str,
        notes: str,
        issue_type: str = "Task",
        **_: Any,
    ) -> ToolResult:
        description = await multi_model_service.generate_response(
            prompt=(
                "Turn these Slack notes into a Jira description with Context, Steps and "
                f"Acceptance criteria sections. Keep it short.\n\n{notes}"
            ),
            task_type="jira_description",
            complexity=TaskComplexity.SIMPLE,
            slack_user=ctx.slack_user,
        )
        settings = get_settings()
        payload = {
            "fields": {
                "project": {"key": project},
                "summary": summary[:250],
                "issuetype": {"name": issue_type},
                "description": {
                    "type": "doc",
                    "version": 1,
                    "content": [{"type": "paragraph", "content": [{"type": "text", "text": description}]}],
                },
            }
        }
        resp = await asyncio.to_thread(
            requests.post,
            f"{settings.jira_base_url}/rest/api/3/issue",
            json=payload,
            auth=HTTPBasicAuth(settings.jira_user, settings.jira_token),
            timeout=20,
        )
        if resp.status_code >= 400:
            log.warning("jira create failed: %s %s", resp.status_code, resp.text[:300])
            return ToolResult.error("Jira didn't accept the issue; check the project key.")
        key = resp.json()["key"]
        return ToolResult(f"Created <{settings.jira_base_url}/browse/{key}|{key}>")
