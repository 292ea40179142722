"""azure-ai-inference 1.0.0b9 README."""
import asyncio

from azure.ai.inference import ChatCompletionsClient, EmbeddingsClient
from azure.ai.inference.aio import ChatCompletionsClient as AsyncChatCompletionsClient
from azure.ai.inference.models import UserMessage
from azure.core.credentials import AzureKeyCredential

client = ChatCompletionsClient(endpoint="https://x.services.ai.azure.com/models", credential=AzureKeyCredential("key"))
response = client.complete(messages=[UserMessage("How many feet are in a mile?")])  # bills: azure_ai_inference
embedder = EmbeddingsClient(endpoint="https://x.services.ai.azure.com/models", credential=AzureKeyCredential("key"))
vectors = embedder.embed(input=["first phrase", "second phrase"])  # bills: azure_ai_inference


async def main() -> None:
    aclient = AsyncChatCompletionsClient(endpoint="https://x.services.ai.azure.com/models", credential=AzureKeyCredential("key"))
    reply = await aclient.complete(messages=[UserMessage("Hi")])  # bills: azure_ai_inference
    print(reply)


asyncio.run(main())
