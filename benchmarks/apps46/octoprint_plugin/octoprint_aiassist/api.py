# coding=utf-8
"""SimpleApiPlugin command handlers.

Half of these still live on the plugin class in ``__init__.py``; new commands
go here (see CONTRIBUTING.md, "API commands").
"""
from __future__ import absolute_import, unicode_literals

import flask

from .llm.prompts import SYSTEM_PROMPT
from .worker import batch_explain_history

COMMANDS = {
    "explain": ["history_id"],
    "ask": ["question"],
    "summarize": ["path"],
    "snapshot": [],
    "suggest_settings": ["material"],
    "reanalyse": [],
    "usage": [],
    "chat_stream": ["messages"],
}


def handle_suggest_settings(plugin, data):
    """Ask Claude for slicer settings for a material on this printer profile."""
    profile = plugin._printer_profile_manager.get_current_or_default()
    nozzle = profile["extruder"]["nozzleDiameter"]
    prompt = ("Suggest starting PrusaSlicer settings (temps, speeds, retraction, cooling) "
              "for {material} on a {name} with a {nozzle} mm nozzle. Answer as a short table.").format(
        material=data["material"], name=profile.get("name") or "printer", nozzle=nozzle)
    message = plugin.anthropic_client.messages.create(
        model=plugin._settings.get(["anthropic_model"]),
        max_tokens=800,
        system=SYSTEM_PROMPT,
        messages=[{"role": "user", "content": prompt}],
    )
    return flask.jsonify(suggestion=message.content[0].text)


def handle_reanalyse(plugin, data):
    failures = plugin.history.failures(limit=int(data.get("limit", 20)))
    failures = [{"id": f["id"], "summary": f.get("reason", "") + "\n" + f.get("explanation", "")}
                for f in failures]
    job_id = plugin.worker.submit(
        "reanalyse",
        batch_explain_history,
        plugin.openrouter_client,
        plugin._settings.get(["openrouter_model"]),
        failures,
        on_done=lambda job: plugin.store_reanalysis(job.result or []),
    )
    return flask.jsonify(job=job_id)


def handle_chat_stream(plugin, data):
    backend = plugin.registry.first_available(plugin._settings.get(["preferred_provider"]))
    if backend is None:
        return flask.make_response("No provider configured", 409)

    def run():
        text = []
        for piece in backend.stream(data["messages"]):
            text.append(piece)
            plugin._plugin_manager.send_plugin_message(plugin._identifier,
                                                       {"type": "chat_delta", "delta": piece})
        return "".join(text)

    return flask.jsonify(job=plugin.worker.submit("chat", run))


def handle_usage(plugin, data):
    from .llm import llm_tracker
    return flask.jsonify(llm_tracker.summary())


HANDLERS = {
    "suggest_settings": handle_suggest_settings,
    "reanalyse": handle_reanalyse,
    "chat_stream": handle_chat_stream,
    "usage": handle_usage,
}
