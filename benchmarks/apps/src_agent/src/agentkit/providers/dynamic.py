"""Optional providers: imported only when configured, so they stay optional dependencies."""
import importlib


def load_sdk(name: str):
    return importlib.import_module(name)


anthropic_sdk = importlib.import_module("anthropic")
ollama = __import__("ollama")
hf = load_sdk("huggingface_hub")


def local_chat(prompt: str) -> str:
    response = ollama.chat(model="llama3.2", messages=[{"role": "user", "content": prompt}])
    return response["message"]["content"]


def hosted_chat(prompt: str) -> str:
    client = anthropic_sdk.Anthropic()
    msg = client.messages.create(
        model="claude-haiku-4-5", max_tokens=512, messages=[{"role": "user", "content": prompt}]
    )
    return msg.content[0].text


def hf_generate(prompt: str) -> str:
    client = hf.InferenceClient(model="meta-llama/Llama-3.1-8B-Instruct")
    return client.text_generation(prompt, max_new_tokens=200)
