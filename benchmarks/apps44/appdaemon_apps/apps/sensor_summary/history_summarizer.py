"""Nightly summary of selected sensors, pushed to the phone.

Uses the hub's OpenAI client directly (predates hub.chat()). Anthropic is the fallback when
OpenAI times out. TODO(marta): move to multi_model_service like energy_report.
"""
from datetime import datetime, timedelta

import appdaemon.plugins.hass.hassapi as hass

from lib import prompts
from lib.history import compress_history, numeric_stats


class HistorySummarizer(hass.Hass):

    def initialize(self):
        self.hub = self.get_app("llm_hub")
        self.sensors = self.args["sensors"]
        self.hours = int(self.args.get("hours", 24))
        self.run_daily(self.summarize, self.args.get("summary_time", "21:30:00"))
        self.listen_event(self.on_manual, "history_summary_now")

    def on_manual(self, event_name, data, kwargs):
        self.summarize({"manual": True, "hours": data.get("hours", self.hours)})

    def _collect(self, hours):
        start = datetime.now() - timedelta(hours=hours)
        history = []
        for entity_id in self.sensors:
            data = self.get_history(entity_id=entity_id, start_time=start)
            if data:
                history.extend(data)
        return history

    def summarize(self, kwargs):
        hours = kwargs.get("hours", self.hours)
        history = self._collect(hours)
        if not history:
            self.log("no history, skipping summary", level="WARNING")
            return
        text = compress_history(history)
        stats = {series[0]["entity_id"]: numeric_stats(series) for series in history if series}
        prompt = prompts.HISTORY_SUMMARY.substitute(hours=hours, history=text)
        prompt += "\n\nStats: " + ", ".join(f"{k}={v}" for k, v in stats.items() if v)

        try:
            summary = self._summarize_openai(prompt)
        except Exception as exc:  # openai.APITimeoutError etc.
            self.log(f"openai failed ({exc!r}), falling back to anthropic", level="WARNING")
            summary = self._summarize_anthropic(prompt)

        self.call_service(
            f"notify/{self.args['notify_target']}",
            title="Today at home",
            message=prompts.truncate(summary, 400),
        )
        self.set_state("sensor.daily_home_summary", state=datetime.now().isoformat(timespec="minutes"),
                       attributes={"summary": summary})

    def _summarize_openai(self, prompt):
        client = self.hub.openai
        resp = client.chat.completions.create(
            model=self.hub.model_for("openai"),
            messages=[
                {"role": "system", "content": prompts.SYSTEM_HOUSE},
                {"role": "user", "content": prompt},
            ],
            max_tokens=250,
        )
        return resp.choices[0].message.content

    def _summarize_anthropic(self, prompt):
        message = self.hub.anthropic.messages.create(
            model=self.hub.model_for("anthropic"),
            max_tokens=250,
            system=prompts.SYSTEM_HOUSE,
            messages=[{"role": "user", "content": prompt}],
        )
        return message.content[0].text
