"""RedactAndCheckLogs: before a build's logs are mirrored to the public
status page for the open-source builders, strip secrets and run them through
the moderation endpoint (we once leaked a customer name in a test fixture...).
"""
import re

from buildbot.process import buildstep
from buildbot.process.results import FAILURE, SUCCESS
from twisted.internet import threads

from llm.clients import get_openai_client
from utils.logs import fetch_failed_step_logs

SECRET_PATTERNS = [
    re.compile(r"(?i)(api[_-]?key|token|secret|password)\s*[:=]\s*\S+"),
    re.compile(r"sk-[A-Za-z0-9]{20,}"),
    re.compile(r"AKIA[0-9A-Z]{16}"),
]


def redact(text):
    for pat in SECRET_PATTERNS:
        text = pat.sub("[REDACTED]", text)
    return text


class RedactAndCheckLogs(buildstep.BuildStep):
    name = "redact-logs"
    alwaysRun = True

    def __init__(self, moderation_model="omni-moderation-latest", **kwargs):
        self.moderation_model = moderation_model
        super().__init__(**kwargs)

    async def run(self):
        logs = await fetch_failed_step_logs(self.master, self.build.buildid, max_chars=30000)
        client = get_openai_client()
        flagged = []
        for step_name, text in logs:
            clean = redact(text)
            result = await threads.deferToThread(
                client.moderations.create, model=self.moderation_model, input=clean
            )
            if any(r.flagged for r in result.results):
                flagged.append(step_name)
        if flagged:
            self.setProperty("public_logs_blocked", True, "RedactAndCheckLogs")
            await self.addCompleteLog("blocked", "\n".join(flagged))
            return FAILURE
        return SUCCESS
