"""writer-sdk 3.0 README (Stainless): chat.chat, chat.stream, completions, applications."""
import asyncio

from writerai import AsyncWriter, Writer

client = Writer()
chat_completion = client.chat.chat(  # bills: writer
    messages=[{"content": "Write a memo summarizing this earnings report.", "role": "user"}],
    model="palmyra-x5",
)
with client.chat.stream(messages=[{"content": "Hi", "role": "user"}], model="palmyra-x5") as stream:  # bills: writer
    for event in stream:
        print(event)
text = client.completions.create(model="palmyra-x-003-instruct", prompt="Hi, my name is")  # bills: writer
generated = client.applications.generate_content(application_id="app-id", inputs=[])  # bills: writer
for graph in client.graphs.list():
    print(graph)


async def main() -> None:
    aclient = AsyncWriter()
    reply = await aclient.chat.chat(messages=[{"content": "Hi", "role": "user"}], model="palmyra-x5")  # bills: writer
    print(reply)


asyncio.run(main())
