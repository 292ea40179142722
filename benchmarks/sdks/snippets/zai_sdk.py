"""zai-sdk 0.2 README: ZaiClient (z.ai) and ZhipuAiClient (bigmodel.cn)."""
from zai import ZaiClient, ZhipuAiClient

client = ZaiClient(api_key="your-api-key")
response = client.chat.completions.create(  # bills: zhipu
    model="glm-5.1", messages=[{"role": "user", "content": "Hello"}],
)
vectors = client.embeddings.create(model="embedding-3", input="hello")  # bills: zhipu
zhipu_client = ZhipuAiClient(api_key="your-api-key")
video = zhipu_client.videos.generations(model="cogvideox-3", prompt="A cat playing")  # bills: zhipu
result = zhipu_client.videos.retrieve_videos_result(id=video.id)
answer = zhipu_client.chat.completions.create(model="glm-4.6", messages=[{"role": "user", "content": "Hi"}])  # bills: zhipu
