"""openai<1.0 code path, kept for users stuck on the Ubuntu 20.04 python3-openai package."""
import openai


def ask_v0(api_key: str, question: str, model: str = "gpt-3.5-turbo") -> str:
    openai.api_key = api_key
    resp = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        max_tokens=300,
    )
    return resp["choices"][0]["message"]["content"]
