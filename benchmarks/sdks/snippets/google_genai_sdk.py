"""google-genai 3.6 README: chats.create builds a local Chat; send_message calls the API."""
import asyncio

from google import genai

client = genai.Client(api_key="GEMINI_API_KEY")
response = client.models.generate_content(model="gemini-2.5-flash", contents="Why is the sky blue?")  # bills: google
vectors = client.models.embed_content(model="gemini-embedding-001", contents="why is the sky blue?")  # bills: google
chat = client.chats.create(model="gemini-2.5-flash")
reply = chat.send_message("tell me a story")  # bills: google
images = client.models.generate_images(model="imagen-4.0-generate-001", prompt="Robot holding a red skateboard")  # bills: google
tokens = client.models.count_tokens(model="gemini-2.5-flash", contents="why is the sky blue?")


async def main() -> None:
    aresponse = await client.aio.models.generate_content(model="gemini-2.5-flash", contents="Tell me a story")  # bills: google
    print(aresponse.text)


asyncio.run(main())
