"""Chat completion across providers."""
import json
import logging

from app.services.prompts import CHAT_SYSTEM, to_anthropic_messages, to_bedrock_converse

log = logging.getLogger(__name__)

CITATION_TOOL = {
    "type": "function",
    "function": {
        "name": "lookup_statute",
        "description": "Fetch the text of a statute section by citation.",
        "parameters": {
            "type": "object",
            "properties": {"citation": {"type": "string"}},
            "required": ["citation"],
        },
    },
}


class ChatService:
    def __init__(self, clients, config):
        self.clients = clients
        self.config = config

    def complete(self, messages, provider="openai", model=None, temperature=0.2):
        if provider in ("openai", "azure"):
            return self._openai_like(messages, provider, model, temperature)
        if provider == "anthropic":
            return self._anthropic(messages, model, temperature)
        if provider == "bedrock":
            return self._bedrock(messages, model, temperature)
        if provider == "cohere":
            return self._cohere(messages, model, temperature)
        raise ValueError(f"unknown provider {provider!r}")

    def _openai_like(self, messages, provider, model, temperature):
        client = self.clients.chat_client(provider)
        if provider == "azure":
            model = model or self.config["AZURE_CHAT_DEPLOYMENT"]
        else:
            model = model or self.config["OPENAI_CHAT_MODEL"]
        if not any(m["role"] == "system" for m in messages):
            messages = [{"role": "system", "content": CHAT_SYSTEM}] + list(messages)
        resp = client.chat.completions.create(
            model=model,
            messages=messages,
            temperature=temperature,
        )
        choice = resp.choices[0]
        return {
            "provider": provider,
            "model": resp.model,
            "content": choice.message.content,
            "finish_reason": choice.finish_reason,
            "usage": {"input": resp.usage.prompt_tokens, "output": resp.usage.completion_tokens},
        }

    def _anthropic(self, messages, model, temperature):
        system, msgs = to_anthropic_messages(messages)
        resp = self.clients.anthropic.messages.create(
            model=model or self.config["ANTHROPIC_MODEL"],
            system=system,
            messages=msgs,
            max_tokens=2048,
            temperature=temperature,
        )
        text = "".join(block.text for block in resp.content if block.type == "text")
        return {
            "provider": "anthropic",
            "model": resp.model,
            "content": text,
            "finish_reason": resp.stop_reason,
            "usage": {"input": resp.usage.input_tokens, "output": resp.usage.output_tokens},
        }

    def _bedrock(self, messages, model, temperature):
        system, msgs = to_bedrock_converse(messages)
        resp = self.clients.bedrock.converse(
            modelId=model or self.config["BEDROCK_MODEL_ID"],
            system=system,
            messages=msgs,
            inferenceConfig={"temperature": temperature, "maxTokens": 2048},
        )
        out = resp["output"]["message"]["content"]
        return {
            "provider": "bedrock",
            "model": model or self.config["BEDROCK_MODEL_ID"],
            "content": "".join(part.get("text", "") for part in out),
            "finish_reason": resp["stopReason"],
            "usage": {
                "input": resp["usage"]["inputTokens"],
                "output": resp["usage"]["outputTokens"],
            },
        }

    def _cohere(self, messages, model, temperature):
        co = self.clients.cohere
        resp = co.chat(
            model=model or "command-r-plus-08-2024",
            messages=messages,
            temperature=temperature,
        )
        text = "".join(item.text for item in resp.message.content if item.type == "text")
        return {
            "provider": "cohere",
            "model": model or "command-r-plus-08-2024",
            "content": text,
            "finish_reason": resp.finish_reason,
            "usage": {
                "input": resp.usage.billed_units.input_tokens,
                "output": resp.usage.billed_units.output_tokens,
            },
        }

    def stream_openai(self, messages, model=None):
        """Generator of text deltas; used by the SSE endpoint."""
        stream = self.clients.openai.chat.completions.create(
            model=model or self.config["OPENAI_CHAT_MODEL"],
            messages=messages,
            stream=True,
            stream_options={"include_usage": True},
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def stream_anthropic(self, messages, model=None):
        system, msgs = to_anthropic_messages(messages)
        with self.clients.anthropic.messages.stream(
            model=model or self.config["ANTHROPIC_MODEL"],
            system=system,
            messages=msgs,
            max_tokens=2048,
        ) as stream:
            for text in stream.text_stream:
                yield text

    def answer_with_tools(self, messages, lookup, max_rounds=3):
        """OpenAI tool-calling loop; ``lookup`` resolves a citation to text."""
        convo = list(messages)
        for _ in range(max_rounds):
            resp = self.clients.openai.chat.completions.create(
                model=self.config["OPENAI_CHAT_MODEL"],
                messages=convo,
                tools=[CITATION_TOOL],
                tool_choice="auto",
            )
            msg = resp.choices[0].message
            if not msg.tool_calls:
                return msg.content
            convo.append(msg.model_dump(exclude_none=True))
            for call in msg.tool_calls:
                args = json.loads(call.function.arguments or "{}")
                convo.append({
                    "role": "tool",
                    "tool_call_id": call.id,
                    "content": lookup(args.get("citation", "")) or "not found",
                })
        log.warning("tool loop hit max_rounds=%s", max_rounds)
        return None
