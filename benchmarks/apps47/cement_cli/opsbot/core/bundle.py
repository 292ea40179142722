"""LLMBundle: the object the post_setup hook attaches as ``app.llm``.

Controllers are *supposed* to call the helper methods here, but a lot of
older commands reach into ``app.llm.openai`` / ``app.llm.bedrock`` directly.
"""
import json
import logging

from .clients import (
    get_anthropic_client,
    get_bedrock_runtime,
    get_cohere_client,
    get_openai_client,
)

log = logging.getLogger("opsbot.llm")


class LLMBundle:
    def __init__(self, openai_model, anthropic_model, bedrock_model, cohere_model, region=None):
        self.openai = get_openai_client()
        self.anthropic = get_anthropic_client()
        self.bedrock = get_bedrock_runtime(region)
        self.cohere = get_cohere_client()
        self.openai_model = openai_model
        self.anthropic_model = anthropic_model
        self.bedrock_model = bedrock_model
        self.cohere_model = cohere_model

    @classmethod
    def from_config(cls, config):
        section = "opsbot"
        return cls(
            openai_model=config.get(section, "openai_model"),
            anthropic_model=config.get(section, "anthropic_model"),
            bedrock_model=config.get(section, "bedrock_model"),
            cohere_model=config.get(section, "cohere_model"),
            region=config.get(section, "aws_region"),
        )

    # -- helpers -----------------------------------------------------------
    def complete(self, prompt, system=None, temperature=0.2, max_tokens=800):
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        resp = self.openai.chat.completions.create(
            model=self.openai_model,
            messages=messages,
            temperature=temperature,
            max_tokens=max_tokens,
        )
        log.debug("openai usage: %s", resp.usage)
        return resp.choices[0].message.content

    def claude(self, prompt, system="You are a senior SRE.", max_tokens=1024):
        msg = self.anthropic.messages.create(
            model=self.anthropic_model,
            max_tokens=max_tokens,
            system=system,
            messages=[{"role": "user", "content": prompt}],
        )
        return "".join(block.text for block in msg.content if block.type == "text")

    def converse(self, prompt, system=None, max_tokens=1024):
        kwargs = {
            "modelId": self.bedrock_model,
            "messages": [{"role": "user", "content": [{"text": prompt}]}],
            "inferenceConfig": {"maxTokens": max_tokens, "temperature": 0.2},
        }
        if system:
            kwargs["system"] = [{"text": system}]
        out = self.bedrock.converse(**kwargs)
        return out["output"]["message"]["content"][0]["text"]

    def embed(self, texts, input_type="search_document"):
        resp = self.cohere.embed(
            texts=list(texts),
            model=self.cohere_model,
            input_type=input_type,
            embedding_types=["float"],
        )
        return resp.embeddings.float_

    def describe(self):
        return json.dumps(
            {
                "openai": self.openai_model,
                "anthropic": self.anthropic_model,
                "bedrock": self.bedrock_model,
                "cohere": self.cohere_model,
            },
            indent=2,
        )
