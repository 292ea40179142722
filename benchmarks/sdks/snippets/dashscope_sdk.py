"""dashscope 2.0 README (2.x Client) and the 1.x static classes Alibaba's docs still show."""
import asyncio
from http import HTTPStatus

import dashscope
from dashscope import Generation, MultiModalConversation, TextEmbedding

completion = dashscope.chat("qwen-plus", "Tell me a joke")  # bills: dashscope
client = dashscope.Client()
resp = client.chat.completions.create(  # bills: dashscope
    model="qwen-plus", messages=[{"role": "user", "content": "Who are you?"}],
)
vectors = client.embeddings.create(model="text-embedding-v4", input=["hello", "world"])  # bills: dashscope
job = client.images.generate(model="wanx2.1-t2i-turbo", prompt="a cozy flower shop")  # bills: dashscope

response = Generation.call(  # bills: dashscope
    model="qwen-plus", messages=[{"role": "user", "content": "Who are you?"}], result_format="message",
)
if response.status_code == HTTPStatus.OK:
    print(response.output)
embedding = TextEmbedding.call(model=TextEmbedding.Models.text_embedding_v3, input="hello")  # bills: dashscope
seen = MultiModalConversation.call(model="qwen-vl-max", messages=[{"role": "user", "content": [{"text": "hi"}]}])  # bills: dashscope


async def main() -> None:
    aclient = dashscope.AsyncClient()
    reply = await aclient.chat.completions.create(model="qwen-plus", messages=[{"role": "user", "content": "Hello"}])  # bills: dashscope
    print(reply.output_text)
    await aclient.aclose()


asyncio.run(main())
