"""The rumps application: menu layout, click handlers and timers."""
from __future__ import annotations

import logging
import threading
from pathlib import Path

import rumps

from menubar import APP_NAME, __version__
from menubar.clipboard import Clipboard, trim_for_prompt
from menubar.features import CalendarBriefer, ReplyDrafter, Rewriter, Summariser, Translator
from menubar.features.rewrite import TONES, fix_grammar
from menubar.features.safety import check_outgoing, looks_secret
from menubar.features.search import ClipSearch
from menubar.features.voice_notes import VoiceNotes, record
from menubar.history import HistoryStore
from menubar.llm import ProviderSwitch, reset_clients
from menubar.llm.budget import calculate_cost
from menubar.notify import notify, notify_error
from menubar.services.llm_usage_tracker import llm_tracker
from menubar.services.registry import services
from menubar.settings import save_settings
from menubar.workers import in_background, run_async, shutdown

log = logging.getLogger(__name__)

ICON = str(Path(__file__).parent / "resources" / "icon.png")
ICON_BUSY = str(Path(__file__).parent / "resources" / "icon-busy.png")

CLIP_KINDS = ("email", "code", "chat", "url", "other")


class MenuBarAssistant(rumps.App):
    def __init__(self, settings):
        super().__init__("AI", icon=ICON, template=True, quit_button=None)
        self.settings = settings
        self.clipboard = Clipboard()
        self.history = HistoryStore(max_items=settings.max_history)
        self.registry = services()
        self.switch = ProviderSwitch(settings)
        self.summariser = Summariser(settings, client=self.registry.openai, long_client=self.registry.anthropic)
        self.rewriter = Rewriter(settings)
        self.translator = Translator(settings, local_only=settings.provider == "ollama")
        self.drafter = ReplyDrafter(settings)
        self.briefer = CalendarBriefer(settings, self.registry)
        self.search = ClipSearch(self.history)
        self.voice = VoiceNotes(settings, self.registry.openai)
        self._busy = 0
        self._busy_lock = threading.Lock()

        provider_menu = rumps.MenuItem("Provider")
        for name in self.switch.names:
            item = rumps.MenuItem(name.title(), callback=self.on_provider)
            item.state = int(name == self.switch.active)
            provider_menu.add(item)

        tone_menu = rumps.MenuItem("Rewrite as…")
        for tone in TONES:
            tone_menu.add(rumps.MenuItem(tone.title(), callback=self.on_rewrite_tone))

        self.usage_item = rumps.MenuItem("Usage: –")
        self.watch_item = rumps.MenuItem("Watch clipboard", callback=self.toggle_watch)
        self.watch_item.state = int(settings.poll_clipboard)

        self.menu = [
            "Summarise clipboard",
            "Rewrite clipboard",
            tone_menu,
            "Translate clipboard",
            "Fix grammar",
            "Explain clipboard",
            None,
            "Draft reply…",
            "Quick replies",
            "Ask…",
            "Dictate note",
            None,
            "Today's brief",
            "Search history…",
            None,
            provider_menu,
            self.watch_item,
            self.usage_item,
            "Preferences…",
            None,
            rumps.MenuItem(f"{APP_NAME} {__version__}"),
            rumps.MenuItem("Quit", callback=self.quit),
        ]

        self.usage_timer = rumps.Timer(self.refresh_usage, 300)
        self.usage_timer.start()
        self.briefer.source.request_access()

    # ------------------------------------------------------------------ utils
    def _busy_on(self):
        with self._busy_lock:
            self._busy += 1
            self.icon = ICON_BUSY

    def _busy_off(self, *_):
        with self._busy_lock:
            self._busy = max(0, self._busy - 1)
            if not self._busy:
                self.icon = ICON

    def _clip_or_warn(self) -> str | None:
        text = self.clipboard.read().strip()
        if not text:
            notify(APP_NAME, "Clipboard is empty")
            return None
        if looks_secret(text) and self.switch.active != "ollama":
            notify(APP_NAME, "Clipboard looks like a secret - not sending it to the cloud.")
            return None
        return text

    def _run(self, action: str, fn, *args, paste: bool = True, title: str | None = None):
        self._busy_on()

        def done(result: str):
            self._busy_off()
            if paste:
                self.clipboard.write(result)
            self.history.create(result, kind=action.lower())
            notify(title or action, result, subtitle="Copied to clipboard" if paste else "")

        def failed(exc: BaseException):
            self._busy_off()
            notify_error(action, exc)

        in_background(fn, *args, on_done=done, on_error=failed)

    # --------------------------------------------------------------- handlers
    @rumps.clicked("Summarise clipboard")
    def summarise_clipboard(self, sender):
        text = self._clip_or_warn()
        if text:
            self._run("Summary", self.summariser.summarise, text, paste=False)

    @rumps.clicked("Rewrite clipboard")
    def rewrite_clipboard(self, sender):
        text = self._clip_or_warn()
        if text:
            self._run("Rewrite", self.rewriter.rewrite, text)

    def on_rewrite_tone(self, sender):
        text = self._clip_or_warn()
        if text:
            self._run("Rewrite", self.rewriter.rewrite, text, sender.title.lower())

    @rumps.clicked("Translate clipboard")
    def translate_clipboard(self, sender):
        text = self._clip_or_warn()
        if text:
            self._run("Translation", self.translator.translate, text)

    @rumps.clicked("Fix grammar")
    def fix_grammar_clicked(self, sender):
        text = self._clip_or_warn()
        if text:
            self._run("Grammar", fix_grammar, self.switch, text)

    @rumps.clicked("Explain clipboard")
    def explain_clipboard(self, sender):
        text = self._clip_or_warn()
        if not text:
            return

        def explain() -> str:
            msg = self.registry.anthropic.messages.create(
                model=self.settings.model_for("anthropic"),
                max_tokens=500,
                system="Explain what this is (code, error, jargon...) in plain words, briefly.",
                messages=[{"role": "user", "content": trim_for_prompt(text, 8000)}],
            )
            return msg.content[0].text

        self._run("Explanation", explain, paste=False)

    @rumps.clicked("Draft reply…")
    def draft_reply(self, sender):
        incoming = self._clip_or_warn()
        if not incoming:
            return
        window = rumps.Window(
            message="Anything the reply should say? (optional)",
            title="Draft reply",
            default_text="",
            ok="Draft",
            cancel="Cancel",
            dimensions=(320, 80),
        )
        response = window.run()
        if not response.clicked:
            return
        self._busy_on()
        if self.settings.use_tracked_service:
            coro = self.drafter.draft_tracked(incoming, response.text.strip())
        else:
            coro = self.drafter.draft(incoming, response.text.strip())

        def done(reply: str):
            self._busy_off()
            reason = check_outgoing(reply)
            if reason:
                notify(APP_NAME, reason)
                return
            self.clipboard.write(reply)
            self.history.create(reply, kind="reply")
            notify("Reply drafted", reply, subtitle="Copied to clipboard")

        run_async(coro, on_done=done, on_error=lambda exc: (self._busy_off(), notify_error("Draft", exc)))

    @rumps.clicked("Quick replies")
    def quick_replies(self, sender):
        incoming = self._clip_or_warn()
        if not incoming:
            return

        def done(options: list[str]):
            self._busy_off()
            if options:
                self.clipboard.write(options[0])
                notify("Quick replies", "\n".join(f"• {o}" for o in options), subtitle="First one copied")

        self._busy_on()
        run_async(self.drafter.short_variants(incoming), on_done=done,
                  on_error=lambda exc: (self._busy_off(), notify_error("Quick replies", exc)))

    @rumps.clicked("Ask…")
    def ask(self, sender):
        window = rumps.Window(title="Ask", message=f"Provider: {self.switch.active}", ok="Ask",
                              cancel=True, dimensions=(360, 100))
        response = window.run()
        question = response.text.strip()
        if response.clicked and question:
            self._run("Answer", self.switch.complete, "Answer briefly.", question, paste=False)

    @rumps.clicked("Dictate note")
    def dictate_note(self, sender):
        notify(APP_NAME, "Recording for 30 seconds…")

        def transcribe() -> str:
            path = record(30)
            try:
                return self.voice.transcribe(path)
            finally:
                path.unlink(missing_ok=True)

        def tidy(transcript: str):
            run_async(self.voice.tidy(transcript),
                      on_done=lambda note: (self.clipboard.write(note), notify("Note", note)),
                      on_error=lambda exc: notify_error("Tidy note", exc))

        in_background(transcribe, on_done=tidy, on_error=lambda exc: notify_error("Dictation", exc))

    @rumps.clicked("Today's brief")
    def todays_brief(self, sender):
        self._run("Today", self.briefer.brief, paste=False, title="Today's brief")

    @rumps.timer(60)
    def morning_brief(self, timer):
        import datetime as dt

        now = dt.datetime.now()
        if now.hour == self.settings.calendar_brief_hour and now.minute == 0:
            self._run("Today", self.briefer.brief, paste=False, title="Good morning")

    @rumps.clicked("Search history…")
    def search_history(self, sender):
        response = rumps.Window(title="Search clipboard history", message="", ok="Search",
                                cancel=True).run()
        if not response.clicked or not response.text.strip():
            return

        def do_search() -> str:
            hits = self.search.search(response.text.strip())
            return "\n".join(h.text[:80].replace("\n", " ") for h in hits) or "No matches"

        self._run("Search", do_search, paste=False)

    def on_provider(self, sender):
        for item in self.menu["Provider"].values():
            item.state = 0
        sender.state = 1
        self.switch.select(sender.title.lower())
        self.translator.local_only = self.switch.active == "ollama"
        save_settings(self.settings)

    def toggle_watch(self, sender):
        sender.state = not sender.state
        self.settings.poll_clipboard = bool(sender.state)
        save_settings(self.settings)

    @rumps.timer(3)
    def watch_clipboard(self, timer):
        if not self.settings.poll_clipboard or not self.clipboard.changed():
            return
        text = self.clipboard.read()
        if not text.strip() or looks_secret(text):
            return
        in_background(self._classify_and_store, text)

    def _classify_and_store(self, text: str) -> None:
        # local model only: we never ship passive clipboard contents to the cloud
        out = self.registry.ollama.generate(
            model=self.settings.model_for("ollama"),
            prompt=f"Classify as one of {', '.join(CLIP_KINDS)}. Reply with one word.\n\n{text[:1500]}",
            options={"num_predict": 3, "temperature": 0},
        )
        kind = out.response.strip().lower()
        self.history.create(text, kind=kind if kind in CLIP_KINDS else "other")

    def refresh_usage(self, timer):
        try:
            totals = llm_tracker.month_totals()
        except Exception:
            log.exception("usage refresh failed")
            return
        self.usage_item.title = (
            f"Usage (30d): {totals['input_tokens'] + totals['output_tokens']:,} tok · ${totals['cost']:.2f}"
        )

    @rumps.clicked("Preferences…")
    def preferences(self, sender):
        from menubar.prefs import PreferencesDialog

        if PreferencesDialog(self.settings).run():
            save_settings(self.settings)
            reset_clients()
            from menubar.services import registry

            registry.reset()
            self.registry = services()
            notify(APP_NAME, "Preferences saved")

    def quit(self, sender):
        shutdown()
        rumps.quit_application()


def estimate_last_cost(model: str, usage) -> float:
    return calculate_cost(model, usage.prompt_tokens, usage.completion_tokens)
