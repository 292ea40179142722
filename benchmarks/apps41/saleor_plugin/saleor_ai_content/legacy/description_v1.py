"""First version of the description generator (openai<1.0).

Still imported by the old import_products script for the wholesale channel.
Do not add features here.
"""
import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

PROMPT = "Write a product description for {name}. Attributes: {attrs}"


def generate_description(name, attrs):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": PROMPT.format(name=name, attrs=attrs)}],
        temperature=0.7,
    )
    return response["choices"][0]["message"]["content"]


def embed(text):
    result = openai.Embedding.create(model="text-embedding-ada-002", input=text)
    return result["data"][0]["embedding"]
