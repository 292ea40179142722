"""AI Assistant - Ulauncher extension entry point."""
import logging
import uuid

from ulauncher.api.client.EventListener import EventListener
from ulauncher.api.client.Extension import Extension
from ulauncher.api.shared.action.HideWindowAction import HideWindowAction
from ulauncher.api.shared.action.RenderResultListAction import RenderResultListAction
from ulauncher.api.shared.event import (
    ItemEnterEvent,
    KeywordQueryEvent,
    PreferencesEvent,
    PreferencesUpdateEvent,
)
from ulauncher.api.shared.item.ExtensionResultItem import ExtensionResultItem
from ulauncher.api.shared.action.ExtensionCustomAction import ExtensionCustomAction

from src import ClientPool, MissingKeyError, get_openai_client, settings_from_preferences
from src import render
from src.ask import QuickAnswerer, quick_answer
from src.async_runner import BackgroundRunner
from src.cost import calculate_completion_cost, format_cost
from src.embeddings import HistoryIndex
from src.history import History
from src.journal_errors import explain_last_error
from src.notify import Notifier
from src.speech import speak
from src.streaming import stream_to_notification
from src.moderation import is_flagged
from src.rewrite import Rewriter
from src.shell_explain import explain, explain_with_groq
from src.summarize import ClipboardSummarizer
from src.tracking import llm_tracker, multi_model_service
from src.translate import Translator
from src.utils.clipboard import write_clipboard

logger = logging.getLogger(__name__)


class AIExtension(Extension):

    def __init__(self):
        super().__init__()
        self.subscribe(KeywordQueryEvent, KeywordQueryEventListener())
        self.subscribe(ItemEnterEvent, ItemEnterEventListener())
        self.subscribe(PreferencesEvent, PreferencesEventListener())
        self.subscribe(PreferencesUpdateEvent, PreferencesUpdateEventListener())
        self.pool = None
        self.openai_client = None
        self.rewriter = None
        self.history = History()
        self.runner = BackgroundRunner()
        self.last_answer = {}

    def configure(self, preferences):
        settings = settings_from_preferences(preferences)
        if self.pool is None:
            self.pool = ClientPool(settings)
        else:
            self.pool.update(settings)
        multi_model_service.bind(self.pool)
        key = settings.key_for("openai")
        self.openai_client = get_openai_client(key) if key else None
        if self.openai_client is not None:
            fallback = None
            try:
                fallback = self.pool.groq
            except MissingKeyError:
                pass
            self.rewriter = Rewriter(self.openai_client, fallback=fallback)
        else:
            self.rewriter = None

    def keyword_to_feature(self, keyword):
        prefs = self.preferences
        mapping = {
            prefs.get("kw_ask"): "ask",
            prefs.get("kw_rewrite"): "rewrite",
            prefs.get("kw_translate"): "translate",
            prefs.get("kw_shell"): "shell",
        }
        return mapping.get(keyword, "ask")


class PreferencesEventListener(EventListener):
    def on_event(self, event, extension):
        extension.configure(event.preferences)


class PreferencesUpdateEventListener(EventListener):
    def on_event(self, event, extension):
        prefs = dict(extension.preferences)
        prefs[event.id] = event.new_value
        extension.configure(prefs)


class KeywordQueryEventListener(EventListener):

    def on_event(self, event, extension):
        if not extension.preferences.get("api_key") and extension.pool is None:
            return RenderResultListAction([
                render.info_item("Set an API key", "Open Ulauncher preferences > Extensions > AI Assistant"),
            ])
        if extension.pool is None:
            extension.configure(extension.preferences)
        feature = extension.keyword_to_feature(event.get_keyword())
        query = (event.get_argument() or "").strip()

        if not query:
            if feature == "ask":
                factory = render.ResultFactory(event.get_keyword())
                items = factory.generate(extension.history.recent())
                return RenderResultListAction(items or [render.info_item("Ask me anything")])
            return RenderResultListAction([render.info_item("Type some text…")])

        if feature == "ask" and query == "usage":
            total = llm_tracker.month_total()
            return RenderResultListAction([render.info_item(f"Last 30 days: {format_cost(total)}")])

        if feature == "shell" and len(query) < 200:
            # shell explanations are fast enough to show inline
            return self._explain_inline(extension, query)

        data = {"feature": feature, "query": query}
        return RenderResultListAction([
            ExtensionResultItem(
                icon=render.ICON,
                name=f"{feature.title()}: {query[:60]}",
                description="Enter to send to " + extension.pool.settings.provider,
                on_enter=ExtensionCustomAction(data, keep_app_open=True),
            ),
            ExtensionResultItem(
                icon=render.ICON,
                name="Detailed answer",
                description="Uses the larger model",
                on_enter=ExtensionCustomAction(dict(data, feature="ask_long"), keep_app_open=True),
            ),
        ])

    def _explain_inline(self, extension, command):
        try:
            expl = explain_with_groq(extension.pool.groq, command)
        except MissingKeyError:
            expl = explain(command, openai_key=extension.preferences.get("api_key", ""))
        items = [render.answer_item(expl.summary, "⚠ destructive command" if expl.dangerous else "Enter to copy")]
        for part in expl.parts[:6]:
            items.append(render.info_item(part.get("token", ""), part.get("meaning", "")))
        return RenderResultListAction(items)


