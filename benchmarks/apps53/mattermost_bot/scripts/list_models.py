"""Print the models each configured vendor exposes (used when bumping defaults)."""
import os

import anthropic
from google import genai
from openai import OpenAI


def main():
    oa = OpenAI()
    for m in oa.models.list():
        print("openai", m.id)
    claude = anthropic.Anthropic()
    for m in claude.models.list():
        print("anthropic", m.id)
    gclient = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    for m in gclient.models.list():
        print("google", m.name)
    pplx = OpenAI(api_key=os.environ.get("PERPLEXITY_API_KEY"), base_url="https://api.perplexity.ai")
    print("perplexity client configured:", pplx.base_url)


if __name__ == "__main__":
    main()
