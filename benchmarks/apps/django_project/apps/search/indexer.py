"""Management-command helper that rebuilds the article index (runs offline, nightly)."""
import os

import cohere
import google.generativeai as genai
import requests
from together import Together

from .models import Article

genai.configure(api_key=os.environ.get("GEMINI_API_KEY"))


def reindex() -> int:
    co = cohere.ClientV2()
    count = 0
    for article in Article.objects.filter(embedding__isnull=True).iterator():
        response = co.embed(
            texts=[article.body], model="embed-english-v3.0", input_type="search_document",
            embedding_types=["float"],
        )
        article.embedding = response.embeddings.float_[0]
        article.save(update_fields=["embedding"])
        count += 1
    return count


def keywords(article: Article) -> list[str]:
    model = genai.GenerativeModel("gemini-1.5-flash")
    result = model.generate_content(f"Five keywords, comma separated:\n{article.body}")
    return [k.strip() for k in result.text.split(",")]


def short_summary(article: Article) -> str:
    client = Together()
    response = client.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "user", "content": f"One sentence summary: {article.body}"}],
    )
    return response.choices[0].message.content


def mistral_classify(article: Article) -> str:
    resp = requests.post(
        "https://api.mistral.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
        json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": article.title}]},
        timeout=30,
    )
    return resp.json()["choices"][0]["message"]["content"]


def list_gemini_models() -> list[str]:
    return [m.name for m in genai.list_models()]
