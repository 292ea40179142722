"""Print which models/deployments each configured provider exposes. Makes no billable calls."""

import asyncio

from services import get_anthropic, get_cohere, get_genai_client, get_mistral, get_ollama, get_sync_azure_openai


async def main() -> None:
    print("== Azure OpenAI ==")
    for m in get_sync_azure_openai().models.list():
        print(" ", m.id)

    print("== Anthropic ==")
    page = await get_anthropic().models.list(limit=20)
    for m in page.data:
        print(" ", m.id)

    print("== Gemini ==")
    for m in get_genai_client().models.list():
        print(" ", m.name)

    print("== Cohere ==")
    listed = await get_cohere().models.list(endpoint="chat")
    for m in listed.models:
        print(" ", m.name)

    print("== Mistral ==")
    for m in get_mistral().models.list().data:
        print(" ", m.id)

    print("== Ollama ==")
    tags = await get_ollama().list()
    for m in tags.models:
        print(" ", m.model)


if __name__ == "__main__":
    asyncio.run(main())
