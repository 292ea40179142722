"""A local text generator for offline evals (transformers, no API)."""
from __future__ import annotations

from transformers import AutoModelForCausalLM, AutoTokenizer


class LocalGenerator:
    def __init__(self, name: str = "sshleifer/tiny-gpt2") -> None:
        self.tokenizer = AutoTokenizer.from_pretrained(name)
        self.model = AutoModelForCausalLM.from_pretrained(name)

    def generate(self, prompt: str, max_new_tokens: int = 40) -> str:
        inputs = self.tokenizer(prompt, return_tensors="pt")
        output = self.model.generate(**inputs, max_new_tokens=max_new_tokens)
        return self.tokenizer.decode(output[0], skip_special_tokens=True)


def completion(prompt: str) -> str:
    return LocalGenerator().generate(prompt)
