"""Minutes Mate - Toga application."""
from __future__ import annotations

import asyncio
import functools
import logging
from pathlib import Path

import toga
from toga.style import Pack
from toga.style.pack import COLUMN, ROW

from minutes_mate.config import load_settings, save_settings
from minutes_mate.models.notes import Meeting
from minutes_mate.services import ClientBundle, get_async_ollama_client, registry
from minutes_mate.services.multi_model_service import TaskComplexity, multi_model_service
from minutes_mate.services.summariser import Summariser
from minutes_mate.services.transcription import transcribe
from minutes_mate.services.local_models import OfflineAssistant, suggest_title
from minutes_mate.storage.db import MeetingStore
from minutes_mate.utils.text import speaker_lines
from minutes_mate.windows.followup_window import FollowupWindow
from minutes_mate.windows.history_window import HistoryWindow
from minutes_mate.windows.settings_window import SettingsWindow
from minutes_mate.windows.transcript_view import TranscriptView
from minutes_mate.workers.background import BackgroundJobs

log = logging.getLogger(__name__)


class MinutesMate(toga.App):
    def startup(self):
        self.settings = load_settings()
        self.clients = ClientBundle()
        self.summariser = Summariser(self.clients.anthropic, model=self.settings.summary_model)
        self.offline = OfflineAssistant(get_async_ollama_client(), self.settings.ollama_model)
        self.store = MeetingStore()
        self.jobs = BackgroundJobs(self)
        self.current: Meeting | None = None

        self.main_window = toga.MainWindow(title=self.formal_name, size=(980, 720))

        self.title_input = toga.TextInput(placeholder="Meeting title", style=Pack(flex=1))
        self.file_label = toga.Label("No recording selected", style=Pack(padding_left=8))
        self.provider_select = toga.Selection(
            items=registry.names(),
            value=self.settings.default_provider,
            on_change=self.on_provider_changed,
            style=Pack(width=140),
        )
        header = toga.Box(
            children=[
                self.title_input,
                toga.Button("Open recording…", on_press=self.on_open_file, style=Pack(padding_left=8)),
                self.file_label,
                self.provider_select,
            ],
            style=Pack(direction=ROW, padding=8),
        )

        self.transcript_view = TranscriptView(on_ask=self.on_ask_transcript)
        self.summary_output = toga.MultilineTextInput(readonly=True, style=Pack(flex=1))
        self.progress = toga.ProgressBar(max=None, style=Pack(padding=4))
        self.status = toga.Label("Ready", style=Pack(padding=4))

        buttons = toga.Box(
            children=[
                toga.Button("Transcribe", on_press=self.on_transcribe),
                toga.Button("Summarise", on_press=self.on_summarise, style=Pack(padding_left=6)),
                toga.Button("Summarise (tracked)", on_press=self.on_summarise_tracked, style=Pack(padding_left=6)),
                toga.Button("Quick recap", on_press=self.on_quick_recap, style=Pack(padding_left=6)),
                toga.Button("Suggest title", on_press=self.on_suggest_title, style=Pack(padding_left=6)),
                toga.Button("Follow-ups…", on_press=self.on_open_followups, style=Pack(padding_left=6)),
            ],
            style=Pack(direction=ROW, padding=8),
        )

        split = toga.SplitContainer(
            content=[self.transcript_view, self.summary_output],
            style=Pack(flex=1),
        )
        self.main_window.content = toga.Box(
            children=[header, buttons, split, self.progress, self.status],
            style=Pack(direction=COLUMN),
        )

        prefs = toga.Command(
            self.on_open_settings,
            text="Preferences…",
            shortcut=toga.Key.MOD_1 + ",",
            group=toga.Group.APP,
        )
        history = toga.Command(
            self.on_open_history,
            text="Meeting history",
            shortcut=toga.Key.MOD_1 + "h",
            group=toga.Group.VIEW,
        )
        self.commands.add(prefs, history)
        self.main_window.show()

    # ----------------------------------------------------------------- helpers
    def set_busy(self, message: str | None) -> None:
        if message:
            self.status.text = message
            self.progress.start()
        else:
            self.status.text = "Ready"
            self.progress.stop()

    async def show_error(self, title: str, exc: Exception) -> None:
        log.exception(title)
        await self.main_window.dialog(toga.ErrorDialog(title, str(exc)))

    # ---------------------------------------------------------------- handlers
    async def on_open_file(self, widget):
        path = await self.main_window.dialog(
            toga.OpenFileDialog("Choose a recording", file_types=["mp3", "m4a", "wav", "webm"])
        )
        if path:
            self.current = Meeting.create(self.title_input.value, audio_path=str(path))
            self.file_label.text = Path(path).name

    def on_provider_changed(self, widget):
        self.settings.default_provider = widget.value
        save_settings(self.settings)

    async def on_transcribe(self, widget):
        if not self.current or not self.current.audio_path:
            await self.main_window.dialog(toga.InfoDialog("Nothing to do", "Open a recording first."))
            return
        self.set_busy("Transcribing…")
        loop = asyncio.get_running_loop()
        try:
            transcript = await loop.run_in_executor(
                None,
                functools.partial(
                    transcribe,
                    Path(self.current.audio_path),
                    backend=self.settings.transcription_backend,
                    language=self.settings.language,
                ),
            )
        except Exception as exc:
            await self.show_error("Transcription failed", exc)
            return
        finally:
            self.set_busy(None)
        self.current.transcript = transcript.text
        self.transcript_view.show_text(speaker_lines(transcript.segments) or transcript.text)
        self.store.save(self.current)

    async def on_summarise(self, widget):
        text = self.transcript_view.text
        if not text:
            return
        self.set_busy("Summarising…")
        self.summary_output.value = ""
        loop = asyncio.get_running_loop()

        def push(delta: str) -> None:
            loop.call_soon_threadsafe(self._append_summary, delta)

        try:
            await loop.run_in_executor(None, self.summariser.stream_summary, text, push)
        except Exception as exc:
            await self.show_error("Summary failed", exc)
        finally:
            self.set_busy(None)
        if self.current and self.current.id:
            self.store.update_summary(self.current.id, self.summary_output.value)

    def _append_summary(self, delta: str) -> None:
        self.summary_output.value += delta

    async def on_summarise_tracked(self, widget):
        text = self.transcript_view.text
        if not text:
            return
        self.set_busy("Summarising (tracked)…")
        try:
            self.summary_output.value = await multi_model_service.generate_response(
                prompt=text,
                task_type="summary",
                complexity=TaskComplexity.STANDARD,
            )
        finally:
            self.set_busy(None)

    async def on_quick_recap(self, widget):
        """Three-bullet recap, cheap and fast. TODO: route through multi_model_service."""
        text = self.transcript_view.text
        if not text:
            return
        self.set_busy("Writing recap…")
        try:
            if self.settings.default_provider == "groq":
                loop = asyncio.get_running_loop()
                resp = await loop.run_in_executor(
                    None,
                    lambda: self.clients.groq.chat.completions.create(
                        model=self.settings.groq_chat_model,
                        messages=[
                            {"role": "system", "content": "Recap the meeting in three bullets."},
                            {"role": "user", "content": text[:24000]},
                        ],
                    ),
                )
            else:
                resp = await self.clients.async_openai.chat.completions.create(
                    model=self.settings.openai_chat_model,
                    messages=[
                        {"role": "system", "content": "Recap the meeting in three bullets."},
                        {"role": "user", "content": text[:24000]},
                    ],
                    temperature=0.2,
                )
            self.summary_output.value = resp.choices[0].message.content
        except Exception as exc:
            await self.show_error("Recap failed", exc)
        finally:
            self.set_busy(None)

    async def on_suggest_title(self, widget):
        text = self.transcript_view.text
        if not text:
            return
        title = await asyncio.get_running_loop().run_in_executor(None, suggest_title, text)
        self.title_input.value = title
        if self.current:
            self.current.title = title

    async def on_ask_transcript(self, question: str) -> str:
        return await self.offline.ask(self.transcript_view.text, question)

    def on_open_followups(self, widget):
        summary = self.summary_output.value
        window = FollowupWindow(summary=summary, attendees=self.current.attendees if self.current else [])
        window.show()

    def on_open_settings(self, command, **kwargs):
        SettingsWindow(self.settings).show()

    def on_open_history(self, command, **kwargs):
        HistoryWindow(self.store).show()

    def on_exit(self):
        self.jobs.cancel_all()
        return True


def main():
    return MinutesMate(
        formal_name="Minutes Mate",
        app_id="com.northwindlabs.minutes_mate",
    )
