"""Provider backends behind a common ``complete(messages)`` interface.

Each backend keeps the SDK client it was given; the registry builds them
from the cached factories in clients.py.
"""

import json

from calibre_plugins.ai_book_assistant.llm.prompts import split_system, to_genai_contents


class BackendError(Exception):
    pass


class Completion(object):
    __slots__ = ('text', 'model', 'input_tokens', 'output_tokens')

    def __init__(self, text, model, input_tokens=0, output_tokens=0):
        self.text = text
        self.model = model
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens

    def json(self):
        raw = self.text.strip()
        if raw.startswith('```'):
            raw = raw.strip('`')
            if raw.startswith('json'):
                raw = raw[4:]
        return json.loads(raw)


class BaseBackend(object):
    name = 'base'

    def __init__(self, client, model, temperature=0.3):
        self.client = client
        self.model = model
        self.temperature = temperature

    def complete(self, messages, max_tokens=800):
        raise NotImplementedError


class OpenAIBackend(BaseBackend):
    name = 'openai'

    def complete(self, messages, max_tokens=800):
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            temperature=self.temperature,
            max_tokens=max_tokens,
        )
        u = resp.usage
        return Completion(resp.choices[0].message.content or '', resp.model,
                          u.prompt_tokens if u else 0, u.completion_tokens if u else 0)


class DeepSeekBackend(OpenAIBackend):
    # Same wire format, different base_url (see clients.get_deepseek_client)
    name = 'deepseek'


class AnthropicBackend(BaseBackend):
    name = 'anthropic'

    def complete(self, messages, max_tokens=800):
        system, rest = split_system(messages)
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            system=system,
            messages=rest,
            temperature=self.temperature,
        )
        text = ''.join(b.text for b in msg.content if b.type == 'text')
        return Completion(text, msg.model, msg.usage.input_tokens, msg.usage.output_tokens)


class GeminiBackend(BaseBackend):
    name = 'google'

    def complete(self, messages, max_tokens=800):
        from google.genai import types
        system, _ = split_system(messages)
        resp = self.client.models.generate_content(
            model=self.model,
            contents=to_genai_contents(messages),
            config=types.GenerateContentConfig(
                system_instruction=system or None,
                temperature=self.temperature,
                max_output_tokens=max_tokens,
            ),
        )
        meta = resp.usage_metadata
        return Completion(resp.text or '', self.model,
                          getattr(meta, 'prompt_token_count', 0) or 0,
                          getattr(meta, 'candidates_token_count', 0) or 0)


class MistralBackend(BaseBackend):
    name = 'mistral'

    def complete(self, messages, max_tokens=800):
        resp = self.client.chat.complete(
            model=self.model,
            messages=messages,
            temperature=self.temperature,
            max_tokens=max_tokens,
        )
        if not resp or not resp.choices:
            raise BackendError('Mistral returned no choices')
        return Completion(resp.choices[0].message.content, resp.model,
                          resp.usage.prompt_tokens, resp.usage.completion_tokens)


BACKEND_CLASSES = {
    'openai': OpenAIBackend,
    'deepseek': DeepSeekBackend,
    'anthropic': AnthropicBackend,
    'google': GeminiBackend,
    'mistral': MistralBackend,
}
