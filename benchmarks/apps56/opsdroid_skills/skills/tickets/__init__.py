"""tickets skill: classify and route Jira tickets."""
import logging

from opsdroid.events import Message
from opsdroid.matchers import match_crontab, match_regex
from opsdroid.skill import Skill

from skills.common import openai_client
from skills.common.config import setting
from skills.common.formatting import shorten

from .classifier import TicketClassifier
from .jira import JiraClient, plain_description

_LOGGER = logging.getLogger(__name__)

TRIAGED_KEY = "tickets.triaged"


class TicketSkill(Skill):
    def __init__(self, opsdroid, config):
        super().__init__(opsdroid, config)
        self.jira = JiraClient(
            setting(config, "jira_url", required=True),
            setting(config, "jira_user", required=True),
            setting(config, "jira_token", required=True),
        )
        self.classifier = TicketClassifier(
            openai_client(config), model=config.get("classifier_model", "gpt-4o-mini")
        )
        self.project = config.get("project", "OPS")

    @match_regex(r"^classify (?P<key>[A-Z]+-\d+)$")
    async def classify_one(self, message):
        key = message.entities["key"]["value"]
        issue = await self.jira.get(key)
        title = issue["fields"]["summary"]
        body = plain_description(issue)
        result = await self.classifier.classify(title, body)
        await message.respond(f"`{key}` → *{result.label}* / {result.priority}: {result.reason}")

    @match_regex(r"^ticket (?P<summary>.+)$")
    async def open_ticket(self, message):
        summary = message.entities["summary"]["value"]
        issue = await self.jira.create(self.project, summary, f"Raised from chat by {message.user}")
        await message.respond(f"Created {issue['key']}")

    @match_crontab("*/15 8-19 * * 1-5", timezone="Europe/London")
    async def triage_new(self, event):
        triaged = set(await self.opsdroid.memory.get(TRIAGED_KEY) or [])
        issues = await self.jira.search(
            f'project = {self.project} AND labels is EMPTY AND created >= -1d ORDER BY created ASC'
        )
        recent = await self.jira.search(f"project = {self.project} AND created >= -14d", max_results=100)
        candidates = [
            {"key": i["key"], "text": i["fields"]["summary"]} for i in recent
        ]
        for issue in issues:
            key = issue["key"]
            if key in triaged:
                continue
            title = issue["fields"]["summary"]
            body = plain_description(issue)
            result = await self.classifier.classify(title, body)
            await self.jira.label(key, [result.label], priority=_priority_name(result.priority))
            dupes = await self.classifier.near_duplicates(
                title, [c for c in candidates if c["key"] != key]
            )
            if dupes:
                await self.jira.comment(key, "Possible duplicates: " + ", ".join(d["key"] for d in dupes[:3]))
            if result.priority == "P1" and not await self.classifier.is_sensitive(body):
                connector = self.opsdroid.default_connector
                await connector.send(
                    Message(text=f":rotating_light: {key} {shorten(title)}", target="#ops", connector=connector)
                )
            triaged.add(key)
        await self.opsdroid.memory.put(TRIAGED_KEY, sorted(triaged)[-500:])


def _priority_name(p):
    return {"P1": "Highest", "P2": "High", "P3": "Medium", "P4": "Low"}[p]
