"""ibm-watsonx-ai 1.8 README and docs: ModelInference, Embeddings, Rerank over an APIClient."""
import asyncio

from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference
from ibm_watsonx_ai.foundation_models import Rerank

credentials = Credentials(url="https://us-south.ml.cloud.ibm.com", api_key="<your-ibm-api-key>")
api_client = APIClient(credentials, space_id="<your-space-id>")

model = ModelInference(api_client=api_client, model_id="ibm/granite-4-h-small")
messages = [{"role": "user", "content": "I love you for listening to Rock."}]
response = model.chat(messages=messages)  # bills: watsonx
for chunk in model.chat_stream(messages=messages):  # bills: watsonx
    print(chunk)
text = model.generate_text(prompt="What is 1 + 1?")  # bills: watsonx

embeddings = Embeddings(model_id="ibm/slate-125m-english-rtrvr", api_client=api_client)
vectors = embeddings.embed_documents(texts=["a", "b"])  # bills: watsonx
reranker = Rerank(model_id="cross-encoder/ms-marco-minilm-l-12-v2", api_client=api_client)
ranked = reranker.generate(query="q", inputs=["a", "b"])  # bills: watsonx


async def main() -> None:
    reply = await model.achat(messages=messages)  # bills: watsonx
    print(reply)


asyncio.run(main())