class ItemEnterEventListener(EventListener):

    def on_event(self, event, extension):
        data = event.get_data() or {}
        feature = data.get("feature")
        query = data.get("query", "")
        pool = extension.pool

        if is_flagged(pool, query):
            return RenderResultListAction([render.error_item("Input was flagged by moderation")])

        try:
            if feature == "ask":
                result = quick_answer(pool, extension.history, query)
                if result is None:
                    return RenderResultListAction([render.error_item("No API key for this provider")])
                extension.last_answer = {"q": query, "a": result.text}
                subtitle = f"{result.provider} · {format_cost(calculate_completion_cost(result))}"
                items = [render.answer_item(result.text, subtitle)]
                for url in (result.citations or [])[:3]:
                    items.append(render.info_item(url, "source"))
                items.append(render.pending_item("Follow up…", {"feature": "follow_up", "query": query}))
                return RenderResultListAction(items)

            if feature == "ask_long":
                text = QuickAnswerer(pool, extension.history).answer_long(query)
                return RenderResultListAction([render.answer_item(text)])

            if feature == "follow_up":
                prev = extension.last_answer
                text = QuickAnswerer(pool, extension.history).follow_up(prev.get("q", ""), prev.get("a", ""), query)
                return RenderResultListAction([render.answer_item(text)])

            if feature == "rewrite":
                if extension.rewriter is None:
                    return RenderResultListAction([render.error_item("Rewrite needs an OpenAI key")])
                text = extension.rewriter.rewrite(query)
                return RenderResultListAction([render.answer_item(text)])

            if feature == "translate":
                text = Translator(pool).translate(query)
                return RenderResultListAction([render.answer_item(text)])

            if feature == "title":
                return self._suggest_title(extension, query)

            if feature == "summarize":
                job = str(uuid.uuid4())
                extension.runner.submit(job, _run_summary, pool)
                return RenderResultListAction([render.info_item("Summarising clipboard…")])

            if feature == "why":
                text = explain_last_error(pool)
                return RenderResultListAction([render.answer_item(text)])

            if feature == "stream":
                notifier = Notifier(query[:40])
                extension.runner.submit(str(uuid.uuid4()), stream_to_notification, pool, query, notifier.update)
                return HideWindowAction()

            if feature == "speak":
                answer = extension.last_answer.get("a")
                if answer:
                    extension.runner.submit(str(uuid.uuid4()), speak, pool, answer)
                return HideWindowAction()

            if feature == "copy":
                write_clipboard(query)
                return HideWindowAction()
        except MissingKeyError as exc:
            return RenderResultListAction([render.error_item(str(exc))])
        except Exception as exc:  # noqa: BLE001
            logger.exception("feature %s failed", feature)
            return RenderResultListAction([render.error_item(str(exc))])

        return RenderResultListAction([render.error_item(f"Unknown action {feature}")])

    def _suggest_title(self, extension, text):
        """Suggests a short title for a note; added for the Obsidian users."""
        client = extension.openai_client
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"Suggest a 3-6 word title for:\n{text}"}],
            max_tokens=20,
        )
        title = (resp.choices[0].message.content or "").strip().strip('"')
        return RenderResultListAction([render.answer_item(title)])


def _run_summary(pool):
    import asyncio
    return asyncio.run(ClipboardSummarizer(pool).summarize())


def _index_history(extension):
    if extension.pool is not None:
        HistoryIndex(extension.pool, extension.history).backfill_async()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    AIExtension().run()
