"""Incident triage bot: watches #incidents and posts a severity + next steps."""
from __future__ import annotations

import logging
from typing import Any, Dict

from zulip_bots.lib import BotHandler

from botlib import get_bedrock_runtime, load_settings
from botlib.prompts import bedrock_messages
from bots.incident_triage.classifier import SeverityClassifier, Triage
from bots.incident_triage.runbooks import suggest_runbook

log = logging.getLogger(__name__)

DEFAULT_COMPONENTS = ["api", "web", "billing", "auth", "search", "queue", "db", "infra"]


class IncidentTriageHandler:
    def usage(self) -> str:
        return "I triage new topics in #incidents. Mention me in a topic to re-triage it."

    def initialize(self, bot_handler: BotHandler) -> None:
        self.settings = load_settings(bot_handler)
        components = self.settings.extra.get("components")
        self.components = components.split(",") if components else DEFAULT_COMPONENTS
        self.runtime = get_bedrock_runtime(self.settings.aws_region)
        self.classifier = SeverityClassifier(self.runtime, self.settings.bedrock_model, self.components)
        self.oncall_stream = self.settings.extra.get("oncall_stream", "oncall")

    def _status_update(self, triage: Triage, report: str) -> str:
        """Short status-page style sentence, streamed from Bedrock."""
        stream = self.runtime.converse_stream(
            modelId=self.settings.bedrock_model,
            messages=bedrock_messages(
                f"Write one sentence for a public status page about this incident "
                f"({triage.severity}, {triage.component}): {report[:3000]}"
            ),
            inferenceConfig={"maxTokens": 120},
        )
        parts = []
        for event in stream["stream"]:
            if "contentBlockDelta" in event:
                parts.append(event["contentBlockDelta"]["delta"].get("text", ""))
        return "".join(parts).strip()

    def handle_message(self, message: Dict[str, Any], bot_handler: BotHandler) -> None:
        if message.get("type") != "stream":
            bot_handler.send_reply(message, self.usage())
            return
        key = f"triaged:{message['stream_id']}:{message['subject']}"
        is_mention = "@**" in message["content"]
        if bot_handler.storage.contains(key) and not is_mention:
            return

        report = message["content"]
        triage = self.classifier.classify(report)
        lines = [
            f"**{triage.severity}** · component: `{triage.component}`",
            triage.summary,
        ]
        if triage.next_steps:
            lines.append("**Next steps:**")
            lines.extend(f"1. {step}" for step in triage.next_steps)
        try:
            runbook = suggest_runbook(triage.component, triage.summary, self.settings.bedrock_model)
            lines.append(f"\n**Runbook:**\n```quote\n{runbook}\n```")
        except Exception:  # runbook suggestions are best effort
            log.exception("runbook suggestion failed")
        bot_handler.send_reply(message, "\n".join(lines))
        bot_handler.storage.put(key, triage.severity)

        if triage.is_page_worthy:
            status = self._status_update(triage, report)
            bot_handler.send_message({
                "type": "stream",
                "to": self.oncall_stream,
                "topic": message["subject"],
                "content": f":rotating_light: {triage.severity} in `{triage.component}`: {status}",
            })


handler_class = IncidentTriageHandler
