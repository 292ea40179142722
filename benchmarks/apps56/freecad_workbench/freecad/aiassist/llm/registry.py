"""Backend registry.

Each backend wraps one provider behind a tiny ``complete(system, user)``
interface so that commands don't need to know which SDK is configured.
"""
import FreeCAD

from freecad.aiassist import preferences
from . import clients


class Backend:
    name = "base"

    def __init__(self, client_getter):
        self._client_getter = client_getter

    @property
    def client(self):
        return self._client_getter()

    @property
    def model(self):
        return preferences.model_for(self.name)

    def complete(self, system, user, **kwargs):
        raise NotImplementedError


class OpenAIBackend(Backend):
    name = "openai"

    def complete(self, system, user, **kwargs):
        resp = self.client.chat.completions.create(
            model=kwargs.get("model", self.model),
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            temperature=kwargs.get("temperature", preferences.temperature()),
            max_tokens=kwargs.get("max_tokens", preferences.max_tokens()),
        )
        return resp.choices[0].message.content or ""


class DeepSeekBackend(OpenAIBackend):
    name = "deepseek"

    def complete(self, system, user, **kwargs):
        # deepseek-reasoner rejects temperature, keep the call minimal
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            max_tokens=kwargs.get("max_tokens", preferences.max_tokens()),
        )
        return resp.choices[0].message.content or ""


class AnthropicBackend(Backend):
    name = "anthropic"

    def complete(self, system, user, **kwargs):
        msg = self.client.messages.create(
            model=self.model,
            system=system,
            max_tokens=kwargs.get("max_tokens", preferences.max_tokens()),
            temperature=kwargs.get("temperature", preferences.temperature()),
            messages=[{"role": "user", "content": user}],
        )
        return "".join(block.text for block in msg.content if block.type == "text")


class GroqBackend(Backend):
    name = "groq"

    def complete(self, system, user, **kwargs):
        chat = self.client.chat
        resp = chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            temperature=kwargs.get("temperature", preferences.temperature()),
        )
        return resp.choices[0].message.content


class OllamaBackend(Backend):
    name = "ollama"

    def complete(self, system, user, **kwargs):
        resp = self.client.chat(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            options={"temperature": kwargs.get("temperature", preferences.temperature())},
        )
        return resp["message"]["content"]


class BackendRegistry:
    def __init__(self):
        self._backends = {}

    def register(self, backend):
        self._backends[backend.name] = backend
        return backend

    def get(self, name=None):
        name = name or preferences.get_backend()
        try:
            return self._backends[name]
        except KeyError:
            FreeCAD.Console.PrintWarning("AIAssist: unknown backend %r, falling back to openai\n" % name)
            return self._backends["openai"]

    def names(self):
        return sorted(self._backends)

    def __contains__(self, name):
        return name in self._backends


registry = BackendRegistry()
registry.register(OpenAIBackend(clients.get_openai_client))
registry.register(DeepSeekBackend(clients.get_deepseek_client))
registry.register(AnthropicBackend(clients.get_anthropic_client))
registry.register(GroqBackend(clients.get_groq_client))
registry.register(OllamaBackend(clients.get_ollama_client))
