import re
from datetime import datetime, timezone

from errbot import BotPlugin, arg_botcmd, botcmd, re_botcmd, webhook

from lib import get_anthropic_client, get_groq_client
from lib.aio import run_sync
from lib.formatting import chunk_for_chat, truncate
from lib.multi_model_service import TaskComplexity, multi_model_service
from lib.prompts import POSTMORTEM_PROMPT
from lib.settings import MODELS
from pagerduty import PagerDutyClient, render_timeline
from summariser import IncidentSummariser, classify_severity

INCIDENT_ID = re.compile(r"\b(P[A-Z0-9]{6})\b")


class IncidentSummary(BotPlugin):
    """Incident summaries, severity triage and postmortem drafts."""

    def get_configuration_template(self):
        return {
            "PAGERDUTY_TOKEN": "changeme",
            "PAGERDUTY_FROM": "opsy@example.com",
            "SERVICE_IDS": [],
            "SUMMARY_CHANNEL": "#incidents",
            "POLL_INTERVAL": 300,
            "POST_NOTES_TO_PAGERDUTY": False,
        }

    def check_configuration(self, configuration):
        super().check_configuration(configuration)
        if int(configuration.get("POLL_INTERVAL", 0)) < 60:
            from errbot.utils import ValidationException

            raise ValidationException("POLL_INTERVAL must be at least 60 seconds")

    def activate(self):
        super().activate()
        if not self.config:
            self.log.warning("IncidentSummary not configured; use !plugin config IncidentSummary")
            return
        self.anthropic = get_anthropic_client()
        self.summariser = IncidentSummariser(self.anthropic)
        self.pd = PagerDutyClient(self.config["PAGERDUTY_TOKEN"], self.config["PAGERDUTY_FROM"])
        if "seen" not in self:
            self["seen"] = []
        self.start_poller(int(self.config["POLL_INTERVAL"]), self._poll_incidents)

    def deactivate(self):
        self.summariser = None
        super().deactivate()

    # ---------------------------------------------------------------- poller
    def _poll_incidents(self):
        seen = set(self["seen"])
        channel = self.build_identifier(self.config["SUMMARY_CHANNEL"])
        for incident in self.pd.open_incidents(self.config.get("SERVICE_IDS") or None):
            if incident.id in seen:
                continue
            seen.add(incident.id)
            timeline = render_timeline(self.pd.log_entries(incident.id))
            try:
                summary = self._first_look(incident.title, timeline)
            except Exception:
                self.log.exception("first-look summary failed for %s", incident.id)
                continue
            self.send(channel, f"*New incident #{incident.number}: {incident.title}*\n{incident.html_url}\n\n{summary}")
        self["seen"] = sorted(seen)[-500:]

    def _first_look(self, title, timeline):
        msg = self.anthropic.messages.create(
            model=MODELS.anthropic_fast,
            max_tokens=400,
            messages=[
                {
                    "role": "user",
                    "content": f"Give a 3-bullet first look at this new incident.\n{title}\n{timeline}",
                }
            ],
        )
        return msg.content[0].text

    # -------------------------------------------------------------- commands
    @arg_botcmd("incident_id", type=str, help="PagerDuty incident id, e.g. P1ABC23")
    @arg_botcmd("--notes", dest="notes", type=str, default="")
    def incident_summary(self, msg, incident_id, notes):
        """Summarise a PagerDuty incident."""
        incident = self.pd.get(incident_id)
        timeline = render_timeline(self.pd.log_entries(incident_id))
        if self.summariser.prompt_tokens(incident.title, timeline) > 60_000:
            timeline = render_timeline(self.pd.log_entries(incident_id), limit=25)
        summary = self.summariser.summarise(incident.title, timeline, notes)
        if self.config.get("POST_NOTES_TO_PAGERDUTY"):
            self.pd.notes.create(incident_id, f"[opsy summary]\n{summary}")
        history = self.get("summaries", {})
        history[incident_id] = {"at": datetime.now(timezone.utc).isoformat(), "text": summary}
        self["summaries"] = history
        return truncate(summary)

    @botcmd
    def incident_live(self, msg, args):
        """Stream a summary of an incident as it is generated."""
        incident_id = args.strip()
        incident = self.pd.get(incident_id)
        timeline = render_timeline(self.pd.log_entries(incident_id))
        buffer = ""
        for piece in self.summariser.stream_summary(incident.title, timeline):
            buffer += piece
            if len(buffer) > 800:
                yield buffer
                buffer = ""
        if buffer:
            yield buffer

    @botcmd
    def incident_postmortem(self, msg, args):
        """Draft a postmortem skeleton from the stored summary (tracked)."""
        stored = self.get("summaries", {}).get(args.strip())
        if not stored:
            return f"No summary stored for {args.strip()}, run !incident summary first."
        response = run_sync(
            multi_model_service.generate_response(
                prompt=POSTMORTEM_PROMPT.format(notes=stored["text"]),
                task_type="incident_postmortem",
                complexity=TaskComplexity.AGENTIC,
                max_tokens=1500,
            )
        )
        for chunk in chunk_for_chat(response.text):
            yield chunk

    @botcmd(split_args_with=None)
    def incident_transcribe(self, msg, args):
        """Transcribe a bridge-call recording: !incident transcribe <path>"""
        if not args:
            return "usage: !incident transcribe <path-to-recording>"
        with open(args[0], "rb") as fh:
            transcript = get_groq_client().audio.transcriptions.create(
                file=(args[0], fh.read()),
                model=MODELS.groq_whisper,
                response_format="text",
            )
        return truncate(str(transcript))

    @re_botcmd(pattern=r"^(?:alert|ALERT):\s*(?P<body>.+)$", prefixed=False, flags=re.DOTALL)
    def triage_alert(self, msg, match):
        """Reply with a severity guess when an alert is pasted in channel."""
        if getattr(msg.to, "channelname", None) not in ("#alerts-triage", "alerts-triage"):
            return None
        sev = classify_severity(match.group("body"))
        return f"Severity guess: *{sev}* (ask @sre-oncall to confirm)"

    @webhook("/incident/resolved")
    def incident_resolved(self, payload):
        """PagerDuty v3 webhook: post a closing summary when resolved."""
        event = (payload or {}).get("event", {})
        if event.get("event_type") != "incident.resolved":
            return "ignored"
        data = event.get("data", {})
        from lib import http_llm

        text = http_llm.complete(
            f"Write a two-sentence resolution note for: {data.get('title')}",
            system="You are terse and factual.",
        )
        self.send(self.build_identifier(self.config["SUMMARY_CHANNEL"]), f":white_check_mark: {text}")
        return "ok"

    @botcmd(admin_only=True)
    def incident_backfill(self, msg, args):
        """Summarise every open incident that has no stored summary yet."""
        done = 0
        history = self.get("summaries", {})
        for incident in self.pd.open_incidents():
            if incident.id in history:
                continue
            timeline = render_timeline(self.pd.log_entries(incident.id))
            history[incident.id] = {
                "at": datetime.now(timezone.utc).isoformat(),
                "text": self.summariser.summarise(incident.title, timeline),
            }
            done += 1
        self["summaries"] = history
        return f"Backfilled {done} incident summaries."

    def mentions_incident(self, text):
        """Used by other plugins (PRReview) to link PRs to incidents."""
        return INCIDENT_ID.findall(text or "")
