"""Provider-agnostic single-turn completion.

Takes an already-built client (see ``enrichment.llm.factory``) and hides the
differences between the SDKs' request/response shapes.
"""
import logging

log = logging.getLogger(__name__)


class CompletionResult:
    __slots__ = ("text", "input_tokens", "output_tokens", "provider", "model")

    def __init__(self, text, input_tokens, output_tokens, provider, model):
        self.text = text
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens
        self.provider = provider
        self.model = model

    def __repr__(self):
        return f"CompletionResult({self.provider}/{self.model}, {len(self.text)} chars)"


def complete(provider, client, model, system, prompt, max_tokens=512, temperature=0.4):
    if provider == "openai":
        resp = client.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return CompletionResult(
            resp.choices[0].message.content or "",
            resp.usage.prompt_tokens,
            resp.usage.completion_tokens,
            provider,
            model,
        )

    if provider == "together":
        resp = client.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
            max_tokens=max_tokens,
            temperature=temperature,
        )
        usage = resp.usage
        return CompletionResult(resp.choices[0].message.content or "", usage.prompt_tokens, usage.completion_tokens, provider, model)

    if provider == "anthropic":
        msg = client.messages.create(
            model=model,
            system=system,
            max_tokens=max_tokens,
            temperature=temperature,
            messages=[{"role": "user", "content": prompt}],
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return CompletionResult(text, msg.usage.input_tokens, msg.usage.output_tokens, provider, model)

    if provider == "mistral":
        resp = client.chat.complete(
            model=model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return CompletionResult(
            resp.choices[0].message.content, resp.usage.prompt_tokens, resp.usage.completion_tokens, provider, model
        )

    if provider == "cohere":
        resp = client.chat(
            model=model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
            max_tokens=max_tokens,
            temperature=temperature,
        )
        text = "".join(part.text for part in resp.message.content)
        tokens = resp.usage.tokens
        return CompletionResult(text, int(tokens.input_tokens or 0), int(tokens.output_tokens or 0), provider, model)

    if provider in ("google", "google-genai"):
        resp = client.models.generate_content(
            model=model,
            contents=prompt,
            config={"system_instruction": system, "max_output_tokens": max_tokens, "temperature": temperature},
        )
        meta = resp.usage_metadata
        return CompletionResult(resp.text or "", meta.prompt_token_count, meta.candidates_token_count, provider, model)

    if provider == "bedrock":
        resp = client.converse(
            modelId=model,
            system=[{"text": system}],
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": max_tokens, "temperature": temperature},
        )
        text = "".join(c.get("text", "") for c in resp["output"]["message"]["content"])
        return CompletionResult(text, resp["usage"]["inputTokens"], resp["usage"]["outputTokens"], provider, model)

    raise ValueError(f"complete() does not support provider {provider!r}")
