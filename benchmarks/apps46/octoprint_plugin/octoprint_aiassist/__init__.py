# coding=utf-8
from __future__ import absolute_import, unicode_literals

import collections
import os

import flask
import octoprint.plugin
from octoprint.events import Events

from . import api, settings_defaults
from .analysis import FailureContext, FailureExplainer, FailureWatch, GcodeSummarizer, SnapshotAnalyzer
from .analysis.qa import NotesIndex, PrintQA
from .history import PrintHistory
from .legacy import openai_helper
from .llm import clients, llm_tracker, multi_model_service, registry
from .llm.prompts import SYSTEM_PROMPT
from .notifications import Notifier
from .util import webcam
from .worker import LLMWorker


class AIAssistPlugin(
    octoprint.plugin.StartupPlugin,
    octoprint.plugin.ShutdownPlugin,
    octoprint.plugin.SettingsPlugin,
    octoprint.plugin.AssetPlugin,
    octoprint.plugin.TemplatePlugin,
    octoprint.plugin.SimpleApiPlugin,
    octoprint.plugin.EventHandlerPlugin,
):
    def __init__(self):
        super(AIAssistPlugin, self).__init__()
        self.worker = None
        self.history = None
        self.registry = registry
        self.explainer = None
        self.summarizer = None
        self.qa = None
        self.notifier = None
        self._watch = None
        self._serial_tail = collections.deque(maxlen=200)
        self._openrouter = None
        self._anthropic = None

    # ~~ StartupPlugin

    def on_after_startup(self):
        data_folder = self.get_plugin_data_folder()
        self.history = PrintHistory(data_folder)
        self.worker = LLMWorker(self._push, logger=self._logger)
        self.worker.start()
        self._configure_llm()
        self.explainer = FailureExplainer(self.registry, self._setting, logger=self._logger)
        self.summarizer = GcodeSummarizer(self._setting, printer_model=self._printer_model_name())
        self.notifier = Notifier(self._setting)
        llm_tracker.set_sink(self._store_usage)
        self._logger.info("AIAssist started, providers: %s", ", ".join(self.registry.names()) or "none")

    def on_shutdown(self):
        if self._watch:
            self._watch.stop()
        if self.worker:
            self.worker.stop()

    # ~~ helpers

    def _setting(self, key):
        return self._settings.get([key])

    def _llm_settings(self):
        return {key: self._settings.get([key]) for key in settings_defaults.LLM_KEYS}

    def _configure_llm(self):
        settings = self._llm_settings()
        clients.reset_clients()
        self.registry.configure(settings)
        multi_model_service.configure(settings)
        self._openrouter = None
        self._anthropic = None
        embed_provider = settings.get("embed_provider") or "openai"
        try:
            index = NotesIndex(self.get_plugin_data_folder(), embed_provider, settings)
            self.qa = PrintQA(index, settings)
        except Exception:
            self._logger.exception("Could not load notes index")
            self.qa = None

    @property
    def openrouter_client(self):
        if self._openrouter is None:
            self._openrouter = clients.get_openrouter_client(self._settings.get(["openrouter_api_key"]))
        return self._openrouter

    @property
    def anthropic_client(self):
        if self._anthropic is None:
            self._anthropic = clients.get_anthropic_client(self._settings.get(["anthropic_api_key"]))
        return self._anthropic

    def _printer_model_name(self):
        profile = self._printer_profile_manager.get_current_or_default()
        return profile.get("model") or profile.get("name") or "generic FDM printer"

    def _push(self, payload):
        self._plugin_manager.send_plugin_message(self._identifier, payload)

    def _store_usage(self, entry):
        self._logger.debug("LLM usage: %s", entry)

    def store_reanalysis(self, results):
        for item in results:
            self.history.update(item["id"], explanation=item["explanation"])

    # ~~ SettingsPlugin

    def get_settings_defaults(self):
        return dict(settings_defaults.DEFAULTS)

    def get_settings_version(self):
        return settings_defaults.SETTINGS_VERSION

    def on_settings_migrate(self, target, current):
        settings_defaults.migrate(self._settings, current)

    def get_settings_restricted_paths(self):
        return {"admin": [[k] for k in settings_defaults.SECRET_KEYS]}

    def on_settings_save(self, data):
        octoprint.plugin.SettingsPlugin.on_settings_save(self, data)
        self._configure_llm()
        self._restart_watch_if_needed()

    # ~~ AssetPlugin / TemplatePlugin

    def get_assets(self):
        return {"js": ["js/aiassist.js"], "css": ["css/aiassist.css"]}

    def get_template_configs(self):
        return [
            {"type": "settings", "custom_bindings": False},
            {"type": "sidebar", "name": "AIAssist", "icon": "magic", "custom_bindings": True},
            {"type": "tab", "name": "AI History", "custom_bindings": True},
        ]

    # ~~ SimpleApiPlugin

    def get_api_commands(self):
        return api.COMMANDS

    def is_api_protected(self):
        return True

    def on_api_get(self, request):
        return flask.jsonify(
            providers=self.registry.names(),
            history=self.history.all()[-50:] if self.history else [],
            stats=self.history.generate() if self.history else {},
            watch=self._watch._analyzer.last_verdict if self._watch else None,
            jobs=self.worker.recent if self.worker else [],
        )

    def on_api_command(self, command, data):
        if command in api.HANDLERS:
            return api.HANDLERS[command](self, data)
        if command == "explain":
            entry = next((e for e in self.history.all() if e["id"] == data["history_id"]), None)
            if entry is None:
                return flask.make_response("Unknown history entry", 404)
            return flask.jsonify(job=self._queue_explain(entry))
        if command == "ask":
            return flask.jsonify(job=self.worker.submit("ask", self._answer, data["question"],
                                                        data.get("provider")))
        if command == "summarize":
            path = self._file_manager.path_on_disk("local", data["path"])
            return flask.jsonify(job=self.worker.submit("summarize", self.summarizer.summarize, path,
                                                        force=bool(data.get("force"))))
        if command == "snapshot":
            analyzer = self._make_analyzer()
            if analyzer is None:
                return flask.make_response("No vision-capable provider configured", 409)
            return flask.jsonify(job=self.worker.submit("snapshot", analyzer.analyze))
        return flask.make_response("Unknown command", 400)

    def _answer(self, question, provider=None):
        printer_context = self._printer_context()
        provider = provider or self._settings.get(["preferred_provider"])
        if provider == "google" and self.qa:
            return self.qa.answer_gemini(question, printer_context)
        if provider == "ollama" and self.qa:
            return self.qa.answer_local(question, printer_context)
        if provider == "openrouter":
            completion = self.openrouter_client.chat.completions.create(
                model=self._settings.get(["openrouter_model"]),
                messages=[
                    {"role": "system", "content": SYSTEM_PROMPT},
                    {"role": "user", "content": "Printer state:\n{}\n\nQuestion: {}".format(
                        printer_context, question)},
                ],
            )
            return completion.choices[0].message.content
        prompt = self.qa.build_prompt(question, printer_context) if self.qa else question
        return multi_model_service.generate_response_sync(prompt, task_type="qa", system=SYSTEM_PROMPT)

    def _printer_context(self):
        data = self._printer.get_current_data() or {}
        temps = self._printer.get_current_temperatures() or {}
        return "State: {}\nJob: {}\nProgress: {}\nTemperatures: {}".format(
            (data.get("state") or {}).get("text"),
            ((data.get("job") or {}).get("file") or {}).get("name"),
            (data.get("progress") or {}).get("completion"),
            temps,
        )

    # ~~ EventHandlerPlugin

    def on_event(self, event, payload):
        if event == Events.PRINT_STARTED:
            self._serial_tail.clear()
            self._restart_watch_if_needed()
        elif event in (Events.PRINT_DONE, Events.PRINT_CANCELLED):
            self.history.create(payload.get("name"), "done" if event == Events.PRINT_DONE else "cancelled",
                                time=payload.get("time"))
            self._stop_watch()
        elif event == Events.PRINT_FAILED:
            self._stop_watch()
            entry = self.history.create(payload.get("name"), "failed", reason=payload.get("reason"))
            if self._settings.get_boolean(["explain_on_failure"]):
                self._queue_explain(entry, payload)
        elif event == Events.ERROR:
            self._serial_tail.append("ERROR: {}".format(payload.get("error")))

    def _queue_explain(self, entry, payload=None):
        context = FailureContext.from_printer(
            self._printer, payload or {"name": entry["filename"], "reason": entry.get("reason")},
            "\n".join(self._serial_tail), self._printer_model_name())
        if self._settings.get_boolean(["legacy_mode"]):
            return self.worker.submit("explain", self._explain_legacy, entry, context)
        func = self.explainer.explain_tracked if self._settings.get_boolean(["use_tracked_service"]) \
            else self.explainer.explain
        return self.worker.submit("explain", func, context,
                                  on_done=lambda job: self._after_explain(entry, job))

    def _explain_legacy(self, entry, context):
        text = openai_helper.ask_openai(self._settings.get(["openai_api_key"]), context.render())
        self.history.update(entry["id"], explanation=text)
        return {"explanation": text, "provider": "openai-legacy"}

    def _after_explain(self, entry, job):
        if not job.result or "explanation" not in job.result:
            return
        self.history.update(entry["id"], explanation=job.result["explanation"])
        title = self.notifier.headline(job.result["explanation"])
        self.notifier.send(title, job.result["explanation"])

    # ~~ failure watch

    def _make_analyzer(self):
        backend = self.registry.first_available(self._settings.get(["preferred_provider"]), need_vision=True)
        if backend is None:
            return None
        # TODO: switch to webcam.snapshot_url_from_settings once we drop OctoPrint 1.8
        url = self._settings.global_get(["webcam", "snapshot"])
        second = self.openrouter_client if self._settings.get(["openrouter_api_key"]) else None
        return SnapshotAnalyzer(
            backend, url, openrouter_client=second,
            threshold=self._settings.get_float(["failure_watch_threshold"]),
            use_local_prefilter=self._settings.get_boolean(["local_prefilter"]),
        )

    def _restart_watch_if_needed(self):
        self._stop_watch()
        if not self._settings.get_boolean(["failure_watch"]) or not self._printer.is_printing():
            return
        analyzer = self._make_analyzer()
        if analyzer is None:
            return
        self._watch = FailureWatch(analyzer, self._printer,
                                   interval=self._settings.get_int(["failure_watch_interval"]),
                                   on_failure=self._on_watch_failure, logger=self._logger)
        self._watch.start()

    def _stop_watch(self):
        if self._watch:
            self._watch.stop()
            self._watch = None

    def _on_watch_failure(self, verdict):
        if self._settings.get_boolean(["failure_watch_pause"]):
            self._printer.pause_print(tags={"aiassist"})
        self._push({"type": "watch_alert", "verdict": verdict})

    # ~~ hooks

    def on_gcode_received(self, comm, line, *args, **kwargs):
        if line.startswith("Error:") or line.startswith("!!") or "MINTEMP" in line or "MAXTEMP" in line:
            self._serial_tail.append(line.strip())
        elif len(self._serial_tail) < self._serial_tail.maxlen and line.startswith("echo:"):
            self._serial_tail.append(line.strip())
        return line

    def get_update_information(self):
        return {
            "aiassist": {
                "displayName": "AIAssist",
                "displayVersion": self._plugin_version,
                "type": "github_release",
                "user": "aiassist",
                "repo": "OctoPrint-AIAssist",
                "current": self._plugin_version,
                "pip": "https://github.com/aiassist/OctoPrint-AIAssist/archive/{target_version}.zip",
            }
        }


__plugin_name__ = "AIAssist"
__plugin_pythoncompat__ = ">=3.9,<4"


def __plugin_load__():
    global __plugin_implementation__
    __plugin_implementation__ = AIAssistPlugin()

    global __plugin_hooks__
    __plugin_hooks__ = {
        "octoprint.comm.protocol.gcode.received": __plugin_implementation__.on_gcode_received,
        "octoprint.plugin.softwareupdate.check_config": __plugin_implementation__.get_update_information,
    }
