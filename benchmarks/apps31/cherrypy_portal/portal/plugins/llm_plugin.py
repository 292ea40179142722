"""Engine plugin that owns every LLM client used by the portal.

Clients are built once when the engine starts and torn down when it stops.
Other code gets hold of them through the bus:

    client = cherrypy.engine.publish("llm.client", "anthropic").pop()

or, inside a request, through ``cherrypy.request.llm`` (see tools/llm_tool.py).
"""
import logging

import cherrypy
from cherrypy.process import plugins

import anthropic
import groq
from google import genai
from huggingface_hub import InferenceClient
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference
from openai import AzureOpenAI, OpenAI

from portal.llm import registry

log = logging.getLogger("portal.llm")


class LLMClientsPlugin(plugins.SimplePlugin):
    """Builds provider clients on engine start and serves them on the bus."""

    def __init__(self, bus, settings):
        super().__init__(bus)
        self.settings = settings
        self.clients = {}

    def start(self):
        self.bus.log("Starting LLM clients plugin")
        cfg = self.settings
        if cfg.use_azure:
            self.clients["openai"] = AzureOpenAI(
                api_key=cfg.azure_api_key,
                azure_endpoint=cfg.azure_endpoint,
                api_version=cfg.azure_api_version,
            )
        else:
            self.clients["openai"] = OpenAI(
                api_key=cfg.openai_api_key, timeout=cfg.request_timeout
            )
        self.clients["anthropic"] = anthropic.Anthropic(api_key=cfg.anthropic_api_key)
        self.clients["gemini"] = genai.Client(api_key=cfg.google_api_key)
        self.clients["groq"] = groq.Groq(api_key=cfg.groq_api_key)
        self.clients["fireworks"] = OpenAI(
            api_key=cfg.fireworks_api_key, base_url=cfg.fireworks_base_url
        )
        self.clients["hf"] = InferenceClient(
            model=cfg.hf_chat_model, token=cfg.hf_token, timeout=cfg.request_timeout
        )
        if cfg.watsonx_api_key:
            self.clients["watsonx"] = ModelInference(
                model_id=cfg.watsonx_model,
                credentials=Credentials(url=cfg.watsonx_url, api_key=cfg.watsonx_api_key),
                project_id=cfg.watsonx_project_id,
                params={"max_new_tokens": 512},
            )
        for name, client in self.clients.items():
            registry.register(name, client)
        self.bus.subscribe("llm.client", self.get_client)
        self.bus.subscribe("llm.health", self.health)
        self.bus.publish("llm.ready", sorted(self.clients))

    start.priority = 70

    def stop(self):
        self.bus.log("Stopping LLM clients plugin")
        self.bus.unsubscribe("llm.client", self.get_client)
        self.bus.unsubscribe("llm.health", self.health)
        for name, client in list(self.clients.items()):
            close = getattr(client, "close", None)
            if callable(close):
                try:
                    close()
                except Exception:  # pragma: no cover - best effort on shutdown
                    log.exception("failed closing %s client", name)
        registry.clear()
        self.clients.clear()

    def get_client(self, name):
        return self.clients.get(name)

    def health(self):
        """Cheap liveness probe used by /admin/providers?probe=1.

        Listing models is free on every provider we use except watsonx, where we
        fetch the model spec instead.
        """
        status = {}
        for name, client in self.clients.items():
            try:
                if name == "gemini":
                    next(iter(client.models.list()), None)
                elif name == "watsonx":
                    client.get_details()
                elif name == "hf":
                    status[name] = "skipped"
                    continue
                else:
                    client.models.list()
                status[name] = "ok"
            except Exception as exc:  # noqa: BLE001
                status[name] = "error: %s" % type(exc).__name__
        return status

    def smoke_test(self, name="openai"):
        """One real round trip; only run from the deploy pipeline."""
        client = self.clients[name]
        if name == "anthropic":
            msg = client.messages.create(
                model=self.settings.anthropic_model,
                max_tokens=5,
                messages=[{"role": "user", "content": "ping"}],
            )
            return msg.content[0].text
        resp = client.chat.completions.create(
            model=self.settings.openai_model if name == "openai" else self.settings.groq_model,
            messages=[{"role": "user", "content": "ping"}],
            max_tokens=5,
        )
        return resp.choices[0].message.content

    def graceful(self):
        self.stop()
        self.start()
