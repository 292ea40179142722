"""Morning briefing on the kitchen speaker.

Written before llm_hub existed and never migrated: it has its own module-level OpenAI setup.
TODO: move to hub + tracker (ticket #27).
"""
import datetime
import os
import tempfile

import appdaemon.adapi as adapi
import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"


class MorningBriefing(adapi.ADAPI):

    def initialize(self):
        self.run_daily(self.briefing, self.args.get("briefing_time", "07:15:00"))
        self.listen_event(self.briefing_event, "morning_briefing_now")

    def briefing_event(self, event_name, data, kwargs):
        self.briefing({})

    def _events_today(self):
        hass = self.get_plugin_api("HASS")
        start = datetime.datetime.now().replace(hour=0, minute=0)
        end = start + datetime.timedelta(days=1)
        events = hass.call_service(
            "calendar/get_events",
            entity_id="calendar.family",
            start_date_time=start.isoformat(),
            end_date_time=end.isoformat(),
            return_result=True,
        )
        items = (events or {}).get("result", {}).get("response", {}).get("calendar.family", {}).get("events", [])
        return ", ".join(e.get("summary", "?") for e in items) or "nothing planned"

    def briefing(self, kwargs):
        hass = self.get_plugin_api("HASS")
        weather = hass.get_state(self.args.get("weather", "weather.home"), attribute="all") or {}
        prompt = (
            f"Today is {datetime.date.today():%A %d %B}. Weather: {weather.get('state')}, "
            f"{weather.get('attributes', {}).get('temperature')} degrees. "
            f"Calendar: {self._events_today()}. Write a 30 second spoken morning briefing."
        )
        try:
            text = self._write_openai(prompt)
        except openai.OpenAIError as exc:
            self.log(f"openai failed: {exc}, trying groq over http")
            text = self._write_groq_http(prompt)
        audio_path = self._speak(text)
        hass.call_service(
            "media_player/play_media",
            entity_id=self.args["media_player"],
            media_content_id=f"media-source://media_source/local/{os.path.basename(audio_path)}",
            media_content_type="music",
        )

    def _write_openai(self, prompt):
        resp = openai.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": prompt}],
            max_tokens=200,
        )
        return resp.choices[0].message.content

    def _write_groq_http(self, prompt):
        r = requests.post(
            GROQ_URL,
            headers={"Authorization": f"Bearer {os.environ['GROQ_API_KEY']}"},
            json={
                "model": "llama-3.1-8b-instant",
                "messages": [{"role": "user", "content": prompt}],
                "max_tokens": 200,
            },
            timeout=20,
        )
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]

    def _speak(self, text):
        out = os.path.join("/media", "briefing.mp3")
        speech = openai.audio.speech.create(model="tts-1", voice="nova", input=text)
        with tempfile.NamedTemporaryFile(delete=False, suffix=".mp3") as tmp:
            tmp.write(speech.content)
        os.replace(tmp.name, out)
        return out
