"""Reads tomorrow's agenda at 20:00 and processes voice memos dropped in a folder.

* agenda → Gemini chat session (keeps the family "style" across the evening) → OpenAI TTS
* voice memos (.m4a from the phone shortcut) → Groq whisper → summary → calendar note
"""
import functools
import glob
import os
from datetime import datetime, timedelta

import appdaemon.plugins.hass.hassapi as hass

from lib import prompts
from lib.providers import complete
from lib.retry import with_backoff

STYLE = "You announce the family agenda. Be cheerful, use first names, max 4 sentences."


class AgendaAnnouncer(hass.Hass):

    def initialize(self):
        self.hub = self.get_app("llm_hub")
        self.chat_session = self.hub.gemini.chats.create(
            model=self.hub.model_for("gemini"),
            config={"system_instruction": STYLE},
        )
        self.run_daily(self.announce, "20:00:00")
        self.run_every(self.scan_memos, "now+60", 300)
        self.seen = set()

    def _agenda(self):
        start = datetime.now() + timedelta(days=1)
        start = start.replace(hour=0, minute=0, second=0)
        res = self.call_service(
            "calendar/get_events", entity_id=self.args["calendar"],
            start_date_time=start.isoformat(), end_date_time=(start + timedelta(days=1)).isoformat(),
            return_result=True,
        )
        events = res.get("result", {}).get("response", {}).get(self.args["calendar"], {}).get("events", [])
        return [f"{e['start'][11:16] if 'T' in e['start'] else 'all day'} {e['summary']}" for e in events]

    def announce(self, kwargs):
        events = self._agenda()
        if not events:
            return
        reply = self.chat_session.send_message("Tomorrow: " + "; ".join(events))
        text = reply.text.strip()
        speech = self.hub.openai.audio.speech.create(model="tts-1", voice="shimmer", input=text)
        path = "/media/agenda.mp3"
        speech.write_to_file(path)
        self.call_service("media_player/play_media", entity_id=self.args["speaker"],
                          media_content_id="media-source://media_source/local/agenda.mp3",
                          media_content_type="music")

    def scan_memos(self, kwargs):
        for path in sorted(glob.glob(os.path.join(self.args["voice_memo_dir"], "*.m4a"))):
            if path in self.seen:
                continue
            self.seen.add(path)
            self._process_memo(path)

    def _process_memo(self, path):
        with open(path, "rb") as fh:
            transcript = with_backoff(
                self.hub.groq.audio.transcriptions.create,
                file=(os.path.basename(path), fh.read()),
                model="whisper-large-v3-turbo",
                response_format="text",
            )
        summarize = functools.partial(
            self.hub.groq.chat.completions.create,
            model=self.hub.model_for("groq"),
            max_tokens=80,
        )
        resp = summarize(messages=prompts.chat_messages(
            "Turn this voice memo into a short calendar note title:\n" + str(transcript)))
        title = resp.choices[0].message.content.strip().strip('"')
        # second opinion from the local model through the new provider registry
        detail = complete("ollama", self.hub.ollama, self.hub.model_for("ollama"),
                          "Extract date and time from: " + str(transcript), max_tokens=40)
        self.call_service("calendar/create_event", entity_id=self.args["calendar"],
                          summary=title, description=f"{transcript}\n\n{detail}",
                          start_date=datetime.now().date().isoformat(),
                          end_date=(datetime.now().date() + timedelta(days=1)).isoformat())
