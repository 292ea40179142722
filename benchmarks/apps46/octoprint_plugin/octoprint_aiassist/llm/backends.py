# coding=utf-8
"""One small class per provider exposing the same three operations the
plugin needs: ``complete`` (text in, text out), ``describe_image`` (webcam
snapshot + prompt) and ``stream`` (yields text chunks for the chat panel).

The classes receive an already constructed SDK client (see ``clients.py``)
so tests can hand in fakes.
"""
from __future__ import absolute_import, unicode_literals

import base64
import logging

from google.genai import types as genai_types

from .prompts import SYSTEM_PROMPT

_logger = logging.getLogger("octoprint.plugins.aiassist.backends")


class LLMResult(object):
    __slots__ = ("text", "model", "input_tokens", "output_tokens")

    def __init__(self, text, model, input_tokens=0, output_tokens=0):
        self.text = text
        self.model = model
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens

    def to_dict(self):
        return {
            "text": self.text,
            "model": self.model,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
        }


class BaseBackend(object):
    name = "base"
    supports_vision = False

    def __init__(self, client, model, vision_model=None, temperature=0.2):
        self.client = client
        self.model = model
        self.vision_model = vision_model or model
        self.temperature = temperature

    def complete(self, prompt, system=SYSTEM_PROMPT, max_tokens=700):
        raise NotImplementedError

    def describe_image(self, image_bytes, prompt, mime_type="image/jpeg"):
        raise NotImplementedError("{} has no vision support".format(self.name))

    def stream(self, messages, system=SYSTEM_PROMPT):
        raise NotImplementedError

    def __repr__(self):
        return "<{} model={}>".format(type(self).__name__, self.model)


class OpenAIBackend(BaseBackend):
    name = "openai"
    supports_vision = True

    def complete(self, prompt, system=SYSTEM_PROMPT, max_tokens=700):
        response = self.client.responses.create(
            model=self.model,
            instructions=system,
            input=prompt,
            max_output_tokens=max_tokens,
            temperature=self.temperature,
        )
        return LLMResult(response.output_text, self.model,
                         response.usage.input_tokens, response.usage.output_tokens)

    def describe_image(self, image_bytes, prompt, mime_type="image/jpeg"):
        data_url = "data:{};base64,{}".format(mime_type, base64.b64encode(image_bytes).decode("ascii"))
        response = self.client.chat.completions.create(
            model=self.vision_model,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": prompt},
                        {"type": "image_url", "image_url": {"url": data_url, "detail": "low"}},
                    ],
                }
            ],
            response_format={"type": "json_object"},
            max_tokens=300,
        )
        return LLMResult(response.choices[0].message.content, self.vision_model,
                         response.usage.prompt_tokens, response.usage.completion_tokens)

    def stream(self, messages, system=SYSTEM_PROMPT):
        chunks = self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}] + list(messages),
            stream=True,
            temperature=self.temperature,
        )
        for chunk in chunks:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


class OpenRouterBackend(OpenAIBackend):
    """Same wire format as OpenAI, but OpenRouter does not implement the
    Responses API for every upstream model, so ``complete`` uses chat."""
    name = "openrouter"

    def complete(self, prompt, system=SYSTEM_PROMPT, max_tokens=700):
        response = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            max_tokens=max_tokens,
            temperature=self.temperature,
            extra_body={"transforms": ["middle-out"]},
        )
        usage = response.usage
        return LLMResult(response.choices[0].message.content, self.model,
                         usage.prompt_tokens if usage else 0, usage.completion_tokens if usage else 0)


class AnthropicBackend(BaseBackend):
    name = "anthropic"
    supports_vision = True

    def complete(self, prompt, system=SYSTEM_PROMPT, max_tokens=700):
        message = self.client.messages.create(
            model=self.model,
            system=system,
            max_tokens=max_tokens,
            temperature=self.temperature,
            messages=[{"role": "user", "content": prompt}],
        )
        text = "".join(block.text for block in message.content if block.type == "text")
        return LLMResult(text, self.model, message.usage.input_tokens, message.usage.output_tokens)

    def describe_image(self, image_bytes, prompt, mime_type="image/jpeg"):
        message = self.client.messages.create(
            model=self.vision_model,
            max_tokens=400,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "image",
                            "source": {
                                "type": "base64",
                                "media_type": mime_type,
                                "data": base64.b64encode(image_bytes).decode("ascii"),
                            },
                        },
                        {"type": "text", "text": prompt},
                    ],
                }
            ],
        )
        return LLMResult(message.content[0].text, self.vision_model,
                         message.usage.input_tokens, message.usage.output_tokens)

    def stream(self, messages, system=SYSTEM_PROMPT):
        with self.client.messages.stream(
            model=self.model,
            system=system,
            max_tokens=1024,
            messages=list(messages),
        ) as stream:
            for text in stream.text_stream:
                yield text


class GeminiBackend(BaseBackend):
    name = "google"
    supports_vision = True

    def _config(self, system, max_tokens):
        return genai_types.GenerateContentConfig(
            system_instruction=system,
            max_output_tokens=max_tokens,
            temperature=self.temperature,
        )

    def complete(self, prompt, system=SYSTEM_PROMPT, max_tokens=700):
        response = self.client.models.generate_content(
            model=self.model,
            contents=prompt,
            config=self._config(system, max_tokens),
        )
        meta = response.usage_metadata
        return LLMResult(response.text, self.model,
                         meta.prompt_token_count if meta else 0,
                         meta.candidates_token_count if meta else 0)

    def describe_image(self, image_bytes, prompt, mime_type="image/jpeg"):
        response = self.client.models.generate_content(
            model=self.vision_model,
            contents=[
                genai_types.Part.from_bytes(data=image_bytes, mime_type=mime_type),
                prompt,
            ],
            config=genai_types.GenerateContentConfig(response_mime_type="application/json"),
        )
        return LLMResult(response.text, self.vision_model)

    def stream(self, messages, system=SYSTEM_PROMPT):
        contents = [
            genai_types.Content(role="model" if m["role"] == "assistant" else "user",
                                parts=[genai_types.Part(text=m["content"])])
            for m in messages
        ]
        for chunk in self.client.models.generate_content_stream(
                model=self.model, contents=contents, config=self._config(system, 1024)):
            if chunk.text:
                yield chunk.text


class OllamaBackend(BaseBackend):
    name = "ollama"
    supports_vision = True  # llava / llama3.2-vision

    def complete(self, prompt, system=SYSTEM_PROMPT, max_tokens=700):
        response = self.client.chat(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            options={"temperature": self.temperature, "num_predict": max_tokens},
        )
        return LLMResult(response["message"]["content"], self.model,
                         response.get("prompt_eval_count", 0), response.get("eval_count", 0))

    def describe_image(self, image_bytes, prompt, mime_type="image/jpeg"):
        response = self.client.generate(
            model=self.vision_model,
            prompt=prompt,
            images=[image_bytes],
            format="json",
        )
        return LLMResult(response["response"], self.vision_model)

    def stream(self, messages, system=SYSTEM_PROMPT):
        for part in self.client.chat(model=self.model,
                                     messages=[{"role": "system", "content": system}] + list(messages),
                                     stream=True):
            yield part["message"]["content"]
