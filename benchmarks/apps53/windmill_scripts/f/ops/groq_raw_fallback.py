"""Used when the groq SDK pin conflicts with another dep in the same lockfile.

Calls the OpenAI-compatible Groq endpoint with plain httpx.
"""
import httpx
import wmill

GROQ_CHAT = "https://api.groq.com/openai/v1/chat/completions"


def main(prompt: str, model: str = "llama-3.1-8b-instant", max_tokens: int = 300):
    key = wmill.get_variable("f/llm/groq_api_key")
    with httpx.Client(timeout=30) as http:
        r = http.post(
            GROQ_CHAT,
            headers={"Authorization": f"Bearer {key}"},
            json={"model": model, "max_tokens": max_tokens,
                  "messages": [{"role": "user", "content": prompt}]},
        )
    r.raise_for_status()
    body = r.json()
    return {"text": body["choices"][0]["message"]["content"], "usage": body.get("usage")}
