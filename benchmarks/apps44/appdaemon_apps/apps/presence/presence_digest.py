"""Weekly "who was home when" digest for the family chat.

Tom wrote this one standalone (own Groq client, no hub) because it runs in a separate
AppDaemon namespace on the second instance. Plain sync app.
"""
import os
from collections import Counter, defaultdict
from datetime import datetime, timedelta

import appdaemon.plugins.hass.hassapi as hass
from groq import Groq

PEOPLE = ("person.anna", "person.tom", "person.lena")
DIGEST_MODEL = "llama-3.3-70b-versatile"


class PresenceDigest(hass.Hass):

    def initialize(self):
        self.groq = Groq(api_key=self.args.get("groq_api_key") or os.environ.get("GROQ_API_KEY"))
        self.run_daily(self.maybe_digest, "18:30:00")
        self.listen_event(self.digest_event, "presence_digest_now")

    def digest_event(self, event_name, data, kwargs):
        self.digest()

    def maybe_digest(self, kwargs):
        if datetime.now().weekday() == 6:
            self.digest()

    def _presence_hours(self):
        start = datetime.now() - timedelta(days=7)
        hours = defaultdict(Counter)
        for person in PEOPLE:
            history = self.get_history(entity_id=person, start_time=start) or []
            points = history[0] if history else []
            for prev, cur in zip(points, points[1:]):
                t0 = datetime.fromisoformat(prev["last_changed"])
                t1 = datetime.fromisoformat(cur["last_changed"])
                hours[person][prev["state"]] += (t1 - t0).total_seconds() / 3600
        return hours

    def digest(self):
        hours = self._presence_hours()
        lines = []
        for person, counter in hours.items():
            name = person.split(".")[1].title()
            parts = ", ".join(f"{zone}: {h:.0f}h" for zone, h in counter.most_common(4))
            lines.append(f"{name}: {parts}")
        if not lines:
            return
        completion = self.groq.chat.completions.create(
            model=DIGEST_MODEL,
            messages=[
                {"role": "system", "content": "You write a light-hearted weekly family digest, 4 lines max."},
                {"role": "user", "content": "\n".join(lines)},
            ],
            temperature=0.7,
            max_tokens=160,
        )
        text = completion.choices[0].message.content
        self.call_service("notify/family_group", title="Week at home", message=text)
        self.log(f"digest sent ({completion.usage.total_tokens} tokens)")
