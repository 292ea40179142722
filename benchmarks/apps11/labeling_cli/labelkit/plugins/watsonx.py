"""IBM watsonx.ai adapter (Granite / Llama / Mixtral hosted in our IBM Cloud project)."""
from __future__ import annotations

import time
from typing import Any, Dict, Optional

from ibm_watsonx_ai.metanames import GenTextParamsMetaNames as GenParams
from ibm_watsonx_ai.wml_client_error import WMLClientError

from labelkit import clients, prompts
from labelkit.errors import ProviderError, RetryableError
from labelkit.plugins.base import LabelResult, ProviderAdapter


class WatsonxAdapter(ProviderAdapter):
    name = "watsonx"

    def __init__(self, spec, client=None, limiter=None) -> None:
        super().__init__(spec, client=client, limiter=limiter)
        # "chat" for instruct models, "generate" for the older granite-13b style prompts
        self.api = spec.options.get("api", "chat")
        gen_params = {
            GenParams.DECODING_METHOD: "greedy" if spec.temperature == 0 else "sample",
            GenParams.MAX_NEW_TOKENS: spec.max_tokens,
            GenParams.STOP_SEQUENCES: ["\n\n"],
        }
        if spec.temperature:
            gen_params[GenParams.TEMPERATURE] = spec.temperature
        self._model = client or clients.get_watsonx_model(spec.model, params=gen_params)

    def label(self, item: Dict[str, Any]) -> LabelResult:
        started = time.perf_counter()
        try:
            if self.api == "generate":
                prompt = prompts.build_prompt(self.spec, self.item_text(item))
                resp = self._model.generate_text(prompt=prompt, raw_response=True)
                result = resp["results"][0]
                return self.to_result(
                    item, result["generated_text"], started,
                    input_tokens=result.get("input_token_count"),
                    output_tokens=result.get("generated_token_count"),
                )

            resp = self._model.chat(
                messages=self.messages_for(item),
                params={"max_tokens": self.spec.max_tokens, "temperature": self.spec.temperature},
            )
        except WMLClientError as exc:
            text = str(exc)
            if "429" in text or "503" in text or "timed out" in text.lower():
                raise RetryableError("watsonx", text) from exc
            raise ProviderError("watsonx", text) from exc

        usage = resp.get("usage", {})
        return self.to_result(
            item, resp["choices"][0]["message"]["content"], started,
            input_tokens=usage.get("prompt_tokens"),
            output_tokens=usage.get("completion_tokens"),
        )

    def estimate_tokens(self, item: Dict[str, Any]) -> Optional[int]:
        prompt = prompts.build_prompt(self.spec, self.item_text(item))
        try:
            return int(self._model.tokenize(prompt=prompt)["result"]["token_count"])
        except (WMLClientError, KeyError):
            return None
