"""zhipuai 2.1 README."""
from zhipuai import ZhipuAI

client = ZhipuAI(api_key="your-api-key")
response = client.chat.completions.create(  # bills: zhipu
    model="glm-4", messages=[{"role": "user", "content": "Hello"}],
)
pending = client.chat.asyncCompletions.create(model="glm-4", messages=[{"role": "user", "content": "Hi"}])  # bills: zhipu
vectors = client.embeddings.create(model="embedding-3", input="hello")  # bills: zhipu
picture = client.images.generations(model="cogview-3", prompt="a cat")  # bills: zhipu
video = client.videos.generations(model="cogvideox", prompt="a peaceful scene")  # bills: zhipu
result = client.videos.retrieve_videos_result(id=video.id)
