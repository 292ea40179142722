"""Preferences window: keys, default provider, local models."""
from __future__ import annotations

import asyncio
import logging

import toga
from toga.style import Pack
from toga.style.pack import COLUMN, ROW

from minutes_mate.config import Settings, save_settings
from minutes_mate.services import reset_clients, registry
from minutes_mate.services.local_models import ensure_model, installed_models

log = logging.getLogger(__name__)

PROVIDERS = ("openai", "anthropic", "groq", "mistral")


class SettingsWindow(toga.Window):
    def __init__(self, settings: Settings):
        super().__init__(title="Preferences", size=(520, 480))
        self.settings = settings
        self.key_inputs: dict[str, toga.PasswordInput] = {}

        rows = []
        for p in PROVIDERS:
            field = toga.PasswordInput(value=getattr(settings, f"{p}_api_key"), style=Pack(flex=1))
            self.key_inputs[p] = field
            rows.append(
                toga.Box(
                    children=[
                        toga.Label(f"{p.title()} key", style=Pack(width=120)),
                        field,
                        toga.Button("Test", id=f"test-{p}", on_press=self.on_test_key, style=Pack(padding_left=4)),
                    ],
                    style=Pack(direction=ROW, padding=4),
                )
            )

        self.remember = toga.Switch("Remember keys on this computer", value=settings.remember_keys)
        self.ollama_host = toga.TextInput(value=settings.ollama_host)
        self.ollama_models = toga.Selection(items=installed_models() or [settings.ollama_model])
        self.openai_models = toga.Selection(items=[settings.openai_chat_model])
        self.status = toga.Label("")

        self.content = toga.Box(
            children=[
                *rows,
                self.remember,
                toga.Box(children=[toga.Label("Ollama host", style=Pack(width=120)), self.ollama_host],
                         style=Pack(direction=ROW, padding=4)),
                toga.Box(children=[toga.Label("Local model", style=Pack(width=120)), self.ollama_models,
                                   toga.Button("Pull", on_press=self.on_pull_model)],
                         style=Pack(direction=ROW, padding=4)),
                toga.Box(children=[toga.Label("OpenAI model", style=Pack(width=120)), self.openai_models,
                                   toga.Button("Refresh", on_press=self.on_refresh_models)],
                         style=Pack(direction=ROW, padding=4)),
                self.status,
                toga.Button("Save", on_press=self.on_save, style=Pack(padding=8)),
            ],
            style=Pack(direction=COLUMN, padding=8),
        )

    async def on_refresh_models(self, widget):
        client = self.app.clients.openai
        models = await asyncio.to_thread(client.models.list)
        chat_models = sorted(m.id for m in models.data if m.id.startswith(("gpt-", "o1", "o3")))
        self.openai_models.items = chat_models

    async def on_pull_model(self, widget):
        name = self.ollama_models.value
        self.status.text = f"Pulling {name}…"
        await asyncio.to_thread(ensure_model, name)
        self.status.text = f"{name} ready"

    async def on_test_key(self, widget):
        provider = widget.id.removeprefix("test-")
        self.status.text = f"Testing {provider}…"
        try:
            if provider == "anthropic":
                # count_tokens is free and still validates the key
                client = self.app.clients.anthropic
                await asyncio.to_thread(
                    client.messages.count_tokens,
                    model="claude-3-5-haiku-20241022",
                    messages=[{"role": "user", "content": "ping"}],
                )
            elif provider == "mistral":
                await asyncio.to_thread(self.app.clients.mistral.models.list)
            else:
                adapter = registry.get(provider)
                await asyncio.to_thread(adapter.complete, [{"role": "user", "content": "Reply with OK."}])
            self.status.text = f"{provider}: OK"
        except Exception as exc:
            self.status.text = f"{provider}: {exc}"

    def on_save(self, widget):
        for p, field in self.key_inputs.items():
            setattr(self.settings, f"{p}_api_key", field.value)
        self.settings.remember_keys = self.remember.value
        self.settings.ollama_host = self.ollama_host.value
        if self.ollama_models.value:
            self.settings.ollama_model = self.ollama_models.value
        save_settings(self.settings)
        reset_clients()
        registry.clear()
        self.app.clients.refresh()
        self.close()
