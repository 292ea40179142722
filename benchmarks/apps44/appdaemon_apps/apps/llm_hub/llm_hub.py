"""llm_hub: owns the LLM clients for all other apps.

Other apps do:

    hub = self.get_app("llm_hub")
    text = hub.chat("...", provider="groq")

or, for anything the helpers don't cover, use the raw clients (`hub.openai`, `hub.anthropic`,
`hub.gemini`, `hub.groq`, `hub.ollama`).
"""
import time

import appdaemon.plugins.hass.hassapi as hass
from google.genai import types as genai_types

from lib import clients, prompts
from lib.costs import completion_cost


class LLMHub(hass.Hass):

    def initialize(self):
        self.openai = clients.make_openai_client(self.args.get("openai_api_key"))
        self.anthropic = clients.make_anthropic_client(self.args.get("anthropic_api_key"))
        self.gemini = clients.get_gemini_client()
        self.groq = clients.make_groq_client(self.args.get("groq_api_key"))
        self.ollama = clients.make_ollama_client(self.args.get("ollama_host"))
        # async variants for the async apps (voice, camera)
        self.aopenai = clients.make_async_openai_client(self.args.get("openai_api_key"))
        self.aanthropic = clients.make_async_anthropic_client(self.args.get("anthropic_api_key"))
        self.aollama = clients.make_async_ollama_client(self.args.get("ollama_host"))

        self.models = {
            "openai": self.args.get("openai_model", "gpt-4o-mini"),
            "anthropic": self.args.get("anthropic_model", "claude-3-5-sonnet-20241022"),
            "gemini": self.args.get("gemini_model", "gemini-2.0-flash"),
            "groq": self.args.get("groq_model", "llama-3.1-8b-instant"),
            "ollama": self.args.get("ollama_model", "llama3.1:8b"),
        }
        self.default_provider = self.args.get("default_provider", "openai")
        self._backends = {
            "openai": self._chat_openai,
            "anthropic": self._chat_anthropic,
            "gemini": self._chat_gemini,
            "groq": self._chat_groq,
            "ollama": self._chat_ollama,
        }
        self._spent = 0.0
        self.register_service("llm_hub/ask", self._svc_ask)
        self.listen_event(self._on_reset, "llm_hub_reset_costs")
        self.log(f"llm_hub ready, default={self.default_provider}, models={self.models}")

    # ---- public API used by the other apps -------------------------------------------------

    def model_for(self, provider):
        return self.models[provider]

    def client_for(self, provider):
        return {
            "openai": self.openai,
            "anthropic": self.anthropic,
            "gemini": self.gemini,
            "groq": self.groq,
            "ollama": self.ollama,
        }[provider]

    def chat(self, text, provider=None, system=prompts.SYSTEM_HOUSE, max_tokens=300, history=None):
        provider = provider or self.default_provider
        started = time.monotonic()
        reply = self._backends[provider](text, system=system, max_tokens=max_tokens, history=history)
        self.log(f"{provider} answered in {time.monotonic() - started:.1f}s", level="DEBUG")
        return reply.strip()

    # old name, a few apps still call hub.generate()
    def generate(self, text, **kwargs):
        return self.chat(text, **kwargs)

    def describe_image(self, image_bytes, prompt=prompts.CAMERA_DESCRIBE, mime_type="image/jpeg"):
        response = self.gemini.models.generate_content(
            model=self.models["gemini"],
            contents=[
                genai_types.Part.from_bytes(data=image_bytes, mime_type=mime_type),
                prompt,
            ],
            config=genai_types.GenerateContentConfig(max_output_tokens=120, temperature=0.2),
        )
        return (response.text or "").strip()

    # ---- backends ---------------------------------------------------------------------------

    def _chat_openai(self, text, system, max_tokens, history):
        resp = self.openai.chat.completions.create(
            model=self.models["openai"],
            messages=prompts.chat_messages(text, system=system, history=history),
            max_tokens=max_tokens,
            temperature=0.4,
        )
        self._add_cost(resp, self.models["openai"])
        return resp.choices[0].message.content

    def _chat_anthropic(self, text, system, max_tokens, history):
        msg = self.anthropic.messages.create(
            model=self.models["anthropic"],
            max_tokens=max_tokens,
            system=system,
            messages=prompts.anthropic_messages(text, history=history),
        )
        self._add_cost(msg, self.models["anthropic"])
        return "".join(block.text for block in msg.content if block.type == "text")

    def _chat_gemini(self, text, system, max_tokens, history):
        resp = self.gemini.models.generate_content(
            model=self.models["gemini"],
            contents=text,
            config=genai_types.GenerateContentConfig(system_instruction=system, max_output_tokens=max_tokens),
        )
        return resp.text or ""

    def _chat_groq(self, text, system, max_tokens, history):
        resp = self.groq.chat.completions.create(
            model=self.models["groq"],
            messages=prompts.chat_messages(text, system=system, history=history),
            max_tokens=max_tokens,
        )
        self._add_cost(resp, self.models["groq"])
        return resp.choices[0].message.content

    def _chat_ollama(self, text, system, max_tokens, history):
        resp = self.ollama.chat(
            model=self.models["ollama"],
            messages=prompts.chat_messages(text, system=system, history=history),
            options={"num_predict": max_tokens},
        )
        return resp["message"]["content"]

    # ---- bookkeeping ------------------------------------------------------------------------

    def _add_cost(self, response, model):
        self._spent += completion_cost(response, model)
        self.set_state("sensor.llm_cost_estimate", state=round(self._spent, 4),
                       attributes={"unit_of_measurement": "USD", "friendly_name": "LLM cost (est.)"})

    def _svc_ask(self, namespace, domain, service, kwargs):
        answer = self.chat(kwargs["text"], provider=kwargs.get("provider"))
        self.fire_event("llm_hub_answer", text=answer, request_id=kwargs.get("request_id"))
        return answer

    def _on_reset(self, event_name, data, kwargs):
        self._spent = 0.0
        self.set_state("sensor.llm_cost_estimate", state=0)
